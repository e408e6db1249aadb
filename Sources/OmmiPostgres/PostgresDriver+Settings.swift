#if PostgreSQL
import Foundation
import PostgresNIO

extension PostgresDriver {
    /// One configuration in postgres-nio's two forms: for the connection opened first to check
    /// that the server takes it, and for the pool's connections. Both start every session the
    /// same way: in UTC, named `ommi`, read-only when the driver is, with its lock timeout.
    struct Settings {
        var connection: PostgresConnection.Configuration
        var pool: PostgresClient.Configuration

        init(_ configuration: PostgresConfiguration) throws {
            switch configuration.endpoint {
            case .tcp(let host, let port):
                var tlsConfiguration = TLSConfiguration.makeClientConfiguration()
                tlsConfiguration.certificateVerification = .none
                var connectionTLS = PostgresConnection.Configuration.TLS.disable
                var poolTLS = PostgresClient.Configuration.TLS.disable
                if configuration.requiresTLS {
                    connectionTLS = .require(try NIOSSLContext(configuration: tlsConfiguration))
                    poolTLS = .require(tlsConfiguration)
                }
                connection = .init(
                    host: host, port: port, username: configuration.user, password: configuration.password,
                    database: configuration.database, tls: connectionTLS)
                pool = .init(
                    host: host, port: port, username: configuration.user, password: configuration.password,
                    database: configuration.database, tls: poolTLS)
            case .socket(let path):
                connection = .init(
                    unixSocketPath: path, username: configuration.user, password: configuration.password,
                    database: configuration.database)
                pool = .init(
                    unixSocketPath: path, username: configuration.user, password: configuration.password,
                    database: configuration.database)
            }
            var startup = [
                ("TimeZone", "UTC"), ("application_name", "ommi"),
                ("default_transaction_read_only", configuration.readOnly ? "on" : "off"),
            ]
            if let lockTimeout = configuration.lockTimeout {
                // 0 would mean no timeout at all: the shortest wait PostgreSQL takes is 1 ms.
                startup.append(("lock_timeout", "\(max(1, lockTimeout.wholeMilliseconds))ms"))
            }
            connection.options.connectTimeout = .seconds(10)
            connection.options.additionalStartupParameters = startup
            pool.options.connectTimeout = .seconds(10)
            pool.options.additionalStartupParameters = startup
            pool.options.maximumConnections = configuration.poolSize
        }
    }
}
#endif
