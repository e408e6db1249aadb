import Foundation
import Ommi

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
