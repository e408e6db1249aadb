#if PostgreSQL
import Foundation
import Ommi
import OmmiPostgres
import PostgresServer
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A connection that cannot be made fails with one line that says which server was tried and
/// what to check, as ``OmmiError/Kind/cannotOpen``. The test server asks for a password over
/// TCP (`Scripts/with-postgres.sh` sets it up so).
@Suite struct ConnectionErrorTests {
    /// What connecting with `configuration` throws.
    static func failure(_ configuration: PostgresConfiguration) async -> OmmiError? {
        await #expect(throws: OmmiError.self) { try await PostgresDriver.connect(configuration) }
    }

    /// A port of 127.0.0.1 that nothing listens on: one the system just handed out and took back.
    static func closedPort() throws -> Int {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw OmmiError(.driver, "no socket: errno \(errno)") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(descriptor, address, length) == 0 && getsockname(descriptor, address, &length) == 0
            }
        }
        guard bound else { throw OmmiError(.driver, "no free port: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test("nothing listening on the port: connection refused")
    func refused() async throws {
        var configuration = try PostgresServer.configuration()
        let port = try Self.closedPort()
        configuration.endpoint = .tcp(host: "127.0.0.1", port: port)
        let error = await Self.failure(configuration)
        #expect(error?.kind == .cannotOpen)
        #expect(
            error?.message
                == "cannot connect to postgres://\(configuration.user)@127.0.0.1:\(port)/\(configuration.database): "
                + "connection refused (is the server running and listening there?)")
    }

    @Test("a wrong password: authentication failed for the user")
    func wrongPassword() async throws {
        var configuration = try PostgresServer.configuration()
        configuration.password = "not the password"
        let error = await Self.failure(configuration)
        #expect(error?.kind == .cannotOpen)
        #expect(error?.sqlState == "28P01")
        #expect(
            error?.message
                == "cannot connect to \(configuration.displayName): password authentication failed for user "
                + "\"\(configuration.user)\" (check the password in the URL or PGPASSWORD)")
    }

    @Test("no password where the server asks for one: says so")
    func missingPassword() async throws {
        var configuration = try PostgresServer.configuration()
        configuration.password = nil
        let error = await Self.failure(configuration)
        #expect(error?.kind == .cannotOpen)
        #expect(
            error?.message
                == "cannot connect to \(configuration.displayName): the server asks for a password and none was given "
                + "(put it in the URL or PGPASSWORD)")
    }

    @Test("a database that does not exist: says which")
    func missingDatabase() async throws {
        let configuration = try PostgresServer.configuration(database: "no_such_database")
        let error = await Self.failure(configuration)
        #expect(error?.kind == .cannotOpen)
        #expect(error?.sqlState == "3D000")
        #expect(
            error?.message
                == "cannot connect to \(configuration.displayName): database \"no_such_database\" does not exist")
    }
}
#endif
