import Ommi
import OmmiSQLite
import Synchronization

/// Another connection to a database file that holds its write lock until released, as a
/// second program in the middle of a long write does.
final class WriteLockHolder: Sendable {
    private let flags: Flags
    private let holding: Task<Void, any Error>

    /// Takes the write lock of the file at `path` (`BEGIN IMMEDIATE`); returns once it is held.
    init(_ path: String) async throws {
        let driver = try await SQLiteDriver.connect(path: path)
        let flags = Flags()
        self.flags = flags
        holding = Task {
            try await driver.transaction {
                flags.locked.store(true, ordering: .relaxed)
                while !flags.released.load(ordering: .relaxed) { try await Task.sleep(for: .milliseconds(10)) }
            }
        }
        while !flags.locked.load(ordering: .relaxed) { try await Task.sleep(for: .milliseconds(5)) }
    }

    /// Lets the lock go and waits until it is gone.
    func release() async throws {
        flags.released.store(true, ordering: .relaxed)
        try await holding.value
    }

    private final class Flags: Sendable {
        let locked = Atomic<Bool>(false)
        let released = Atomic<Bool>(false)
    }
}
