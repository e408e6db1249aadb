/// A failure of the benchmark itself (a file that cannot be built, checksums that disagree),
/// reported as one line.
struct BenchError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
