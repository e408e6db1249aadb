import Ommi

/// Three views of one table whose `reading` column they type differently, so a test can store a
/// value through one view that another cannot represent, on any driver.
@Model(name: "gauges") struct TextGauge {
    @Key var id: Int
    var reading: String?
}

/// Reads `gauges.reading` as an integer.
@Model(name: "gauges") struct IntegerGauge {
    @Key var id: Int
    var reading: Int
}

/// Reads `gauges.reading` as a flag.
@Model(name: "gauges") struct FlagGauge {
    @Key var id: Int
    var reading: Bool
}

/// Reads `gauges.reading` as text that must be present.
@Model(name: "gauges") struct RequiredTextGauge {
    @Key var id: Int
    var reading: String
}

/// The table as `TextGauge` creates it: `reading` is nullable text.
let gaugeModels = ModelCollection(TextGauge.self)
