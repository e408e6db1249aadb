import Testing

/// The behaviours every Ommi driver must honour, run against each driver of
/// ``ConformanceDriver/all``: `swift test --filter Conformance` runs exactly this suite.
///
/// The areas are nested suites (CRUD, queries, relations, schema, transactions, errors); every
/// test takes the driver as its argument and works on a fresh database of its own.
@Suite("Driver conformance") struct DriverConformance {}
