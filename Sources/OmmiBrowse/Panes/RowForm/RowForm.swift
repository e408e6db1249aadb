import Foundation
import Ommi

/// A form of a row's columns: the values a new association row needs before an attach, or
/// every column of a row to insert (`o`). Required columns are marked; a blank optional column
/// takes its default (or NULL).
public struct RowForm: Sendable {
    public enum Purpose: Sendable {
        /// The association values for attaching this target row.
        case attach(DynamicRow)
        /// A new row of this model.
        case insert(ModelSchema)
    }

    /// The pane the form writes for.
    public var paneID: PaneID
    public var purpose: Purpose
    public var fields: [FieldSchema]
    /// The text typed for each field, in the order of ``fields``.
    public var values: [String]
    /// What the value of a reference field points at (the referenced row's title), by field
    /// index, shown beside the value until it is edited.
    public var labels: [Int: String] = [:]
    public var cursor = 0

    public init(paneID: PaneID, purpose: Purpose, fields: [FieldSchema], values: [String]? = nil) {
        self.paneID = paneID
        self.purpose = purpose
        self.fields = fields
        self.values = values ?? Array(repeating: "", count: fields.count)
    }

    /// What a reference field shows beside the key of the row it points at: the row's label, as
    /// the rows pane shows it beside a reference, else its title.
    static func referenceLabel(_ schema: ModelSchema, _ row: DynamicRow) -> String {
        LabelColumn.label(schema, row) ?? RecordTitle.text(schema, row: row)
    }

    /// Whether a field must be given: NOT NULL without a default.
    public static func isRequired(_ field: FieldSchema) -> Bool {
        !field.isNullable && field.defaultSQL == nil
    }

    /// The values typed, as the columns store them, leaving blank optional columns out; a value
    /// that is missing or does not fit its column's type is an error that names the field.
    public func payload() -> Result<[String: DatabaseValue], PayloadError> {
        var payload: [String: DatabaseValue] = [:]
        for (field, text) in zip(fields, values) {
            if text.trimmingCharacters(in: .whitespaces).isEmpty {
                if Self.isRequired(field) { return .failure(PayloadError(field: field.name, problem: "needs a value")) }
                continue
            }
            switch TypedValue.parse(text, for: field) {
            case .success(let value): payload[field.column] = value
            case .failure(let problem): return .failure(PayloadError(field: field.name, problem: problem.problem))
            }
        }
        return .success(payload)
    }
}

/// A form value that is missing or does not fit its column.
public struct PayloadError: Error, Sendable, Equatable {
    public var field: String
    public var problem: String

    public var message: String { "\(field) \(problem)" }
}
