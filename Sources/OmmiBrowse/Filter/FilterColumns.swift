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

    /// The column the token names, or an error that says why there is none, listing the columns
    /// and the `relations` a filter may follow instead.
    func resolve(_ name: String, at token: FilterToken, relations: [RelationSchema]) throws(FilterError) -> Column {
        if let column = column(named: name) { return column }
        let folded = name.lowercased()
        let similar = columns.filter { $0.reference.column.lowercased() == folded }
        if similar.count > 1 {
            throw FilterError(
                "ambiguous column \(FilterText.quoted(name))", at: token.offset,
                hint: "write one of "
                    + similar.map { FilterText.visible(FilterText.identifier($0.reference.column)) }
                    .joined(separator: ", ") + " exactly")
        }
        throw FilterError(
            "unknown column \(FilterText.quoted(name))", at: token.offset, hint: listing(relations: relations))
    }

    /// The columns as they may be written, then the relations, for messages.
    func listing(relations: [RelationSchema]) -> String {
        var listed =
            columns.isEmpty ? "this model has no columns" : "columns: " + Self.names(columns.map(\.reference.column))
        if !relations.isEmpty { listed += "; relations: " + Self.names(relations.map(\.name)) }
        return listed
    }

    /// Names as a filter writes them, at most ``listedLimit`` of them.
    private static func names(_ names: [String]) -> String {
        var listed = names.prefix(listedLimit).map { FilterText.visible(FilterText.identifier($0)) }
        if names.count > listedLimit { listed.append("…") }
        return listed.joined(separator: ", ")
    }
}
