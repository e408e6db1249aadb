/// Foreign key enforcement switched off for one migration, on databases that need it off to
/// rebuild a table (SQLite drops a referenced table's rows, or cascades, otherwise), then checked
/// before the migration commits and switched back on.
struct ForeignKeySuspension {
    let database: Ommi
    let switching: ForeignKeySwitch

    /// Switches enforcement off, outside any transaction; nil when the database needs no switch
    /// or enforcement is off already.
    ///
    /// - Throws: ``OmmiError/Kind/schema`` when called inside a transaction, where the switch
    ///   has no effect and a rebuild could lose rows.
    static func begin(on database: Ommi) async throws -> ForeignKeySuspension? {
        guard let switching = database.compiler.dialect.evolution.foreignKeySwitch,
            try await state(switching, on: database)
        else { return nil }
        try await database.driver.execute(SQLStatement(switching.off))
        let suspension = ForeignKeySuspension(database: database, switching: switching)
        if try await state(switching, on: database) {
            try await suspension.end()
            throw OmmiError(
                .schema, "migrations cannot run inside a transaction: foreign keys cannot be switched off there")
        }
        return suspension
    }

    /// Throws, listing every reference to a missing row, when there is one.
    func checkReferences() async throws {
        var violations: [String] = []
        try await database.driver.query(SQLStatement(switching.check)) { row in
            let table = try row.decode(String.self, at: 0)
            let rowID = try row.decode(String?.self, at: 1) ?? "?"
            let target = try row.decode(String.self, at: 2)
            violations.append(
                "\(TableName.display(table)) row \(rowID) references a missing \(TableName.display(target))")
        }
        guard violations.isEmpty else {
            throw OmmiError(
                .constraint, "foreign key check failed: \(violations.joined(separator: "; "))", sql: switching.check)
        }
    }

    /// Switches enforcement back on.
    func end() async throws {
        try await database.driver.execute(SQLStatement(switching.on))
    }

    private static func state(_ switching: ForeignKeySwitch, on database: Ommi) async throws -> Bool {
        var isOn = false
        try await database.driver.query(SQLStatement(switching.state)) { isOn = try $0.decode(Int.self, at: 0) != 0 }
        return isOn
    }
}
