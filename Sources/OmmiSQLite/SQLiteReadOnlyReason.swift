import CSQLite
import Foundation

/// Why SQLite refused to write, in words that say what is wrong and what to do. SQLite says
/// "attempt to write a readonly database" for all of them, even when the program only read: a
/// hot journal a read-only connection cannot roll back, a WAL database whose `-shm` cannot be
/// made, a file deleted or replaced while open.
enum SQLiteReadOnlyReason {
    case hotJournal
    case walNeedsWriteAccess
    case fileReplaced
    case readOnlyFile

    /// The reason for an extended result code of the SQLITE_READONLY family about `file`; nil
    /// for other codes. SQLite gives a WAL database it cannot make a `-shm` for the plain code,
    /// so the file's header and its folder tell that case apart.
    init?(code: Int32, file: String) {
        guard code & 0xFF == SQLITE_READONLY else { return nil }
        // The extended codes are SQLITE_READONLY | (n << 8), macros Swift does not import:
        // 1 RECOVERY, 2 CANTLOCK, 3 ROLLBACK, 4 DBMOVED, 5 CANTINIT.
        switch code >> 8 {
        case 3: self = .hotJournal
        case 1, 2, 5: self = .walNeedsWriteAccess
        case 4: self = .fileReplaced
        default: self = Self.isWALWithoutWritableFolder(file) ? .walNeedsWriteAccess : .readOnlyFile
        }
    }

    /// Whether `file` is a database in WAL mode (its header's write and read versions are 2)
    /// in a folder this process cannot write.
    private static func isWALWithoutWritableFolder(_ file: String) -> Bool {
        guard !file.isEmpty, let handle = FileHandle(forReadingAtPath: file) else { return false }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 20), header.count == 20, header[18] == 2, header[19] == 2 else {
            return false
        }
        return !FileManager.default.isWritableFile(atPath: (file as NSString).deletingLastPathComponent)
    }

    /// One line: what is wrong with `file` and what to do about it.
    func message(file: String) -> String {
        let name = file.isEmpty ? "the database" : file
        switch self {
        case .hotJournal:
            return
                "\(name) has an unfinished write (a hot journal, \(name)-journal) that only a connection that can write may roll back: "
                + "open it once with write access (without --read-only), or copy the file and its -journal together to a folder you can write"
        case .walNeedsWriteAccess:
            return
                "\(name) is in WAL mode and its -wal and -shm files cannot be made or used in its folder, which cannot be written: "
                + "open it once with write access (or set PRAGMA journal_mode = DELETE), or copy it to a folder you can write"
        case .fileReplaced:
            return
                "\(name) was deleted or replaced since it was opened; nothing was written (r opens the file now at that path)"
        case .readOnlyFile:
            return "\(name) cannot be written (a read-only file or folder, or opened read-only)"
        }
    }
}
