import Foundation
import Ommi
import OmmiBrowse
import TerminalUI
import Testing

/// Random key sequences on random databases, through the headless browser, with long pastes
/// and resizes to any size among them: no crash, no hang,
/// a consistent pane stack, the cursor always on something, a screen that keeps its grid, and
/// nothing written unless the user chose to write.
///
/// A quick run is part of every test run. `OMMI_FUZZ_SECONDS=600` runs for ten minutes instead,
/// and `OMMI_FUZZ_SEED` starts from a given seed to replay a failure.
@Suite struct BrowserFuzzTests {
    static let keys: [Key] = [
        .down, .down, .down, .up, .pageDown, .pageUp, .home, .end, .character("g"), .character("G"), .left, .right,
        .enter, .enter, .enter, .escape, .backspace, .tab, .character("/"), .character("f"), .character("s"),
        .character("r"), .character("?"), .character("n"), .character("N"), .character("a"), .character("d"),
        .character("u"), .character("y"), .character("n"), .character("o"), .character("e"), .character("~"),
        .character("\""), .character("="), .character("1"), .character("q"), .resize, .resize, .delete, .function(5),
        .paste(""), .paste(""),
    ]

    /// What a pasted text is made of: text, quotes, operators, control characters, newlines,
    /// wide and combining characters.
    static let pastePieces = [
        "title ~ ", "\"", "'", " and ", " or ", "=", "1", "x", "\n", "\t", "\u{1B}[31m", "\u{07}", "漢", "e\u{301}", "😀",
        " ",
    ]

    /// A paste of up to 20,000 characters.
    static func pasted(_ random: inout SplitMix64) -> String {
        let count =
            random.chance(20) ? Int.random(in: 1_000...20_000, using: &random) : Int.random(in: 1...200, using: &random)
        var text = ""
        while text.count < count { text += random.pick(pastePieces) }
        return text
    }

    /// A screen of any size from 1×1 to 250×80, and often one of the usual sizes.
    static func size(_ random: inout SplitMix64) -> ScreenSize {
        if random.chance(50) {
            return random.pick([
                ScreenSize(width: 80, height: 24), ScreenSize(width: 20, height: 5), ScreenSize(width: 1, height: 1),
            ])
        }
        return ScreenSize(
            width: Int.random(in: 1...250, using: &random), height: Int.random(in: 1...80, using: &random))
    }

    /// What one fuzz run did.
    struct Figures {
        var schemas = 0
        var sequences = 0
        var keys = 0
        var pastes = 0
        var pastedCharacters = 0
        var resizes = 0
    }

    @Test func randomKeysOnRandomSchemas() async throws {
        let environment = ProcessInfo.processInfo.environment
        let seconds = environment["OMMI_FUZZ_SECONDS"].flatMap(Double.init) ?? 0
        let firstSeed = environment["OMMI_FUZZ_SEED"].flatMap(UInt64.init) ?? 1
        let deadline = Date().addingTimeInterval(seconds)
        var figures = Figures()
        var seed = firstSeed
        repeat {
            try await run(seed: seed, figures: &figures)
            seed += 1
        } while Date() < deadline || seed < firstSeed + 6
        print(
            "fuzz: \(figures.schemas) schemas, \(figures.sequences) sequences, \(figures.keys) keys, "
                + "\(figures.pastes) pastes of \(figures.pastedCharacters) characters, \(figures.resizes) resizes, seeds \(firstSeed)..<\(seed)"
        )
    }

    private func run(seed: UInt64, figures: inout Figures) async throws {
        var random = SplitMix64(seed: seed)
        let database = try await BrowserDatabase(RandomSchema.statements(&random))
        defer { database.remove() }
        figures.schemas += 1
        let before = try await Self.contents(database)
        var writes = 0
        for _ in 0..<3 {
            let session = await database.session(width: 80, height: 24)
            figures.sequences += 1
            for step in 0..<80 {
                var key = random.pick(Self.keys)
                if key == .resize {
                    session.resize(Self.size(&random))
                    figures.resizes += 1
                    key = .character("r")
                }
                if case .paste = key {
                    let text = Self.pasted(&random)
                    key = .paste(text)
                    figures.pastes += 1
                    figures.pastedCharacters += text.count
                }
                session.send(key)
                figures.keys += 1
                await session.finishReads()
                let context = "seed \(seed), step \(step), key \(key)"
                #expect(!session.runner.isBusy, "reads never finished: \(context)")
                Self.checkInvariants(session, context)
                if session.isFinished { break }
            }
            writes += session.writesRequested
        }
        if writes == 0 {
            #expect(try await Self.contents(database) == before, "the database changed without a write: seed \(seed)")
        }
    }

    static func checkInvariants(_ session: BrowserSession, _ context: String) {
        let state = session.state
        if state.focus == .pane { #expect(!state.panes.isEmpty, "focus on a pane that is not there: \(context)") }
        if !state.models.isEmpty {
            #expect(state.models.indices.contains(state.modelCursor), "model cursor off the list: \(context)")
        }
        if let pane = state.current?.rows, !pane.window.rows.isEmpty {
            #expect(
                pane.window.contains(pane.cursor),
                "cursor \(pane.cursor) off the rows \(pane.window.start)..<\(pane.window.end): \(context)")
        }
        if let record = state.current?.record {
            #expect(
                record.cursor >= 0 && record.cursor < max(1, record.lineCount),
                "record cursor off its lines: \(context)")
        }
        let screen = session.screen
        for line in screen.lines {
            #expect(line.displayWidth == screen.width, "a line breaks the grid: \(context)")
            #expect(line.terminalSafe == line, "a line holds control characters: \(context)")
        }
    }

    /// Every row of every table, to tell whether anything was written.
    static func contents(_ database: BrowserDatabase) async throws -> [[DynamicRow]] {
        var tables: [[DynamicRow]] = []
        for schema in database.models.schemas where !schema.isReadOnly {
            let model = DynamicModel(schema: schema, database: database.database, catalog: database.models.catalog)
            tables.append(try await model.rows(order: model.query().effectiveOrder))
        }
        return tables
    }
}
