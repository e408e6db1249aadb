import Foundation

/// The results as a table for people or as one JSON array for scripts.
enum Report {
    /// With `judged` false (a quick run, small inputs in any build) no figure is held against
    /// its target.
    static func table(_ measurements: [Measurement], judged: Bool = true) -> String {
        let header = ["scenario", "value", "target", "ORM / browser ms", "raw ms", "", "note"]
        let rows = measurements.map { measurement in
            [
                measurement.scenario,
                number(measurement.value) + " " + measurement.unit.rawValue,
                (measurement.higherIsBetter ? "≥ " : "≤ ") + number(measurement.target) + " "
                    + measurement.unit.rawValue,
                measurement.medianMilliseconds.map(number) ?? "",
                measurement.baselineMedianMilliseconds.map(number) ?? "",
                judged ? (measurement.meetsTarget ? "ok" : "MISSED") : "-",
                measurement.note,
            ]
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        return ([header] + rows).map { row in
            row.indices.map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }

    /// One JSON array with an object per scenario, keys in the order the issue lists them; a
    /// missing median is `null`.
    static func json(_ measurements: [Measurement]) -> String {
        let objects = measurements.map { measurement in
            let fields = [
                ("scenario", "\"\(measurement.scenario)\""),
                ("value", jsonNumber(measurement.value)),
                ("unit", "\"\(measurement.unit.rawValue)\""),
                ("median_ms", measurement.medianMilliseconds.map(jsonNumber) ?? "null"),
                ("baseline_median_ms", measurement.baselineMedianMilliseconds.map(jsonNumber) ?? "null"),
            ]
            return "  {" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]"
    }

    /// A finite number rounded to three decimals; JSON has no NaN or infinity, so those are null.
    private static func jsonNumber(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        return String(format: "%.3f", value)
    }

    private static func number(_ value: Double) -> String {
        String(format: value < 10 ? "%.2f" : "%.1f", value)
    }
}
