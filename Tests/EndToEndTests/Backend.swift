import Foundation
import Ommi
import OmmiSQLite
import Testing

#if PostgreSQL
import OmmiPostgres
import PostgresServer
#endif

/// Where an end-to-end test keeps the database the browser opens: a SQLite file, or, in builds
/// with the PostgreSQL trait, a database of its own on the test server.
enum Backend: String, Sendable, CustomTestStringConvertible {
    case sqlite = "SQLite"
    case postgres = "PostgreSQL"

    /// Every backend of this build.
    static var all: [Backend] {
        #if PostgreSQL
        [.sqlite, .postgres]
        #else
        [.sqlite]
        #endif
    }

    var testDescription: String { rawValue }

    /// A new database made of `statements`, written so that both backends read them alike
    /// (quoted identifiers, standard types).
    func database(_ statements: [String]) async throws -> BrowsedDatabase {
        switch self {
        case .sqlite:
            let path = try await databaseFile(statements)
            return BrowsedDatabase(location: path, resource: nil) { readOnly in
                try await SQLiteDriver.connect(path: path, options: readOnly ? .readOnly : [])
            }
        case .postgres:
            #if PostgreSQL
            let database = try await PostgresServer.createDatabase()
            let driver = try await database.connect()
            for sql in statements { try await driver.execute(SQLStatement(sql)) }
            await driver.close()
            return BrowsedDatabase(location: database.url, resource: database) { readOnly in
                try await database.connect(readOnly: readOnly)
            }
            #else
            throw TmuxError("this build has no PostgreSQL support")
            #endif
        }
    }
}

/// A database a test browses: what to hand `ommi-browse`, and how the test reads it itself.
struct BrowsedDatabase: Sendable {
    /// The file path or the `postgres://` URL.
    let location: String
    /// What must live as long as the database (the server's database made for the test).
    let resource: (any Sendable)?
    let connect: @Sendable (_ readOnly: Bool) async throws -> any Driver

    /// The rows of a query, read over a connection of the test's own.
    func rows(_ sql: String) async throws -> [[DatabaseValue]] {
        let driver = try await connect(true)
        var rows: [[DatabaseValue]] = []
        try await driver.query(SQLStatement(sql)) { rows.append($0.values) }
        return rows
    }
}
