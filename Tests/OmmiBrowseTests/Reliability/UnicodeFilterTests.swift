import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// `~` ignores the case of every letter, not only ASCII's, on a real SQLite file.
@Suite struct UnicodeFilterTests {
    @Test(arguments: ["GÓRECKI", "górecki", "Górecki", "ŻAŁOSNYCH"])
    func aFilterIgnoresTheCaseOfAnyLetter(text: String) async throws {
        let database = try await BrowserDatabase([
            #"CREATE TABLE "Work" (id INTEGER PRIMARY KEY, "Composer" TEXT, "Title" TEXT)"#,
            #"INSERT INTO "Work" VALUES (1, 'Henryk górecki', 'Symfonia pieśni żałosnych'), (2, 'Arvo Pärt', 'Tabula rasa')"#,
        ])
        defer { database.remove() }
        let session = await database.session()
        await session.press(.enter, .character("f"))
        let column = text.uppercased() == "ŻAŁOSNYCH" ? "Title" : "Composer"
        await session.type("\(column) ~ \"\(text)\"")
        await session.press(.enter)
        let pane = try #require(session.state.current?.rows)
        #expect(pane.filterText != nil)
        #expect(pane.window.rows.map(\.values.first) == [.integer(1)])
    }
}
