import Foundation
import Ommi
import OmmiSQLite
import TerminalUI
import Testing

@testable import OmmiBrowse

/// The database file is replaced by another program while the browser has it open.
@Suite struct ReplacedFileTests {
    /// Another program builds the blog anew beside the open file, with post 1 linked to tag
    /// 101 only, and renames it over the file.
    static func replace(_ database: BrowserDatabase) async throws {
        let replacement = database.path + ".new"
        let other = try await SQLiteDriver.connect(path: replacement, options: .create)
        for sql in SessionWriteReliabilityTests.blog { try await other.execute(SQLStatement(sql)) }
        try await other.execute(SQLStatement(#"DELETE FROM "PostTag" WHERE post_id = 1 AND tag_id <> 101"#))
        #expect(rename(replacement, database.path) == 0)
    }

    @Test func aWriteToAReplacedFileSaysTheFileWasReplaced() async throws {
        let (database, session) = try await SessionWriteReliabilityTests.tagsOfFirstPost()
        defer { database.remove() }
        try await Self.replace(database)
        await session.press(.character("d"), .character("y"))
        let status = try #require(session.state.status)
        #expect(status.isError)
        #expect(status.text.contains("was deleted or replaced since it was opened; nothing was written"))
        #expect(!status.text.contains("attempt to write a readonly database"))
    }

    @Test func rOpensTheReplacedFileAndEveryPaneReadsIt() async throws {
        let (database, session) = try await SessionWriteReliabilityTests.tagsOfFirstPost()
        defer { database.remove() }
        try await Self.replace(database)
        await session.press(.character("r"))
        await session.finishReads()
        #expect(
            session.state.status == .info("the database file was replaced since it was opened; showing the new file"))
        #expect(session.state.current?.rows?.window.rows.map(\.key) == [101])
        #expect(session.state.current?.rows?.total == 1)
        // A write now lands in the new file.
        await session.press(.character("d"), .character("y"))
        await session.finishReads()
        #expect(try await SessionWriteReliabilityTests.tagsOfFirstPost(database) == [])
    }
}
