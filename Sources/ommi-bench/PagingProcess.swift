import Foundation

/// The paging of `browse_peak_rss`, run in a child process of this executable so that its peak
/// resident memory is the browser's alone. The child prints one line that the parent reads.
enum PagingProcess {
    struct Result {
        let peakMegabytes: Double
        let growthMegabytes: Double
        let medianMilliseconds: Double
        let pages: Int

        /// The line the child prints.
        var line: String {
            "\(peakMegabytes) \(growthMegabytes) \(medianMilliseconds) \(pages)"
        }

        init(peakMegabytes: Double, growthMegabytes: Double, medianMilliseconds: Double, pages: Int) {
            self.peakMegabytes = peakMegabytes
            self.growthMegabytes = growthMegabytes
            self.medianMilliseconds = medianMilliseconds
            self.pages = pages
        }

        init?(line: String) {
            let parts = line.split(separator: " ")
            guard parts.count == 4, let peak = Double(parts[0]), let growth = Double(parts[1]),
                let median = Double(parts[2]), let pages = Int(parts[3])
            else { return nil }
            self.init(peakMegabytes: peak, growthMegabytes: growth, medianMilliseconds: median, pages: pages)
        }
    }

    /// Runs `ommi-bench --paging-child FILE` and reads its result.
    static func run(file: String, quick: Bool) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = ["--paging-child", file] + (quick ? ["--quick"] : [])
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, let result = Result(line: text) else {
            let reason = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw BenchError("browse_peak_rss: the paging process failed: \(reason.isEmpty ? text : reason)")
        }
        return result
    }
}
