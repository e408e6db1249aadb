import Foundation

/// The process's resident memory, from `/proc/self/status` (Linux).
enum MemoryProbe {
    /// The current resident set, in bytes.
    static func resident() throws -> Int {
        try field("VmRSS")
    }

    /// The peak resident set since start or since the last ``resetPeak()``, in bytes.
    static func peak() throws -> Int {
        try field("VmHWM")
    }

    /// Sets the peak back to the current resident set, so that the next ``peak()`` covers only
    /// what follows; returns false where the kernel does not allow it.
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
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
