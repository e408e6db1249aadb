import Foundation

/// Specimens with extreme and awkward values of every supported type.
enum SpecimenSamples {
    /// Specimens whose optional fields all hold values.
    static let filled: [Specimen] = [
        Specimen(
            name: "extremes", int: Int.max, int64: Int64.min, int32: Int32.max, double: -2.5e300, bool: true,
            text: "quote ' double \" backslash \\ tab \t newline \n end", data: Data([0, 1, 127, 128, 255]),
            date: Date(timeIntervalSince1970: 1_700_000_000.125), maybeInt: Int.min, maybeInt64: Int64.max,
            maybeInt32: Int32.min, maybeDouble: 1e-300, maybeBool: false, maybeText: "", maybeData: Data(),
            maybeDate: Date(timeIntervalSinceReferenceDate: 0)),
        Specimen(
            name: "ordinary", int: 42, int64: 7, int32: -3, double: .pi, bool: false, text: "Grüße, 世界 🌍",
            data: Data("bytes".utf8), date: Date(timeIntervalSince1970: -86_400.5), maybeInt: 0, maybeInt64: -1,
            maybeInt32: 1, maybeDouble: -0.5, maybeBool: true, maybeText: "present",
            maybeData: Data([9, 8, 7]), maybeDate: Date(timeIntervalSince1970: 4_102_444_800.25)),
    ]

    /// A specimen whose optional fields are all nil.
    static let empty = Specimen(
        name: "empty", int: 0, int64: 0, int32: 0, double: 0, bool: false, text: "", data: Data(),
        date: Date(timeIntervalSince1970: 0), maybeInt: nil, maybeInt64: nil, maybeInt32: nil, maybeDouble: nil,
        maybeBool: nil, maybeText: nil, maybeData: nil, maybeDate: nil)
}
