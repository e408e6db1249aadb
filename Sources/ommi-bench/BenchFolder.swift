import Foundation

/// The temporary folder of one run: every database file the benchmark builds lives here, and
/// the folder is removed when the run ends.
final class BenchFolder {
    let url: URL
    private var counter = 0

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ommi-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path for a new file that does not exist yet.
    func newPath(_ stem: String) -> String {
        counter += 1
        return url.appendingPathComponent("\(stem)-\(counter).db").path
    }

    /// The path of a file kept for the whole run under a fixed name.
    func cachedPath(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Removes a database file with its journal files.
    func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    func removeAll() {
        try? FileManager.default.removeItem(at: url)
    }
}
