import CSQLite
import Foundation
import Ommi
import Synchronization

extension SQLiteDriver {
    /// Opens the file again when another program replaced it since it was opened (a new file
    /// under the same path: a copy moved over it, a database rebuilt and renamed): the writer and
    /// every reader then work on the new file, as connections opened the same way. An open
    /// transaction keeps its turn until it ends first. Returns whether the file was opened again.
    ///
    /// - Throws: `OmmiError/Kind/cannotOpen` when nothing is at the path any more, or the new
    ///   file cannot be opened as the old one was; the driver then keeps the connections it had.
    public func reopenIfReplaced() async throws -> Bool {
        guard let opening else { return false }
        return try await gate.withTurn {
            guard let now = FileIdentity(path: opening.path) else {
                throw OmmiError(.cannotOpen, "\(opening.path) was deleted since it was opened")
            }
            guard now != opening.identity.withLock({ $0 }) else { return false }
            let (writer, readers) = try opening.connections()
            connection.replace(with: writer)
            self.readers?.replace(with: readers)
            opening.identity.withLock { $0 = now }
            return true
        }
    }
}

/// How a driver opened its file: enough to open it again the same way, and which file it was.
final class FileOpening: Sendable {
    let path: String
    let flags: Int32
    let readers: Int
    let lockTimeout: Duration
    /// The file the connections are open on.
    let identity: Mutex<FileIdentity?>

    init(path: String, flags: Int32, readers: Int, lockTimeout: Duration) {
        self.path = path
        self.flags = flags
        self.readers = readers
        self.lockTimeout = lockTimeout
        self.identity = Mutex(nil)
    }

    /// A writer and the readers asked for, on the file now at the path. With readers the file is
    /// put in WAL mode.
    func connections() throws -> (writer: SQLiteConnection, readers: [SQLiteConnection]) {
        let writer = try SQLiteDriver.openConnection(path, flags: flags, lockTimeout: lockTimeout)
        guard readers > 0 else { return (writer, []) }
        let mode = try? writer.rows("PRAGMA journal_mode = WAL").first?.first
        guard mode == .text("wal") else {
            throw OmmiError(
                .cannotOpen,
                "\(path) cannot be switched to WAL mode (it is opened read-only, or its folder cannot be written), so it cannot have readers beside its writer"
            )
        }
        let readers = try (0..<readers).map { _ in
            try SQLiteDriver.openConnection(path, flags: SQLITE_OPEN_READONLY, lockTimeout: lockTimeout)
        }
        return (writer, readers)
    }
}

/// Which file a path names: its device and inode, which a file moved or copied over the path
/// changes.
struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64

    /// The identity of the file at `path`; nil when nothing is there.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
