#if PostgreSQL
import Ommi
import PostgresNIO
import Synchronization

extension PostgresDriver {
    /// A cursor over the statement's rows that reads them a window at a time and never holds the
    /// whole result.
    ///
    /// A query (`SELECT`, `VALUES`, `TABLE`, `WITH`) becomes a server-side cursor on a connection
    /// of its own, in a transaction of its own, read with `FETCH` as the caller asks for rows; the
    /// connection goes back to the pool when the rows run out or the cursor is dropped. Any other
    /// statement, one the server will not declare a cursor for, a statement inside a transaction
    /// (whose connection is the transaction's), and a cursor that would take the pool's last
    /// connection run at once and are handed out from their whole result.
    public func cursor(_ statement: SQLStatement) async throws -> any DriverCursor {
        tracer(statement.sql)
        if !gate.currentTaskIsInTransaction, PostgresCursor.reads(statement.sql), reserveCursorConnection() {
            do {
                if let cursor = try await PostgresCursor.declare(statement, driver: self) { return cursor }
            } catch {
                cursorConnectionReturned()
                throw error
            }
        }
        let rows = try await withConnection(statement.sql) { connection in
            try await statements.rows(statement.sql, statement.arguments, on: connection)
        }
        return PostgresResultCursor(rows: rows)
    }

    /// Counts a connection for a cursor, unless that would leave no connection of the pool for
    /// every other statement.
    private func reserveCursorConnection() -> Bool {
        cursorConnections.withLock { held in
            guard held < configuration.poolSize - 1 else { return false }
            held += 1
            return true
        }
    }

    /// Uncounts a cursor's connection (see ``reserveCursorConnection()``).
    func cursorConnectionReturned() {
        cursorConnections.withLock { $0 -= 1 }
    }
}

/// The rows of a query read through a server-side cursor (`DECLARE … NO SCROLL CURSOR`), one
/// `FETCH` a window, on a connection the cursor holds until the rows run out or it is dropped.
final class PostgresCursor: DriverCursor {
    private static let issued = Atomic<Int>(0)

    private let driver: PostgresDriver
    private let name: String
    private let sql: String
    /// The cursor's connection, nil once it is given back.
    private let leased: Mutex<LeasedConnection?>

    private init(driver: PostgresDriver, name: String, sql: String, leased: LeasedConnection) {
        self.driver = driver
        self.name = name
        self.sql = sql
        self.leased = Mutex(leased)
    }

    deinit {
        guard let leased = leased.withLock({ $0.take() }) else { return }
        let driver = self.driver
        Task { await Self.finish(leased, driver: driver) }
    }

    /// Whether `sql` is a query a cursor may be declared for, by its first word.
    static func reads(_ sql: String) -> Bool {
        let start = sql.drop { $0.isWhitespace || $0 == "(" }
        let word = start.prefix { $0.isLetter }.uppercased()
        return ["SELECT", "VALUES", "TABLE", "WITH"].contains(word)
    }

    /// Declares a cursor for `statement` on a connection of the pool; nil when the server will not
    /// declare one for it (a `WITH` that writes, a `SELECT … INTO`), having run nothing.
    static func declare(_ statement: SQLStatement, driver: PostgresDriver) async throws -> PostgresCursor? {
        let leased = try await driver.leaseConnection(for: statement.sql)
        let name = "ommi_cursor_\(issued.add(1, ordering: .relaxed).newValue)"
        let connection = leased.connection
        do {
            _ = try await connection.simpleQuery("BEGIN").get()
        } catch {
            await leased.release()
            throw OmmiError.postgres(error, sql: statement.sql)
        }
        do {
            let declaration = PostgresQuery(
                unsafeSQL: "DECLARE \(name) NO SCROLL CURSOR FOR \(statement.sql)",
                binds: PostgresValues.bindings(statement.arguments))
            for try await _ in try await connection.query(declaration, logger: driver.logger) {}
        } catch {
            _ = try? await connection.simpleQuery("ROLLBACK").get()
            await leased.release()
            driver.cursorConnectionReturned()
            return nil
        }
        return PostgresCursor(driver: driver, name: name, sql: statement.sql, leased: leased)
    }

    func next(_ limit: Int, _ visit: (Row) throws -> Void) async throws -> Bool {
        guard let connection = leased.withLock({ $0?.connection }) else { return false }
        guard limit > 0 else { return true }
        var rows: [PostgresRow] = []
        do {
            let fetch = PostgresQuery(unsafeSQL: "FETCH FORWARD \(limit) FROM \(name)")
            for try await row in try await connection.query(fetch, logger: driver.logger) { rows.append(row) }
        } catch {
            await close()
            throw OmmiError.postgres(error, sql: sql)
        }
        if rows.count < limit { await close() }
        if let first = rows.first {
            let reader = PostgresRowReader(first)
            for row in rows {
                reader.read(row)
                try visit(Row(reader: reader))
            }
        }
        return rows.count == limit
    }

    /// Ends the cursor's transaction and gives its connection back, once.
    private func close() async {
        guard let leased = leased.withLock({ $0.take() }) else { return }
        await Self.finish(leased, driver: driver)
    }

    private static func finish(_ leased: LeasedConnection, driver: PostgresDriver) async {
        // What the query did is kept, as when it runs on its own; the server ends a transaction
        // that failed with a rollback instead.
        _ = try? await leased.connection.simpleQuery("COMMIT").get()
        await leased.release()
        driver.cursorConnectionReturned()
    }
}
#endif
