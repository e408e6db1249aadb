import Ommi

/// An export `w` asked for: the rows of a pane (its model, scope, filter and sort), the file they
/// go to and its format.
public struct ExportJob: Sendable {
    public var schema: ModelSchema
    public var condition: Condition?
    public var order: [SortKey]
    /// The file as typed: relative to the working folder, `~` for the home folder.
    public var path: String
    public var format: ExportFormat
    /// Whether an existing file may be replaced; without it, an export finds the file and asks.
    public var overwrite: Bool

    public init(
        schema: ModelSchema, condition: Condition?, order: [SortKey], path: String, format: ExportFormat,
        overwrite: Bool = false
    ) {
        self.schema = schema
        self.condition = condition
        self.order = order
        self.path = path
        self.format = format
        self.overwrite = overwrite
    }
}
