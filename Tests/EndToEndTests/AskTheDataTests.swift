import Foundation
import Ommi
import Testing

/// Asking the data questions in the real binary, in a real terminal, on the Chinook-shaped
/// database: tracks of an album by a relation path, customers per country, and the SQL console
/// reading, changing, and being refused under `--read-only`.
@Suite("AskTheDataTests", .serialized)
struct AskTheDataTests {
    /// Starts the browser on `database` with a state directory of the test's own, so that the
    /// console's history never lands in the user's.
    private func launch(_ database: BrowsedDatabase, _ options: String) throws -> TmuxTerminal {
        let terminal = try TmuxTerminal()
        let state = temporaryPath("state")
        try terminal.run(
            "XDG_STATE_HOME=\(shellQuoted(state)) \(shellQuoted(BrowserProcess.binary.path)) \(shellQuoted(database.location)) \(options); echo \"EXIT=$?\""
        )
        return terminal
    }

    private func count(_ database: BrowsedDatabase, _ sql: String) async throws -> Int {
        guard case .integer(let count)? = try await database.rows(sql).first?.first else { return -1 }
        return Int(count)
    }

    @Test("the Nevermind filter lists its tracks and nothing else", arguments: Backend.all)
    func nevermind(backend: Backend) async throws {
        let database = try await backend.database(ChinookData.statements)
        let expected = try await count(
            database, #"SELECT count(*) FROM "Track" JOIN "Album" USING ("AlbumId") WHERE "Title" = 'Nevermind'"#)
        let terminal = try launch(database, "--open Track")
        try terminal.waitFor("row 1 of")
        try terminal.type(#"falbum.Title = "Nevermind""#)
        try terminal.press("Enter")
        let screen = try terminal.waitFor("row 1 of \(expected)")
        #expect(screen.contains(#"Track [album.Title = "Nevermind"]"#))
        #expect(screen.contains(ChinookData.nevermindTracks[0]))
        #expect(!screen.contains("Wishkah Track"))
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }

    @Test("F on Country counts the customers of each country", arguments: Backend.all)
    func customersByCountry(backend: Backend) async throws {
        let database = try await backend.database(ChinookData.statements)
        let expected = try await database.rows(
            #"SELECT "Country", count(*) FROM "Customer" GROUP BY "Country" ORDER BY count(*) DESC, "Country" LIMIT 5"#)
        let total = try await count(database, #"SELECT count(*) FROM "Customer""#)
        let distinct = try await count(database, #"SELECT count(DISTINCT "Country") FROM "Customer""#)
        let terminal = try launch(database, "--open Customer")
        try terminal.waitFor("row 1 of \(total)")
        try terminal.type("cCountry")
        try terminal.press("Enter")
        try terminal.type("F")
        let screen = try terminal.waitFor("value 1 of \(distinct) · \(total) rows")
        #expect(screen.contains("Customer › frequency of Country"))
        let lines = screen.split(separator: "\n").map(String.init)
        for row in expected {
            guard case .text(let country) = row[0], case .integer(let number) = row[1] else {
                Issue.record("unexpected row \(row)")
                continue
            }
            let permille = (Int(number) * 1000 + total / 2) / total
            let share = "\(permille / 10).\(permille % 10)%"
            let line = lines.first { $0.contains("│" + country + " ") }
            #expect(line?.contains(" \(number) ") == true, "\(country): \(line ?? "no line")")
            #expect(line?.contains(share) == true, "\(country): \(line ?? "no line")")
        }
        try terminal.press("Enter")
        try terminal.waitFor("row 1 of \(ChinookData.countries[0].1)")
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }

    @Test("a console SELECT pages to its last row", arguments: Backend.all)
    func consoleSelect(backend: Backend) async throws {
        let database = try await backend.database(ChinookData.statements)
        // Every pair of tracks: more rows than one window holds.
        let sql =
            #"SELECT t."TrackId", o."TrackId" AS "Other", t."Name" FROM "Track" t CROSS JOIN "Track" o ORDER BY 1, 2"#
        let rows = try await database.rows(sql)
        guard case .text(let lastName)? = rows.last?[2] else {
            Issue.record("no last track")
            return
        }
        let terminal = try launch(database, "--open Album")
        try terminal.waitFor("row 1 of")
        try terminal.type(":" + sql)
        try terminal.press("Enter")
        try terminal.waitFor("row 1 of …")
        try terminal.type("G")
        let total = rows.count.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
        let screen = try terminal.waitFor("row \(total) of \(total)")
        #expect(screen.contains(lastName))
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }

    /// Types the console UPDATE of two customers into `terminal` once the rows show, and answers y.
    static func update(_ terminal: TmuxTerminal) throws -> TmuxTerminal {
        try terminal.waitFor("row 1 of")
        try terminal.type(#":UPDATE "Customer" SET "Country" = 'Atlantis' WHERE "CustomerId" <= 2"#)
        try terminal.press("Enter")
        try terminal.waitFor("Run in one transaction?")
        try terminal.type("y")
        return terminal
    }

    @Test("a console UPDATE runs after y and shows in the rows pane", arguments: Backend.all)
    func consoleUpdate(backend: Backend) async throws {
        let database = try await backend.database(ChinookData.statements)
        let terminal = try Self.update(launch(database, "--open Customer"))
        let screen = try terminal.waitFor("2 rows changed")
        let shown = try terminal.waitFor { $0.components(separatedBy: "Atlantis").count == 3 }
        #expect(screen.contains("2 rows changed") && shown.contains("Customer 1"))
        #expect(try await count(database, #"SELECT count(*) FROM "Customer" WHERE "Country" = 'Atlantis'"#) == 2)
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }

    @Test("the same UPDATE under --read-only is refused and the database stays as it was", arguments: Backend.all)
    func consoleUpdateReadOnly(backend: Backend) async throws {
        let database = try await backend.database(ChinookData.statements)
        func stored() async throws -> [String] {
            if backend == .sqlite {
                return [try Data(contentsOf: URL(fileURLWithPath: database.location)).base64EncodedString()]
            }
            return try await database.rows(#"SELECT * FROM "Customer" ORDER BY "CustomerId""#).map { "\($0)" }
        }
        let before = try await stored()
        let terminal = try Self.update(launch(database, "--open Customer --read-only"))
        let screen = try terminal.waitFor("not run:")
        #expect(!screen.contains("Atlantis"))
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
        #expect(try await stored() == before)
    }
}
