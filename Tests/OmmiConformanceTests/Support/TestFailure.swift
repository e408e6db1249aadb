/// An error a test throws on purpose, carrying a value to recognise it by when it is rethrown.
struct TestFailure: Error, Equatable {
    let marker: String
}
