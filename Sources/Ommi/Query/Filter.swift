/// A typed query condition rooted at a model: `Post.id == 1` is a `Filter<Post>`.
///
/// The root is the model a query built from the filter returns; a filter combined with `&&`, `||`
/// keeps the root of its left side, so `Post.title == "x" && Author.name == "y"` finds posts.
public struct Filter<Root: Model>: Sendable {
    /// The condition the filter stands for, as the compiler renders it.
    public let condition: Condition
    /// The models the condition mentions besides the root, kept apart so that a filter on the
    /// root alone (the common case) holds no array.
    let joinedModels: [any Model.Type]

    /// The models the condition mentions, so a query can find how they join.
    public var models: [any Model.Type] { [Root.self] + joinedModels }

    /// A filter from a dynamic condition; `models` are the models it mentions, so a query can
    /// join them (the root alone by default).
    public init(_ condition: Condition, models: [any Model.Type] = [Root.self]) {
        self.init(condition, joining: models.filter { $0 != Root.self })
    }

    /// A filter whose condition mentions `joinedModels` besides the root.
    init(_ condition: Condition, joining joinedModels: [any Model.Type]) {
        self.condition = condition
        self.joinedModels = joinedModels
    }

    /// Both filters. Terms of one conjunction that reach the same related row constrain that one
    /// row: on books, `Genre.code == "sf" && BookGenre.primary == true` selects books with a link
    /// row that is both to an "sf" genre and primary (the filters of one query are one conjunction).
    public static func && <Other>(lhs: Filter<Root>, rhs: Filter<Other>) -> Filter<Root> {
        Filter(lhs.condition && rhs.condition, joining: lhs.joinedModels + joining(rhs))
    }

    /// Either filter. The models of both sides join the query as for `&&`.
    public static func || <Other>(lhs: Filter<Root>, rhs: Filter<Other>) -> Filter<Root> {
        Filter(lhs.condition || rhs.condition, joining: lhs.joinedModels + joining(rhs))
    }

    /// Rows the filter does not select (`NOT`): a NULL compared stays unselected either way, as
    /// in SQL.
    public static prefix func ! (term: Filter<Root>) -> Filter<Root> {
        Filter(!term.condition, joining: term.joinedModels)
    }
}

extension Filter {
    /// The models `other` mentions, as models this filter joins: all of them, its root included
    /// unless it is this filter's root.
    private static func joining<Other>(_ other: Filter<Other>) -> [any Model.Type] {
        Other.self == Root.self ? other.joinedModels : other.models.filter { $0 != Root.self }
    }
}

extension Field {
    var operand: Operand { .column(ColumnRef(table: table, column: column)) }

    func filter(_ condition: Condition) -> Filter<Root> { Filter(condition, joining: []) }

    func compared<Other, OtherValue>(_ op: ComparisonOperator, _ other: Field<Other, OtherValue>) -> Filter<Root> {
        Filter(.compare(operand, op, other.operand), joining: Other.self == Root.self ? [] : [Other.self])
    }

    // MARK: Values

    /// Rows whose field equals the value; comparing with `nil` is `IS NULL`.
    public static func == (lhs: Field, rhs: Value) -> Filter<Root> {
        let value = rhs.databaseValue
        return lhs.filter(
            value.isNull ? .isNull(lhs.operand, negated: false) : .compare(lhs.operand, .equal, .value(value)))
    }

    /// Rows whose field differs from the value; comparing with `nil` is `IS NOT NULL`.
    public static func != (lhs: Field, rhs: Value) -> Filter<Root> {
        let value = rhs.databaseValue
        return lhs.filter(
            value.isNull ? .isNull(lhs.operand, negated: true) : .compare(lhs.operand, .notEqual, .value(value)))
    }

    /// Rows whose field is less than the value, in the database's order of the column's type.
    public static func < (lhs: Field, rhs: Value) -> Filter<Root> {
        lhs.filter(.compare(lhs.operand, .less, .value(rhs.databaseValue)))
    }

    /// Rows whose field is at most the value.
    public static func <= (lhs: Field, rhs: Value) -> Filter<Root> {
        lhs.filter(.compare(lhs.operand, .lessOrEqual, .value(rhs.databaseValue)))
    }

    /// Rows whose field is greater than the value, in the database's order of the column's type.
    public static func > (lhs: Field, rhs: Value) -> Filter<Root> {
        lhs.filter(.compare(lhs.operand, .greater, .value(rhs.databaseValue)))
    }

    /// Rows whose field is at least the value.
    public static func >= (lhs: Field, rhs: Value) -> Filter<Root> {
        lhs.filter(.compare(lhs.operand, .greaterOrEqual, .value(rhs.databaseValue)))
    }

    // MARK: NULL

    /// `field == nil` is `IS NULL`.
    public static func == (lhs: Field, rhs: _OptionalNilComparisonType) -> Filter<Root> {
        lhs.filter(.isNull(lhs.operand, negated: false))
    }

    /// `field != nil` is `IS NOT NULL`.
    public static func != (lhs: Field, rhs: _OptionalNilComparisonType) -> Filter<Root> {
        lhs.filter(.isNull(lhs.operand, negated: true))
    }

    // MARK: Other fields

    /// Rows whose field equals another field, of this model or of a related one (which the query
    /// joins through the relation between them).
    public static func == <Other, OtherValue>(lhs: Field, rhs: Field<Other, OtherValue>) -> Filter<Root> {
        lhs.compared(.equal, rhs)
    }

    /// Rows whose field differs from another field, of this model or of a related one.
    public static func != <Other, OtherValue>(lhs: Field, rhs: Field<Other, OtherValue>) -> Filter<Root> {
        lhs.compared(.notEqual, rhs)
    }

    /// Rows whose field is less than another field, of this model or of a related one.
    public static func < <Other, OtherValue>(lhs: Field, rhs: Field<Other, OtherValue>) -> Filter<Root> {
        lhs.compared(.less, rhs)
    }

    /// Rows whose field is at most another field, of this model or of a related one.
    public static func <= <Other, OtherValue>(lhs: Field, rhs: Field<Other, OtherValue>) -> Filter<Root> {
        lhs.compared(.lessOrEqual, rhs)
    }

    /// Rows whose field is greater than another field, of this model or of a related one.
    public static func > <Other, OtherValue>(lhs: Field, rhs: Field<Other, OtherValue>) -> Filter<Root> {
        lhs.compared(.greater, rhs)
    }

    /// Rows whose field is at least another field, of this model or of a related one.
    public static func >= <Other, OtherValue>(lhs: Field, rhs: Field<Other, OtherValue>) -> Filter<Root> {
        lhs.compared(.greaterOrEqual, rhs)
    }

    // MARK: Sets and text

    /// The column's value is one of `values`.
    public func `in`(_ values: some Sequence<Value>) -> Filter<Root> {
        filter(.isIn(operand, values.map(\.databaseValue), negated: false))
    }

    /// The column's value is none of `values`.
    public func notIn(_ values: some Sequence<Value>) -> Filter<Root> {
        filter(.isIn(operand, values.map(\.databaseValue), negated: true))
    }

    /// The text contains `part` (case-sensitive).
    public func contains(_ part: String) -> Filter<Root> { filter(.match(operand, .contains, part)) }

    /// The text starts with `prefix` (case-sensitive).
    public func hasPrefix(_ prefix: String) -> Filter<Root> { filter(.match(operand, .hasPrefix, prefix)) }

    /// The text ends with `suffix` (case-sensitive).
    public func hasSuffix(_ suffix: String) -> Filter<Root> { filter(.match(operand, .hasSuffix, suffix)) }

    /// The text matches a SQL LIKE pattern (`%` any run, `_` one character).
    public func like(_ pattern: String) -> Filter<Root> { filter(.match(operand, .like, pattern)) }
}
