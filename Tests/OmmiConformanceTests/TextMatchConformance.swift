import Foundation
import Ommi
import Testing

extension DriverConformance {
    /// Case-insensitive matching (`~` in the browser) on every driver: Unicode letters too, and
    /// every character of the text taken literally.
    @Suite("Case-insensitive text matching") struct TextMatching {
        static let titles = [
            "Symfonia pieśni żałosnych (górecki)", "ŁÓDŹ NOCĄ", "Straße der Ölmühle", "Ελληνικά γράμματα",
            "Кириллица и ТЕКСТ", "plain ascii Title", "100% [sic] *star? a_b \\ ^$.|(x){2}+",
        ]

        /// The titles that contain `part` ignoring case, as Swift decides it; every title contains
        /// the empty text.
        static func expected(_ part: String) -> [String] {
            titles.filter { part.isEmpty || $0.lowercased().contains(part.lowercased()) }.sorted()
        }

        @Test(arguments: ConformanceDriver.all)
        func unicodeLettersMatchInEitherCase(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            try await literatureModels.setup(on: test.db)
            _ = try await test.db.add(
                contentsOf: Self.titles.map { Novel(title: $0, year: 2000, genre: "test", writerID: nil) })
            let novels = DynamicModel(schema: Novel.schema, database: test.db)
            let searches = [
                "GÓRECKI", "górecki", "łódź", "nocą", "STRASSE", "straße", "ÖLMÜHLE", "ΕΛΛΗΝΙΚΆ", "кириллица", "текст",
                "TITLE", "100% [SIC] *STAR?", "a_b", "\\ ^$.|(X){2}+", "%", "_", "*", "?", "[", "zzz", "",
            ]
            for part in searches {
                let rows = try await novels.rows(
                    where: .match(.column(novels.column("title")), .containsIgnoringCase, part))
                let found = rows.compactMap { row -> String? in
                    guard case .text(let title)? = row.value(ofColumn: "title", in: Novel.schema) else { return nil }
                    return title
                }.sorted()
                #expect(found == Self.expected(part), "searching for \(part)")
            }
            #expect(Self.expected("GÓRECKI").count == 1)
            #expect(Self.expected("%").count == 1)
        }
    }
}
