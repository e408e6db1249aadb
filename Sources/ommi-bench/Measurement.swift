/// What one scenario reports: its headline figure against its target, and the medians behind it.
struct Measurement {
    enum Unit: String {
        case ratio = "x"
        case milliseconds = "ms"
        case megabytes = "MB"
        case statements
    }

    let scenario: String
    let value: Double
    let unit: Unit
    /// The ORM's median, or the browser's median time.
    let medianMilliseconds: Double?
    /// The raw C API's median, for ratios.
    let baselineMedianMilliseconds: Double?
    /// The most `value` may be, or the least when ``higherIsBetter``.
    let target: Double
    /// Whether the figure is a gain (a throughput ratio) that must reach the target, rather than
    /// a cost that must stay under it.
    var higherIsBetter = false
    /// What the figure means when the unit alone does not say it.
    var note: String = ""

    var meetsTarget: Bool { higherIsBetter ? value >= target : value <= target }
}
