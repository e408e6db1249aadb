#if PostgreSQL
import Foundation
import Ommi
import PostgresNIO

/// One of the raw contender's SQL texts and how its rows decode, as a type of its own:
/// postgres-nio prepares a statement type on a connection the first time it runs and reuses it by
/// name after that.
protocol RawText {
    associatedtype Row
    /// The name the statement is prepared under, stored: postgres-nio reads it on every
    /// execution, and its default (the type's name, spelled out at run time) would cost the
    /// baseline time the ORM does not spend.
    static var name: String { get }
    static var sql: String { get }
    static func decode(_ row: PostgresRow) throws -> Row
}

/// A text with its values for one execution, bound in binary with their types, which are sent
/// along when the statement is prepared.
struct Prepared<Text: RawText>: PostgresPreparedStatement {
    static var name: String { Text.name }
    static var sql: String { Text.sql }
    let bindings: PostgresBindings

    init<each Value: PostgresDynamicTypeEncodable>(_ values: repeat each Value) {
        var bindings = PostgresBindings()
        for value in repeat each values { bindings.append(value) }
        self.bindings = bindings
    }

    func makeBindings() -> PostgresBindings { bindings }
    func decodeRow(_ row: PostgresRow) throws -> Text.Row { try Text.decode(row) }
}

/// A statement that returns no rows.
protocol CommandText: RawText where Row == () {}

extension CommandText {
    static func decode(_ row: PostgresRow) {}
}

/// A write that returns how many rows it changed, as one row with one number.
protocol CountText: RawText where Row == Int {}

extension CountText {
    static func decode(_ row: PostgresRow) throws -> Int { try row.decode(Int.self) }
}

/// A statement that returns `Item` rows as `id, title, n`.
protocol ItemText: RawText where Row == Item {}

extension ItemText {
    static func decode(_ row: PostgresRow) throws -> Item {
        let (id, title, n) = try row.decode((Int, String, Int).self)
        return Item(id: id, title: title, n: n)
    }
}

enum InsertItem: CommandText { static let (name, sql) = ("raw_insert_item", BenchSQL.postgres.insertItem) }
enum UpdateItem: CountText {
    static let (name, sql) = ("raw_update_item", BenchSQL.counting(BenchSQL.postgres.updateItem))
}
enum DeleteItem: CountText {
    static let (name, sql) = ("raw_delete_item", BenchSQL.counting(BenchSQL.postgres.deleteItem))
}
enum SelectItems: ItemText { static let (name, sql) = ("raw_select_items", BenchSQL.postgres.selectItems) }
enum SelectItemByKey: ItemText {
    static let (name, sql) = ("raw_select_item_by_key", BenchSQL.postgres.selectItemByKey)
}
enum SelectItemRange: ItemText { static let (name, sql) = ("raw_select_item_range", BenchSQL.postgres.selectItemRange) }

/// The text of ``SelectItems`` read as dynamic rows, each column as the storage class it holds.
enum SelectItemRows: RawText {
    static let (name, sql) = ("raw_select_item_rows", BenchSQL.postgres.selectItems)

    static func decode(_ row: PostgresRow) throws -> DynamicRow {
        var values: [DatabaseValue] = []
        for cell in row {
            guard cell.bytes != nil else {
                values.append(.null)
                continue
            }
            switch cell.dataType {
            case .int8, .int4, .int2: values.append(.integer(try cell.decode(Int64.self)))
            case .float8, .float4: values.append(.real(try cell.decode(Double.self)))
            case .bytea: values.append(.blob(try cell.decode(Data.self)))
            default: values.append(.text(try cell.decode(String.self)))
            }
        }
        return DynamicRow(values: values)
    }
}

enum SelectPosts: RawText {
    static let (name, sql) = ("raw_select_posts", BenchSQL.postgres.selectPosts)
    static func decode(_ row: PostgresRow) throws -> Post { Post(try row.decode((Int, String).self)) }
}

enum CommentsOfPost: RawText {
    static let (name, sql) = ("raw_comments_of_post", BenchSQL.postgres.commentsOfPost)
    static func decode(_ row: PostgresRow) throws -> Comment { Comment(try row.decode((Int, Int, String).self)) }
}

enum TagsOfPost: RawText {
    static let (name, sql) = ("raw_tags_of_post", BenchSQL.postgres.tagsOfPost)
    static func decode(_ row: PostgresRow) throws -> Tag { Tag(try row.decode((Int, String).self)) }
}

/// Each comment led by the key of its post.
enum CommentsOfAllPosts: RawText {
    static let (name, sql) = ("raw_comments_of_all_posts", BenchSQL.postgres.commentsOfAllPosts)

    static func decode(_ row: PostgresRow) throws -> (Int, Comment) {
        let (post, id, postID, body) = try row.decode((Int, Int, Int, String).self)
        return (post, Comment((id, postID, body)))
    }
}

/// Each tag led by the key of a post it is attached to.
enum TagsOfAllPosts: RawText {
    static let (name, sql) = ("raw_tags_of_all_posts", BenchSQL.postgres.tagsOfAllPosts)

    static func decode(_ row: PostgresRow) throws -> (Int, Tag) {
        let (post, id, name) = try row.decode((Int, Int, String).self)
        return (post, Tag((id, name)))
    }
}

/// The models built from their columns as postgres-nio decodes them, in table order.
extension Post {
    init(_ columns: (Int, String)) { self.init(id: columns.0, title: columns.1) }
}

extension Comment {
    init(_ columns: (Int, Int, String)) { self.init(id: columns.0, postID: columns.1, body: columns.2) }
}

extension Tag {
    init(_ columns: (Int, String)) { self.init(id: columns.0, name: columns.1) }
}
#endif
