import Foundation
import Ommi
import OmmiSQLite
import Synchronization
import Testing

/// Quitting while a write waits for another program's lock.
@Suite("Quitting with a write in flight", .serialized)
struct QuitDuringWriteTests {
    /// Holds the write lock of `path` on a connection of the test's own until `release()`.
    final class LockHolder: Sendable {
        private let released = Atomic<Bool>(false)
        private let locked = Atomic<Bool>(false)

        func hold(_ path: String) async throws -> Task<Void, any Error> {
            let holder = try await SQLiteDriver.connect(path: path)
            let task = Task {
                try await holder.transaction {
                    try await holder.execute(SQLStatement(#"UPDATE "Tag" SET name = name WHERE id = 101"#))
                    self.locked.store(true, ordering: .relaxed)
                    while !self.released.load(ordering: .relaxed) { try await Task.sleep(for: .milliseconds(20)) }
                }
            }
            while !locked.load(ordering: .relaxed) { try await Task.sleep(for: .milliseconds(10)) }
            return task
        }

        func release() { released.store(true, ordering: .relaxed) }
    }

    /// The lock is released only once the screen says the quit waits, however long the machine
    /// takes to show it: the attach must not give up first.
    static let waitingLonger = "--lock-timeout 120"

    /// The blog with its write lock held by the test, and the browser attaching `python` to post 1,
    /// its attach waiting for the lock.
    static func attachWaitingForALock() async throws -> (
        BrowsedDatabase, LockHolder, Task<Void, any Error>, TmuxTerminal
    ) {
        let database = try await Backend.sqlite.database(BrowseInTerminalTests.blog)
        let lock = LockHolder()
        let holding = try await lock.hold(database.location)
        let terminal = try EditAssociationsTests.browse(database.location, waitingLonger)
        try EditAssociationsTests.attachPythonDetachGuide(terminal)
        try terminal.waitFor("attaching…")
        return (database, lock, holding, terminal)
    }

    @Test("Ctrl-c while an attach waits for a lock says it waits, then exits once the attach is written and says so")
    func quitWaitsAndReports() async throws {
        let (database, lock, holding, terminal) = try await Self.attachWaitingForALock()
        try terminal.press("C-c")
        try terminal.waitFor("waiting for a write")
        lock.release()
        try await holding.value
        let after = try terminal.waitFor("EXIT=0")
        #expect(after.contains("ommi-browse: attached 'python' to post #1"))
        #expect(
            try await EditAssociationsTests.linksOfFirstPost(database) == [
                [.integer(1), .integer(101)], [.integer(1), .integer(102)], [.integer(1), .integer(103)],
            ])
    }

    @Test(
        "Ctrl-c twice abandons the waiting attach: the browser exits at once, says so, and the file keeps the old links"
    )
    func secondControlCAbandons() async throws {
        let (database, lock, holding, terminal) = try await Self.attachWaitingForALock()
        try terminal.press("C-c")
        try terminal.waitFor("waiting for a write")
        try terminal.press("C-c")
        let after = try terminal.waitFor("EXIT=0", seconds: 3)
        #expect(after.contains("abandoned"))
        lock.release()
        try await holding.value
        #expect(
            try await EditAssociationsTests.linksOfFirstPost(database) == [
                [.integer(1), .integer(101)], [.integer(1), .integer(103)],
            ])
    }

    @Test("--lock-timeout: an attach waits past the default five seconds for a lock, then is written once it goes")
    func lockTimeoutLengthensTheWait() async throws {
        let (database, lock, holding, terminal) = try await Self.attachWaitingForALock()
        try await Task.sleep(for: SQLiteDriver.defaultLockTimeout + .seconds(1))
        let waiting = try terminal.screen()
        #expect(waiting.contains("attaching…") && !waiting.contains("locked"))
        lock.release()
        try await holding.value
        try terminal.waitFor("attached 'python' to post #1")
        #expect(
            try await EditAssociationsTests.linksOfFirstPost(database) == [
                [.integer(1), .integer(101)], [.integer(1), .integer(102)], [.integer(1), .integer(103)],
            ])
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }
}
