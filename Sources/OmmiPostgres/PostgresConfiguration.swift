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
    /// Whether every transaction of the session is read-only.
    public var readOnly: Bool
    /// How long a statement waits for a lock another session holds before it fails with
    /// `OmmiError/Kind/busy`, changing nothing (the session's `lock_timeout`); nil waits as the
    /// server is configured, by default for as long as it takes.
    public var lockTimeout: Duration?

    /// A configuration with every part stated.
    public init(
        endpoint: Endpoint, user: String, password: String? = nil, database: String, requiresTLS: Bool = false,
        readOnly: Bool = false
    ) {
        self.endpoint = endpoint
        self.user = user
        self.password = password
        self.database = database
        self.requiresTLS = requiresTLS
        self.readOnly = readOnly
    }

    /// Whether `text` is a PostgreSQL connection URL rather than a file path.
    public static func isURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }

    /// The configuration a `postgres://user:password@host:port/database?sslmode=…` URL describes.
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
        self.init(
            endpoint: host.hasPrefix("/") ? .socket(path: "\(host)/.s.PGSQL.\(port)") : .tcp(host: host, port: port),
            user: user, password: setting(components.password, "password", "PGPASSWORD"), database: database,
            requiresTLS: sslMode == "require")
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
