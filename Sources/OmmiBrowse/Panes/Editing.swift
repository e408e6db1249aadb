import Foundation
import Ommi

/// The picker `a` opens in a many-to-many pane: rows of the target not yet attached to the
/// record, narrowed by the text typed.
public struct Picker: Sendable {
    /// The many-to-many pane the picker attaches to.
    public var paneID: PaneID
    public var target: ModelSchema
    /// Target rows that are not attached yet.
    public var unattached: Condition
    public var text = ""
    public var rows: [DynamicRow] = []
    public var cursor = 0
    public var loading = true
    var generation = 0

    /// How many candidates the picker shows.
    public static let limit = 50
}

/// The small form that asks for the association's columns that need a value before an attach.
public struct PayloadForm: Sendable {
    public var paneID: PaneID
    public var target: DynamicRow
    public var fields: [FieldSchema]
    public var values: [String]
    public var cursor = 0

    public init(paneID: PaneID, target: DynamicRow, fields: [FieldSchema]) {
        self.paneID = paneID
        self.target = target
        self.fields = fields
        self.values = Array(repeating: "", count: fields.count)
    }

    /// The values typed, as the columns store them; a value that does not fit its column's type
    /// is an error that names the field.
    public func payload() -> Result<[String: DatabaseValue], PayloadError> {
        var payload: [String: DatabaseValue] = [:]
        for (field, text) in zip(fields, values) {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return .failure(PayloadError(field: field.name, problem: "needs a value")) }
            switch field.type {
            case .integer:
                guard let number = Int64(trimmed) else {
                    return .failure(PayloadError(field: field.name, problem: "takes a whole number"))
                }
                payload[field.column] = .integer(number)
            case .real:
                guard let number = Double(trimmed), number.isFinite else {
                    return .failure(PayloadError(field: field.name, problem: "takes a number"))
                }
                payload[field.column] = .real(number)
            case .any where Self.isNumeric(field):
                if let number = Int64(trimmed) {
                    payload[field.column] = .integer(number)
                } else if let number = Double(trimmed), number.isFinite {
                    payload[field.column] = .real(number)
                } else {
                    return .failure(PayloadError(field: field.name, problem: "takes a number"))
                }
            default:
                payload[field.column] = .text(text)
            }
        }
        return .success(payload)
    }

    /// Columns declared `NUMERIC`, `DECIMAL` and the like take numbers.
    static func isNumeric(_ field: FieldSchema) -> Bool {
        let declared = field.declaredType.uppercased()
        return ["NUM", "DEC", "MONEY"].contains { declared.contains($0) }
    }
}

/// A payload value that does not fit its column.
public struct PayloadError: Error, Sendable, Equatable {
    public var field: String
    public var problem: String

    public var message: String { "\(field) \(problem)" }
}

/// A question waiting for y or n.
public struct Confirmation: Sendable {
    public var question: String
    public var paneID: PaneID
    public var request: EditRequest
    public var description: String
}

/// One change made in this session, newest last, for `u`.
public struct UndoEntry: Sendable {
    public var change: AssociationChange
    /// What was done, in words: `attached 'python' to post #1`.
    public var description: String
}

/// Which link of which many-to-many relation a change is about.
public struct EditRequest: Sendable {
    public var owner: ModelSchema
    public var ownerRow: DynamicRow
    public var relation: String
    public var target: DynamicRow
}
