#if PostgreSQL
import Foundation
import Ommi

/// Where a PostgreSQL database is and who connects to it, read from a `postgres://` URL the way
/// libpq reads it: any part the URL leaves out comes from the `PG*` environment variables
/// (`PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE`, `PGSSLMODE`), then from the defaults.
public struct PostgresConfiguration: Sendable, Equatable {
    /// How the server is reached.
    public enum Endpoint: Sendable, Equatable {
        case tcp(host: String, port: Int)
        /// A Unix-domain socket file (`PGHOST` naming a folder, as libpq allows).
        case socket(path: String)
    }

    /// How the server is reached.
    public var endpoint: Endpoint
    /// The role to connect as.
    public var user: String
    /// The password, when the server asks for one.
    public var password: String?
    /// The database to open.
    public var database: String
    /// Whether the connection must be encrypted (`sslmode=require`).
    public var requiresTLS: Bool
    /// Whether every transaction of every connection is read-only.
    public var readOnly: Bool
    /// How long a statement waits for a lock another session holds before it fails with
    /// `OmmiError/Kind/busy`, changing nothing (the session's `lock_timeout`); nil waits as the
    /// server is configured, by default for as long as it takes.
    public var lockTimeout: Duration?

    /// The most connections the driver opens to the server at once (`pool_size` in the URL), at
    /// least 1. Connections open as tasks need them and close after a minute unused.
    public var poolSize: Int

    /// The pool size when the URL names none: enough for a browser's reads and a few writers,
    /// few enough that many clients fit under the server's default `max_connections` of 100.
    public static let defaultPoolSize = 10

    /// A configuration with every part stated.
    public init(
        endpoint: Endpoint, user: String, password: String? = nil, database: String, requiresTLS: Bool = false,
        readOnly: Bool = false, poolSize: Int = defaultPoolSize
    ) {
        self.endpoint = endpoint
        self.user = user
        self.password = password
        self.database = database
        self.requiresTLS = requiresTLS
        self.readOnly = readOnly
        self.poolSize = max(1, poolSize)
    }

    /// Whether `text` is a PostgreSQL connection URL rather than a file path.
    public static func isURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }

    /// The configuration a `postgres://user:password@host:port/database?sslmode=…&pool_size=…` URL
    /// describes.
    ///
    /// - Throws: `OmmiError/Kind/cannotOpen` when the URL cannot be read.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isURL(url), let components = URLComponents(string: url) else {
            throw OmmiError(.cannotOpen, "not a PostgreSQL URL: \(url) (expected postgres://user@host:port/database)")
        }
        var query: [String: String] = [:]
        for item in components.queryItems ?? [] { query[item.name] = item.value ?? "" }
        func setting(_ fromURL: String?, _ parameter: String, _ variable: String) -> String? {
            if let fromURL, !fromURL.isEmpty { return fromURL }
            if let value = query[parameter], !value.isEmpty { return value }
            if let value = environment[variable], !value.isEmpty { return value }
            return nil
        }
        let host = setting(components.host, "host", "PGHOST") ?? "localhost"
        let portText = components.port.map(String.init) ?? setting(nil, "port", "PGPORT") ?? "5432"
        guard let port = Int(portText), (1...65_535).contains(port) else {
            throw OmmiError(.cannotOpen, "not a port number: \(portText)")
        }
        let user =
            setting(components.user, "user", "PGUSER") ?? environment["USER"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "postgres"
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let database = setting(path.removingPercentEncoding ?? path, "dbname", "PGDATABASE") ?? user
        let sslMode = setting(nil, "sslmode", "PGSSLMODE") ?? "disable"
        guard ["disable", "allow", "prefer", "require"].contains(sslMode) else {
            throw OmmiError(
                .cannotOpen, "sslmode=\(sslMode) is not supported (use disable, prefer or require)")
        }
        var poolSize = Self.defaultPoolSize
        if let text = query["pool_size"], !text.isEmpty {
            guard let size = Int(text), size >= 1 else {
                throw OmmiError(.cannotOpen, "pool_size=\(text) is not a number of connections (1 or more)")
            }
            poolSize = size
        }
        self.init(
            endpoint: host.hasPrefix("/") ? .socket(path: "\(host)/.s.PGSQL.\(port)") : .tcp(host: host, port: port),
            user: user, password: setting(components.password, "password", "PGPASSWORD"), database: database,
            requiresTLS: sslMode == "require", poolSize: poolSize)
    }

    /// The URL without its password, for titles and messages.
    public var displayName: String {
        switch endpoint {
        case .tcp(let host, let port):
            let shownHost = host.contains(":") ? "[\(host)]" : host
            return "postgres://\(user)@\(shownHost):\(port)/\(database)"
        case .socket(let path):
            return "postgres://\(user)@/\(database)?host=\((path as NSString).deletingLastPathComponent)"
        }
    }
}
#endif
