import Ommi
import OmmiSQLite
import Testing

/// Reflection reads the ON DELETE action of every declared reference; typed models keep the
/// default, and the SQL written for a key carries its action back.
@Suite("Reflection of ON DELETE actions")
struct ForeignKeyActionReflectionTests {
    /// One referring column per action, in the order of ``ForeignKeyAction/allCases``, plus one
    /// that names no action.
    static let schema = [
        "CREATE TABLE parent (id INTEGER PRIMARY KEY)",
        "CREATE TABLE child (id INTEGER PRIMARY KEY, "
            + ForeignKeyAction.allCases.map {
                "\($0.rawValue)_id INTEGER DEFAULT 1 REFERENCES parent(id) ON DELETE \($0.sql)"
            }
            .joined(separator: ", ")
            + ", unnamed_id INTEGER REFERENCES parent(id))",
    ]

    @Test("each action is read back as declared; none declared reads as NO ACTION")
    func actionsAreRead() async throws {
        let fixture = try await ReflectionFixture.build(Self.schema)
        let keys = try fixture.schema("child").foreignKeys
        let byColumn = Dictionary(uniqueKeysWithValues: keys.map { ($0.columns.joined(), $0.onDelete) })
        for action in ForeignKeyAction.allCases {
            #expect(byColumn["\(action.rawValue)_id"] == action)
        }
        #expect(byColumn["unnamed_id"] == .noAction)
        #expect(keys.count == ForeignKeyAction.allCases.count + 1)
    }

    @Test("the action SQL names is parsed in any case, and nothing else is")
    func sqlSpellings() {
        for action in ForeignKeyAction.allCases {
            #expect(ForeignKeyAction(sql: action.sql.lowercased()) == action)
        }
        #expect(ForeignKeyAction(sql: "DROP") == nil)
    }

    @Test("a reflected CASCADE key is written back with its action, so a copy of the table deletes alike")
    func cascadeRoundTrips() async throws {
        let fixture = try await ReflectionFixture.build(Self.schema)
        var child = try fixture.schema("child")
        child.tableName = "child_copy"
        let sql = SQLCompiler(dialect: fixture.driver.dialect).createTable(child)
        for action in ForeignKeyAction.allCases where action != .noAction {
            #expect(sql.contains("(\"\(action.rawValue)_id\") REFERENCES \"parent\" (\"id\") ON DELETE \(action.sql)"))
        }
        try await fixture.driver.execute(SQLStatement(sql))
        let copy = try await ModelCollection.reflect(from: fixture.db)
        func actions(_ schema: ModelSchema) -> [String: ForeignKeyAction] {
            Dictionary(uniqueKeysWithValues: schema.foreignKeys.map { ($0.columns.joined(), $0.onDelete) })
        }
        #expect(actions(try #require(copy.schema(named: "child_copy"))) == actions(child))
    }

    @Test("a typed model's references keep the default action")
    func typedModelsKeepTheDefault() {
        let fields = [
            FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true),
            FieldSchema(
                name: "parent_id", type: .integer, isNullable: true,
                reference: ColumnReference(table: "parent", column: "id")),
        ]
        #expect(ModelSchema(name: "Child", fields: fields).foreignKeys.map(\.onDelete) == [.noAction])
    }
}
