import Ommi

/// The order `--sort` names: columns separated by commas, each ascending or, after a `-`,
/// descending (`name,-price`). Names match as filters match them: exactly or in any case.
public struct SortList: Sendable, Equatable {
    public let keys: [SortKey]

    /// Reads `text` against the columns of `schema`.
    /// - Throws: ``SortListError`` naming a column the model does not have.
    public init(parsing text: String, schema: ModelSchema) throws(SortListError) {
        let columns = FilterColumns(schema)
        var keys: [SortKey] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let descending = part.hasPrefix("-")
            let name = String(descending ? part.dropFirst() : part[...])
            guard !name.isEmpty else { throw SortListError("--sort \"\(text)\" has an empty column name") }
            guard let column = columns.column(named: name) else {
                let names = schema.selectedColumns.joined(separator: ", ")
                throw SortListError("\(schema.name) has no column \"\(name)\" to sort by (columns: \(names))")
            }
            keys.append(SortKey(column.reference, descending: descending))
        }
        self.keys = keys
    }
}

/// A `--sort` that names no column of the model.
public struct SortListError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
