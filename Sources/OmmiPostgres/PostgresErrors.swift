#if PostgreSQL
import Foundation
import Ommi
import PostgresNIO

extension OmmiError {
    /// The error PostgreSQL or the connection reported, classified by its SQLSTATE.
    static func postgres(_ error: any Error, sql: String?) -> OmmiError {
        if let error = error as? OmmiError { return error }
        if let report = PostgresServerReport(error) {
            let message = oneLine(report.message)
            if let violation = report.violation(message: message, sql: sql) { return violation }
            return OmmiError(kind(ofSQLState: report.state), message, sqlState: report.state, sql: sql)
        }
        return OmmiError(.driver, oneLine(connectionMessage(error)), sql: sql)
    }

    /// A failure to connect, in one line that says what to check: `cannot connect to
    /// postgres://ann@db:5432/shop: password authentication failed for user "ann" (check the
    /// password in the URL or PGPASSWORD)`.
    ///
    /// The common refusals are worded here rather than taken from the server, whose messages
    /// come in the language of its locale; others keep the server's own words.
    static func postgresConnection(_ error: any Error, _ configuration: PostgresConfiguration) -> OmmiError {
        let target = configuration.displayName
        if let report = PostgresServerReport(error) {
            let state = report.state
            let reason =
                switch state {
                case "28P01":
                    "password authentication failed for user \"\(configuration.user)\" "
                        + "(check the password in the URL or PGPASSWORD)"
                case "3D000": "database \"\(configuration.database)\" does not exist"
                default: report.message
                }
            return OmmiError(.cannotOpen, "cannot connect to \(target): \(oneLine(reason))", sqlState: state)
        }
        return OmmiError(.cannotOpen, "cannot connect to \(target): \(oneLine(connectionMessage(error)))")
    }

    static func kind(ofSQLState state: String) -> Kind {
        switch state {
        case "42P01", "42703", "3F000", "42883": .schema
        case "25006": .readOnly
        case "40001", "40P01", "55P03", "57014": .busy
        case "22P02", "22003", "22007", "22008", "22021": .decoding
        case "28P01", "28000", "3D000": .cannotOpen
        default: state.hasPrefix("23") ? .constraint : .driver
        }
    }

    private static func connectionMessage(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let underlying = error.underlying { return describe(underlying) }
            switch error.code {
            case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown: return "the connection was closed"
            case .sslUnsupported: return "the server does not accept TLS"
            case .authMechanismRequiresPassword:
                return "the server asks for a password and none was given (put it in the URL or PGPASSWORD)"
            case .unsupportedAuthMechanism: return "the server asks for a way of signing in that Ommi does not support"
            case .saslError: return "the server's SCRAM sign-in failed"
            case .messageDecodingFailure, .unexpectedBackendMessage:
                return "what answered there does not speak PostgreSQL's protocol"
            default: return "\(error.code)"
            }
        }
        if let error = error as? PostgresError {
            if case .connectionClosed = error { return "the connection was closed" }
            return error.description
        }
        return describe(error)
    }

    /// A socket or name-resolution error in words, from the text NIO gives it.
    private static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("Connection refused") {
            return "connection refused (is the server running and listening there?)"
        }
        if text.contains("NXDOMAIN") || text.contains("resolve") || text.contains("getaddrinfo") {
            return "unknown host"
        }
        if text.contains("No such file") { return "no server socket there (is the server running?)" }
        if text.contains("timed out") || text.contains("connectTimeout") { return "timed out" }
        if text.contains("Connection reset") { return "the server closed the connection" }
        if text.contains("CircuitBreakerTripped") {
            return "the server cannot be reached (every new connection failed)"
        }
        if text.contains("poolShutdown") { return "the driver is closed" }
        return text
    }

    /// The first line of a message, so every error reads as one line.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
    }
}
#endif
