/// What a migration can do to the database, handed to each migration a ``Migrator`` runs. Every
/// change runs at once, inside the migration's transaction: if a later one fails, none stays.
///
/// ```swift
/// migrator.register("rename title") { migration in
///     try await migration.renameColumn("title", to: Book.heading)
///     try await migration.changeType(of: Book.year, using: "CAST(\"year\" AS INTEGER)")
/// }
/// ```
///
/// On PostgreSQL every change is a native `ALTER TABLE`. On SQLite, changes `ALTER TABLE` cannot
/// make (a type, nullability, dropping a column) rebuild the table: a new one is filled from the
/// old, which is dropped, and its indexes and triggers are created again.
public struct Migration: Sendable {
    /// The name the migration was registered under.
    public let name: String
    /// The database being migrated, to read or write rows as models.
    public let database: Ommi

    private var compiler: SQLCompiler { database.compiler }

    // MARK: Tables

    /// Creates the table of a model, with its keys, references and reference indexes.
    public func createTable(_ type: any Model.Type) async throws {
        try await createTable(type.schema)
    }

    /// Creates a table from a schema, with its keys, references and reference indexes.
    public func createTable(_ schema: ModelSchema) async throws {
        try schema.validate()
        try await run([compiler.createTable(schema)] + compiler.createIndexes(schema))
    }

    /// Drops the table of a model, with its rows.
    public func dropTable(_ type: any Model.Type) async throws {
        try await dropTable(named: type.schema.tableName)
    }

    /// Drops a table, with its rows.
    public func dropTable(named table: String) async throws {
        try await run(["DROP TABLE \(compiler.dialect.quoteTable(table))"])
    }

    // MARK: Columns

    /// Adds the column of a model's field, with its default and reference.
    public func addColumn<Root: Model, Value>(_ field: Field<Root, Value>) async throws {
        try await addColumn(try fieldSchema(field), to: field.table)
    }

    /// Adds a column to a table, with its default and reference. A NOT NULL column needs a
    /// default unless the table is empty.
    public func addColumn(_ field: FieldSchema, to table: String) async throws {
        let evolution = compiler.dialect.evolution
        if !evolution.altersTablesInPlace && !field.isNullable && field.defaultSQL == nil {
            let live = try await liveSchema(table)
            var target = live
            target.fields.append(field)
            target.foreignKeys += ForeignKey.grouping([field])
            return try await TableRebuild(database: database, live: live, target: target, expressions: [:]).run()
        }
        try await run([compiler.addColumn(field, to: table)])
    }

    /// Renames a column of a table, keeping its values, indexes and references.
    public func renameColumn(_ column: String, to newName: String, in table: String) async throws {
        try await run([compiler.renameColumn(column, to: newName, in: table)])
    }

    /// Renames a column to the column of a model's field (`renameColumn("title", to: Book.heading)`).
    public func renameColumn<Root: Model, Value>(_ column: String, to field: Field<Root, Value>) async throws {
        try await renameColumn(column, to: field.column, in: field.table)
    }

    /// Drops a column of a table with its values; indexes over it are dropped with it.
    public func dropColumn(_ column: String, from table: String) async throws {
        guard !compiler.dialect.evolution.altersTablesInPlace else {
            return try await run([compiler.dropColumn(column, from: table)])
        }
        let live = try await liveSchema(table)
        try position(of: column, in: live)
        var target = live
        target.fields.removeAll { $0.column == column }
        target.foreignKeys.removeAll { $0.columns.contains(column) }
        try await TableRebuild(database: database, live: live, target: target, expressions: [:]).run()
    }

    /// Gives a column the type and nullability of a model's field, each value converted by
    /// `conversion`, an SQL expression over the table's columns (`CAST("year" AS INTEGER)` unless
    /// given).
    public func changeType<Root: Model, Value>(of field: Field<Root, Value>, using conversion: String? = nil)
        async throws
    {
        try await changeType(of: field.column, in: field.table, to: try fieldSchema(field), using: conversion)
    }

    /// Gives a column of a table the type and nullability of `field`, each value converted by
    /// `conversion` (`CAST` to the new type unless given).
    public func changeType(of column: String, in table: String, to field: FieldSchema, using conversion: String? = nil)
        async throws
    {
        var field = field
        field.column = column
        let conversion = conversion ?? compiler.cast(column, to: field)
        guard !compiler.dialect.evolution.altersTablesInPlace else {
            return try await run(compiler.alterColumn(field, in: table, using: conversion))
        }
        let live = try await liveSchema(table)
        let index = try position(of: column, in: live)
        var target = live
        target.fields[index].type = field.type
        target.fields[index].declaredType = field.declaredType
        target.fields[index].isNullable = field.isNullable && !live.fields[index].isKey
        try await TableRebuild(database: database, live: live, target: target, expressions: [column: conversion]).run()
    }

    /// Makes `columns` the primary key of a table, in place of its key. Fails, changing nothing,
    /// when rows repeat a combination of them, or (on PostgreSQL) when another table's foreign
    /// key depends on the old key.
    public func changeKey(of table: String, to columns: [String]) async throws {
        guard !compiler.dialect.evolution.altersTablesInPlace else {
            return try await run(compiler.replacePrimaryKey(of: table, with: columns))
        }
        let live = try await liveSchema(table)
        for column in columns { try position(of: column, in: live) }
        var target = live
        for index in target.fields.indices {
            let isKey = columns.contains(target.fields[index].column)
            target.fields[index].isNullable = target.fields[index].isNullable && !isKey
            target.fields[index].isAuto = target.fields[index].isAuto && isKey && columns.count == 1
            target.fields[index].isKey = isKey
        }
        try await TableRebuild(database: database, live: live, target: target, expressions: [:]).run()
    }

    /// Declares a foreign key from columns of a table to the key of another. Fails, changing
    /// nothing, when a row refers to no row.
    public func addReference(_ key: ForeignKey, to table: String) async throws {
        try await reshapeReferences(of: table, sql: compiler.addForeignKey(key, to: table)) { $0.append(key) }
    }

    /// Drops the foreign key of a table over `columns`, leaving the columns and their values.
    public func dropReference(_ columns: [String], from table: String) async throws {
        try await reshapeReferences(of: table, sql: compiler.dropForeignKey(columns, from: table)) {
            $0.removeAll { $0.columns == columns }
        }
    }

    /// Runs `sql` where the table changes in place, or rebuilds it with its foreign keys changed.
    private func reshapeReferences(of table: String, sql: String, _ change: (inout [ForeignKey]) -> Void) async throws {
        guard !compiler.dialect.evolution.altersTablesInPlace else { return try await run([sql]) }
        let live = try await liveSchema(table)
        var target = live
        change(&target.foreignKeys)
        try await TableRebuild(database: database, live: live, target: target, expressions: [:]).run()
    }

    // MARK: Indexes and unique constraints

    /// Creates an index, unique or not, over columns of a table.
    public func createIndex(_ name: String, on table: String, columns: [String], unique: Bool = false) async throws {
        try await run([compiler.createIndex(name, on: table, columns: columns, unique: unique)])
    }

    /// Drops an index.
    public func dropIndex(_ name: String) async throws {
        try await run([compiler.dropIndex(name)])
    }

    /// Makes a set of columns unique across the rows of a table, under a constraint named `name`.
    /// Fails, changing nothing, when rows already repeat a combination. On SQLite the constraint
    /// is a unique index, which is how SQLite enforces UNIQUE in any case.
    public func addUnique(_ name: String, on table: String, columns: [String]) async throws {
        let sql =
            compiler.dialect.evolution.altersTablesInPlace
            ? compiler.addUniqueConstraint(name, on: table, columns: columns)
            : compiler.createIndex(name, on: table, columns: columns, unique: true)
        try await run([sql])
    }

    /// Drops the unique constraint `name` that ``addUnique(_:on:columns:)`` added.
    public func dropUnique(_ name: String, on table: String) async throws {
        let sql =
            compiler.dialect.evolution.altersTablesInPlace
            ? compiler.dropConstraint(name, on: table) : compiler.dropIndex(name)
        try await run([sql])
    }

    // MARK: Statements

    /// Runs a statement written in the database's own SQL, with values bound to its placeholders.
    @discardableResult
    public func execute(_ sql: String, _ arguments: DatabaseValue...) async throws -> Int {
        try await database.driver.execute(SQLStatement(sql, arguments))
    }

    // MARK: Helpers

    private func run(_ statements: [String]) async throws {
        for sql in statements { try await database.driver.execute(SQLStatement(sql)) }
    }

    private func fieldSchema<Root: Model, Value>(_ field: Field<Root, Value>) throws -> FieldSchema {
        guard let schema = Root.schema.field(named: field.name) else {
            throw OmmiError(.schema, "\(Root.schema.name) has no field \(field.name)")
        }
        return schema
    }

    private func liveSchema(_ table: String) async throws -> ModelSchema {
        guard let schema = try await database.driver.introspect().first(where: { $0.tableName == table }) else {
            throw OmmiError(.schema, "no table \(TableName.display(table)) in the database")
        }
        return schema
    }

    @discardableResult
    private func position(of column: String, in schema: ModelSchema) throws -> Int {
        guard let index = schema.fieldIndex(ofColumn: column) else {
            throw OmmiError(.schema, "no column \(column) in \(TableName.display(schema.tableName))")
        }
        return index
    }
}
