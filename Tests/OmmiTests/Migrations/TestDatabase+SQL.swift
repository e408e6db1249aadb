import Ommi

extension TestDatabase {
    /// Runs each statement, in order.
    func execute(_ statements: [String]) async throws {
        for sql in statements { try await driver.execute(SQLStatement(sql)) }
    }

    /// The first column of every row of a query, as text.
    func strings(_ sql: String) async throws -> [String] {
        var values: [String] = []
        try await driver.query(SQLStatement(sql)) { values.append(try $0.decode(String.self, at: 0)) }
        return values
    }
}
