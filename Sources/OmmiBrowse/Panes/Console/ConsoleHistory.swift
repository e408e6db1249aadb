import Foundation

/// The statements typed in the console for one database, kept in a file of the user's state
/// directory (`$XDG_STATE_HOME/ommi-browse`, or `~/.local/state/ommi-browse`), one statement a
/// line, so that Up recalls them in a later session too.
public struct ConsoleHistory: Sendable {
    /// The file.
    public let path: String
    /// The most statements kept; older ones are dropped when the file is read.
    public static let limit = 500

    /// The history of the database at `location` (a file path or a URL, whose password is left
    /// out of the file's name); nil when neither `XDG_STATE_HOME` nor `HOME` says where the
    /// user's state goes.
    public init?(database location: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let folder: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            folder = state + "/ommi-browse"
        } else if let home = environment["HOME"], !home.isEmpty {
            folder = home + "/.local/state/ommi-browse"
        } else {
            return nil
        }
        let identity = Self.identity(of: location)
        let readable = String(identity.split(separator: "/").last ?? "database")
            .map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" }
        path = folder + "/" + String(readable.prefix(40)) + "-" + Self.hash(identity) + ".history"
    }

    /// What names the database: the absolute path of a file, or the URL without its password.
    private static func identity(of location: String) -> String {
        if location.contains("://"), var components = URLComponents(string: location) {
            components.password = nil
            return components.string ?? location
        }
        return URL(fileURLWithPath: location).standardizedFileURL.path
    }

    /// FNV-1a, 64 bits, in hexadecimal: stable across runs, unlike `hashValue`.
    private static func hash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// The statements, oldest first; none when the file does not exist or cannot be read.
    public func load() -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.count > Self.limit else { return lines }
        let kept = Array(lines.suffix(Self.limit))
        try? (kept.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return kept
    }

    /// Adds a statement at the end, on one line. A history that cannot be written is not worth
    /// stopping the browser for, so failures are ignored.
    public func append(_ statement: String) {
        let line = statement.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n"
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard let handle = FileHandle(forWritingAtPath: path) else {
            try? line.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        defer { try? handle.close() }
        _ = try? handle.seekToEnd()
        try? handle.write(contentsOf: Data(line.utf8))
    }
}
