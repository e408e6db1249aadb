/// A problem of the command itself, told in one line.
struct BrowseError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
