import Ommi
import OmmiSQLite
import Testing

/// A compiler remembers the text of common statement shapes: whatever it has seen before, every
/// statement it returns is the one a fresh compiler returns, values and text alike.
@Suite struct StatementCacheTests {
    private func fresh() -> SQLCompiler { SQLCompiler(dialect: SQLiteDialect()) }

    private func queries(_ db: Ommi) -> [SelectQuery] {
        [
            db.find(Book.id == 1).selectQuery,
            db.find(Book.id == 2).selectQuery,
            db.find(Book.id < 2).selectQuery,
            db.find(Book.pages == 3).selectQuery,
            db.find(Book.id == 1 && Book.pages > 3).selectQuery,
            db.find(Book.id == 4 && Book.pages > 5).selectQuery,
            db.find(Book.pages > 5 && Book.id == 4).selectQuery,
            db.find(Book.id == 1 || Book.pages > 3).selectQuery,
            db.find(Book.id == 1).limit(1).selectQuery,
            db.find(Book.id == 9).limit(5, offset: 2).selectQuery,
            db.find(Book.id == 9).limit(-5).selectQuery,
            db.find(Book.title == "x").sorted(by: Book.title.desc).limit(3).selectQuery,
            db.find(Book.title == "y").sorted(by: Book.title).limit(3).selectQuery,
            db.find(Book.authorID == nil).selectQuery,
            db.find(Book.authorID != nil).selectQuery,
            db.find(Book.self).selectQuery,
            db.find(Book.self).limit(10).selectQuery,
            db.find(Book.pages == 300).filter(Author.name == "Le Guin").selectQuery,
        ]
    }

    @Test func selectsMatchAFreshCompile() async throws {
        let db = try await Ommi(SQLiteDriver.connect())
        let shared = fresh()
        for query in queries(db) + queries(db) {
            #expect(try shared.select(query) == fresh().select(query))
        }
    }

    @Test func deletesAndUpdatesMatchAFreshCompile() async throws {
        let db = try await Ommi(SQLiteDriver.connect())
        let shared = fresh()
        let assignments = [
            [Book.pages.set(to: 1)], [Book.pages.set(to: 2)], [Book.title.set(to: "t"), Book.pages.set(to: 3)],
        ]
        .map { $0.map(\.column) }
        for query in queries(db) + queries(db) {
            #expect(try shared.delete(query) == fresh().delete(query))
            for set in assignments {
                #expect(try shared.update(query, set: set) == fresh().update(query, set: set))
            }
        }
    }

    @Test func aSchemaOfTheSameTableWithOtherColumnsGetsItsOwnText() throws {
        let shared = fresh()
        let narrow = ModelSchema(
            name: "books", fields: [FieldSchema(name: "id", column: "id", valueType: Int.self, isKey: true)])
        let condition = Condition.compare(.column(ColumnRef(table: "books", column: "id")), .equal, .value(.integer(1)))
        let wide = try shared.select(SelectQuery(schema: Book.schema, condition: condition))
        let narrowed = try shared.select(SelectQuery(schema: narrow, condition: condition))
        #expect(narrowed == (try fresh().select(SelectQuery(schema: narrow, condition: condition))))
        #expect(narrowed.sql != wide.sql)
    }

    @Test func aSchemaOfTheSameColumnsWithAnotherKeyGetsItsOwnOrder() throws {
        let shared = fresh()
        let rekeyed = ModelSchema(
            name: "books",
            fields: Book.schema.fields.map { field in
                var field = field
                field.isKey = field.column == "title"
                return field
            })
        let condition = Condition.compare(
            .column(ColumnRef(table: "books", column: "pages")), .greater, .value(.integer(1)))
        let byID = try shared.select(SelectQuery(schema: Book.schema, condition: condition, limit: 1))
        let byTitle = try shared.select(SelectQuery(schema: rekeyed, condition: condition, limit: 1))
        #expect(byTitle == (try fresh().select(SelectQuery(schema: rekeyed, condition: condition, limit: 1))))
        #expect(byTitle.sql != byID.sql)
    }
}

/// Typed queries find their texts by a shape that names their model: every statement they run,
/// the first time or from the cache, has the text a fresh compiler gives their AST.
@Suite struct TypedStatementShapeTests {
    private func queries(_ db: Ommi) -> [Query<Book>] {
        [
            db.find(Book.id == 1), db.find(Book.id == 2), db.find(Book.id < 2), db.find(Book.pages == 3),
            db.find(Book.id == 1 && Book.pages > 3), db.find(Book.pages > 5 && Book.id == 4),
            db.find(Book.id == 1, Book.pages > 3), db.find(Book.id == 1).filter(Book.pages > 3 && Book.id < 9),
            db.find(Book.id == 1 || Book.pages > 3), db.find(Book.id == 1).limit(1),
            db.find(Book.id == 9).limit(5, offset: 2), db.find(Book.title == "x").sorted(by: Book.title.desc).limit(3),
            db.find(Book.authorID == nil), db.find(Book.self), db.find(Book.self).limit(10),
            db.find(Book.pages == 300).filter(Author.name == "Le Guin"),
        ]
    }

    @Test func statementsOfTypedQueriesMatchAFreshCompile() async throws {
        let test = try await TestDatabase.open(.memory)
        try await ModelCollection(Author.self, Book.self).setup(on: test.db)
        let assignment = [Book.pages.set(to: 1).column]
        for query in queries(test.db) + queries(test.db) {
            let fresh = SQLCompiler(dialect: SQLiteDialect())
            let expected = [
                try fresh.select(query.selectQuery).sql, try fresh.update(query.selectQuery, set: assignment).sql,
                try fresh.delete(query.selectQuery).sql,
            ]
            let run = try await test.statements {
                _ = try await query.all()
                _ = try await query.update(Book.pages.set(to: 1))
                _ = try await query.delete()
            }
            #expect(run == expected)
        }
    }
}
