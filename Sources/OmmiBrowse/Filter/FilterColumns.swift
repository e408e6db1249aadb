import Ommi

/// The columns a filter may name: the fields of one model, plus `rowid` for tables addressed by
/// it. A name matches its column exactly or, failing that, in any case.
struct FilterColumns: Sendable {
    /// A column a filter refers to, with the type its values are converted to.
    struct Column: Sendable, Hashable {
        var reference: ColumnRef
        var type: ColumnType
    }

    /// How many column names an "unknown column" message lists.
    static let listedLimit = 12

    private let columns: [Column]

    init(_ schema: ModelSchema) {
        var columns = schema.fields.map {
            Column(reference: ColumnRef(table: schema.tableName, column: $0.column), type: $0.type)
        }
        if schema.usesRowID, !columns.contains(where: { $0.reference.column.lowercased() == "rowid" }) {
            columns.append(Column(reference: ColumnRef(table: schema.tableName, column: "rowid"), type: .integer))
        }
        self.columns = columns
    }

    /// The column called `name`, if exactly one has that name.
    func column(named name: String) -> Column? {
        if let exact = columns.first(where: { $0.reference.column == name }) { return exact }
        let folded = name.lowercased()
        let matches = columns.filter { $0.reference.column.lowercased() == folded }
        return matches.count == 1 ? matches.first : nil
    }

    /// The column the token names, or an error that says why there is none.
    func resolve(_ name: String, at token: FilterToken) throws(FilterError) -> Column {
        if let column = column(named: name) { return column }
        let folded = name.lowercased()
        let similar = columns.filter { $0.reference.column.lowercased() == folded }
        if similar.count > 1 {
            throw FilterError(
                "ambiguous column \(FilterText.quoted(name))", at: token.offset,
                hint: "write one of " + similar.map { FilterText.visible(FilterText.identifier($0.reference.column)) }
                    .joined(separator: ", ") + " exactly")
        }
        throw FilterError("unknown column \(FilterText.quoted(name))", at: token.offset, hint: listing)
    }

    /// The columns as they may be written, for messages.
    private var listing: String {
        if columns.isEmpty { return "this model has no columns" }
        var names = columns.prefix(Self.listedLimit).map { FilterText.visible(FilterText.identifier($0.reference.column)) }
        if columns.count > Self.listedLimit { names.append("…") }
        return "columns: " + names.joined(separator: ", ")
    }
}
