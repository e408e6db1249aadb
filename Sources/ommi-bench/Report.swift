import Foundation

/// The results as a table for people or as one JSON array for scripts.
enum Report {
    static func table(_ measurements: [Measurement]) -> String {
        let header = ["scenario", "value", "target", "ORM / browser ms", "raw ms", "", "note"]
        let rows = measurements.map { measurement in
            [
                measurement.scenario,
                number(measurement.value) + " " + measurement.unit.rawValue,
                "≤ " + number(measurement.target) + " " + measurement.unit.rawValue,
                measurement.medianMilliseconds.map(number) ?? "",
                measurement.baselineMedianMilliseconds.map(number) ?? "",
                measurement.meetsTarget ? "ok" : "MISSED",
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

    static func json(_ measurements: [Measurement]) throws -> String {
        let objects = measurements.map { measurement in
            Entry(
                scenario: measurement.scenario, value: rounded(measurement.value), unit: measurement.unit.rawValue,
                median_ms: measurement.medianMilliseconds.map(rounded),
                baseline_median_ms: measurement.baselineMedianMilliseconds.map(rounded))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted]
        return String(decoding: try encoder.encode(objects), as: UTF8.self)
    }

    /// One scenario in the JSON output; a missing median is written as `null`.
    private struct Entry: Encodable {
        let scenario: String
        let value: Double
        let unit: String
        let median_ms: Double?
        let baseline_median_ms: Double?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(scenario, forKey: .scenario)
            try container.encode(value, forKey: .value)
            try container.encode(unit, forKey: .unit)
            try container.encode(median_ms, forKey: .median_ms)
            try container.encode(baseline_median_ms, forKey: .baseline_median_ms)
        }

        private enum CodingKeys: String, CodingKey {
            case scenario, value, unit, median_ms, baseline_median_ms
        }
    }

    private static func number(_ value: Double) -> String {
        String(format: value < 10 ? "%.2f" : "%.1f", value)
    }

    private static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}
