import Foundation
import Ommi
import OmmiSQLite
import TerminalUI
import Testing

@testable import OmmiBrowse

/// The database file is replaced by another program while the browser has it open.
@Suite struct ReplacedFileTests {
    @Test func aWriteToAReplacedFileSaysTheFileWasReplaced() async throws {
        let (database, session) = try await SessionWriteReliabilityTests.tagsOfFirstPost()
        defer { database.remove() }
        let replacement = database.path + ".new"
        let other = try await SQLiteDriver.connect(path: replacement, options: .create)
        for sql in SessionWriteReliabilityTests.blog { try await other.execute(SQLStatement(sql)) }
        _ = rename(replacement, database.path)
        await session.press(.character("d"), .character("y"))
        let status = try #require(session.state.status)
        #expect(status.isError)
        #expect(status.text.contains("was deleted or replaced since it was opened"))
        #expect(!status.text.contains("attempt to write a readonly database"))
    }
}
