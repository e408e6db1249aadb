/// What one scenario reports: its headline figure against its target, and the medians behind it.
struct Measurement {
    enum Unit: String {
        case ratio = "x"
        case milliseconds = "ms"
        case megabytes = "MB"
    }

    let scenario: String
    let value: Double
    let unit: Unit
    /// The ORM's median, or the browser's median time.
    let medianMilliseconds: Double?
    /// The raw C API's median, for ratios.
    let baselineMedianMilliseconds: Double?
    /// The most `value` may be.
    let target: Double
    /// What the figure means when the unit alone does not say it.
    var note: String = ""

    var meetsTarget: Bool { value <= target }
}
