import Foundation
import Ommi
import OmmiSQLite
import Testing

/// Statements: values bound as they are, identifiers of any shape, errors with code and SQL.
@Suite struct StatementTests {
    @Test func awkwardIdentifiersAreQuoted() async throws {
        let driver = try await SQLiteDriver.connect()
        let schema = ModelSchema(
            name: "Order Details",
            fields: [
                FieldSchema(name: "select", type: .integer, isNullable: false, isKey: true),
                FieldSchema(name: "say \"hi\"", type: .text, isNullable: true),
                FieldSchema(name: "日本", type: .text, isNullable: true),
            ])
        let db = Ommi(driver)
        try await ModelCollection(schemas: [schema]).setup(on: db)
        let model = DynamicModel(schema: schema, database: db)
        try await model.add(["select": 1, "say \"hi\"": "quoted", "日本": "語"])
        let rows = try await model.rows(where: .compare(.column(model.column("日本")), .equal, .value("語")))
        #expect(rows.map(\.values) == [[.integer(1), .text("quoted"), .text("語")]])
    }

    @Test func textWithNulAndInvalidUTF8IsReadWithoutCrashing() async throws {
        let driver = try await SQLiteDriver.connect()
        try await driver.execute(SQLStatement("CREATE TABLE t (x TEXT)"))
        try await driver.execute(SQLStatement("INSERT INTO t VALUES (?)", [.text("a\0b")]))
        try await driver.execute(SQLStatement("INSERT INTO t VALUES (CAST(X'66FF6F' AS TEXT))"))
        var values: [DatabaseValue] = []
        try await driver.query(SQLStatement("SELECT x FROM t ORDER BY rowid")) { values.append($0.value(at: 0)) }
        #expect(values == [.text("a\0b"), .text("f\u{FFFD}o")])
    }

    @Test func integerExtremesAndBlobsRoundTrip() async throws {
        let driver = try await SQLiteDriver.connect()
        try await driver.execute(SQLStatement("CREATE TABLE t (x)"))
        let values: [DatabaseValue] = [
            .integer(.min), .integer(.max), .real(-0.0), .blob(Data([0, 1, 2])), .blob(Data()), .null,
        ]
        for value in values { try await driver.execute(SQLStatement("INSERT INTO t VALUES (?)", [value])) }
        var read: [DatabaseValue] = []
        try await driver.query(SQLStatement("SELECT x FROM t ORDER BY rowid")) { read.append($0.value(at: 0)) }
        #expect(read == values)
    }

    @Test func aWrongNumberOfValuesIsAnErrorNotACrash() async throws {
        let driver = try await SQLiteDriver.connect()
        let error = await #expect(throws: OmmiError.self) { try await driver.execute(SQLStatement("SELECT ?, ?", [1])) }
        #expect(error?.kind == .invalidQuery)
    }
}
