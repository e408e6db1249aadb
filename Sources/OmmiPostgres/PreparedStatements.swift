#if PostgreSQL
import Ommi
import PostgresNIO
import Synchronization

/// The names of the driver's prepared statements, by SQL text, so each query shape is parsed and
/// planned by the server once per connection and then only bound and executed.
///
/// postgres-nio keeps a connection's prepared statements by name and prepares a name on a
/// connection the first time it runs there; each shape gets a name of its own here, the same on
/// every connection of the pool. Past ``limit`` shapes, further ones run unprepared rather than
/// grow the server's memory without end.
final class PreparedStatements: Sendable {
    static let limit = 2_000

    private let logger: Logger
    private let names = Mutex<(byShape: [String: String], issued: Int)>(([:], 0))

    init(logger: Logger) {
        self.logger = logger
    }

    /// Runs `sql` with `arguments` on `connection` and returns its rows, under the name of its
    /// shape.
    func rows(_ sql: String, _ arguments: [DatabaseValue], on connection: PostgresConnection) async throws
        -> [PostgresRow]
    {
        let bindings = PostgresValues.bindings(arguments)
        do {
            guard let name = name(for: PostgresValues.shapeKey(sql, arguments)) else {
                return try await collect(
                    connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger))
            }
            do {
                return try await execute(name, sql, bindings, on: connection)
            } catch  where Self.planChanged(error) {
                // A table changed shape under the prepared plan: prepare it again under a new name.
                return try await execute(
                    renamed(PostgresValues.shapeKey(sql, arguments)), sql, bindings, on: connection)
            }
        } catch {
            throw OmmiError.postgres(error, sql: sql)
        }
    }

    private func execute(
        _ name: String, _ sql: String, _ bindings: PostgresBindings, on connection: PostgresConnection
    ) async throws -> [PostgresRow] {
        try await ShapeStatement.$shape.withValue(ShapeStatement.Shape(name: name, sql: sql)) {
            try await collect(connection.execute(ShapeStatement(bindings: bindings), logger: logger))
        }
    }

    private func collect<Rows: AsyncSequence>(_ rows: Rows) async throws -> [PostgresRow]
    where Rows.Element == PostgresRow {
        var collected: [PostgresRow] = []
        for try await row in rows { collected.append(row) }
        return collected
    }

    private func name(for shape: String) -> String? {
        names.withLock { names in
            if let name = names.byShape[shape] { return name }
            guard names.issued < Self.limit else { return nil }
            names.issued += 1
            let name = "ommi_\(names.issued)"
            names.byShape[shape] = name
            return name
        }
    }

    private func renamed(_ shape: String) -> String {
        names.withLock { names in
            names.issued += 1
            let name = "ommi_\(names.issued)"
            names.byShape[shape] = name
            return name
        }
    }

    /// Whether the server refused a prepared plan because a table it reads changed.
    private static func planChanged(_ error: any Error) -> Bool {
        OmmiError.postgres(error, sql: nil).sqlState == "0A000"
    }
}

/// The prepared statement of one query shape. postgres-nio names a prepared statement by its
/// type; the name and text here are those of the shape being run, set around each execution.
private struct ShapeStatement: PostgresPreparedStatement {
    struct Shape: Sendable {
        let name: String
        let sql: String
    }

    @TaskLocal static var shape = Shape(name: "", sql: "")
    static var name: String { shape.name }
    static var sql: String { shape.sql }

    typealias Row = PostgresRow
    let bindings: PostgresBindings

    func makeBindings() throws -> PostgresBindings { bindings }
    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}
#endif
