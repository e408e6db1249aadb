import Ommi

/// A filter typed in the browser (`f`), read against one model: the condition the rows pane
/// queries with, where every value is bound, never spliced into SQL.
///
/// ```swift
/// let filter = try FilterExpression(parsing: #"title ~ "swift" and id > 10"#, schema: schema)
/// let rows = try await model.rows(where: filter.condition, limit: 50)
/// ```
///
/// The language: `or` binds loosest, then `and`, then `not`; parentheses group. A comparison is a
/// column, an operator and a value: `=` (also `==`), `!=` (also `<>`), `<`, `<=`, `>`, `>=`;
/// `~` for contains, ignoring case; `is null` and `is not null`. `= null` and `!= null` mean
/// `is null` and `is not null`. Keywords are matched in any case.
///
/// Columns are written bare and matched in any case, or between backticks or square brackets
/// (`[Order Date]`, `` `select` ``) for names with spaces, punctuation or keywords; the leading
/// column may also be in quotes, as SQL writes it. A column in backticks or brackets after an
/// operator compares two columns.
///
/// Values are texts in single or double quotes (a quote inside is doubled or escaped with a
/// backslash, and `\\` is one backslash), numbers (`42`, `-7`, `2.5`, `1e6`, 64-bit integers),
/// `null`, `true` and `false` (1 and 0), and bare words, which are texts unless they name a
/// column (then they must be quoted one way or the other). Values follow the column's type, as
/// SQLite's affinity does: against a TEXT column a number is the text it spells (`zip = 01234`
/// compares with `"01234"`); against an INTEGER or REAL column a text that spells a number is
/// that number (`id = "10"` compares with 10); BLOB and untyped columns take values as written.
///
/// Related models are reached by relation name, any number of hops, and asked whether some
/// related row matches: `album.Title = "Nevermind"`, `album.artist.Name ~ "nirvana"`,
/// `tags.name = "swift"`. `exists tags` and `no tags` (also `not exists tags`) ask whether there
/// is any; `count(tags) >= 3` counts them. Each becomes a subquery (`EXISTS`), never a join, so a
/// row is selected at most once and paging, counts and sorting work as on one table.
///
/// Blank text is an error too; a caller that treats it as "no filter" checks for it first.
public struct FilterExpression: Sendable, Hashable {
    /// The text as the user typed it, to offer again for editing.
    public let source: String
    /// The condition on the model's table.
    public let condition: Condition

    /// Reads `source` against the columns of `schema`, following its relations to the models of
    /// `catalog` (without one, to none).
    /// - Throws: ``FilterError`` naming the first problem and its position.
    public init(parsing source: String, schema: ModelSchema, catalog: SchemaCatalog? = nil) throws(FilterError) {
        var parser = try FilterParser(source, scope: FilterScope(schema, catalog: catalog ?? SchemaCatalog([schema])))
        self.condition = try parser.parse()
        self.source = source
    }

    /// The filter written canonically (`title ~ "swift" and id > 10`), for the breadcrumb and
    /// the status line; reading it again gives the same condition.
    public var text: String {
        FilterFormatter.text(condition)
    }
}
