import Foundation

/// The process's resident memory, from `/proc/self/status` (Linux).
enum MemoryProbe {
    /// The current resident set, in bytes.
    static func resident() throws -> Int {
        try field("VmRSS")
    }

    /// The peak resident set of the process so far, in bytes.
    static func peak() throws -> Int {
        try field("VmHWM")
    }

    private static func field(_ name: String) throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            if parts.count >= 2, let kilobytes = Int(parts[1]) { return kilobytes * 1024 }
        }
        throw BenchError("/proc/self/status has no \(name) (resident memory is measured on Linux only)")
    }
}
