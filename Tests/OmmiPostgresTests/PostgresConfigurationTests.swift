#if PostgreSQL
import Ommi
import OmmiPostgres
import Testing

/// How `postgres://` URLs and the `PG*` variables name a server, as libpq reads them.
@Suite struct PostgresConfigurationTests {
    @Test func urlGivesEveryPart() throws {
        let configuration = try PostgresConfiguration(
            url: "postgres://ann:s%40cret@db.example:6543/shop?sslmode=require", environment: [:])
        #expect(configuration.endpoint == .tcp(host: "db.example", port: 6543))
        #expect(configuration.user == "ann")
        #expect(configuration.password == "s@cret")
        #expect(configuration.database == "shop")
        #expect(configuration.requiresTLS)
        #expect(configuration.displayName == "postgres://ann@db.example:6543/shop")
    }

    @Test func environmentFillsWhatTheURLLeavesOut() throws {
        let environment = [
            "PGHOST": "10.0.0.5", "PGPORT": "5999", "PGUSER": "bob", "PGPASSWORD": "pw", "PGDATABASE": "sales",
        ]
        let bare = try PostgresConfiguration(url: "postgresql://", environment: environment)
        #expect(bare.endpoint == .tcp(host: "10.0.0.5", port: 5999))
        #expect(bare.user == "bob")
        #expect(bare.password == "pw")
        #expect(bare.database == "sales")
        let partial = try PostgresConfiguration(url: "postgres://carol@/archive", environment: environment)
        #expect(partial.user == "carol")
        #expect(partial.database == "archive")
        #expect(partial.endpoint == .tcp(host: "10.0.0.5", port: 5999))
    }

    @Test func defaultsFollowLibpq() throws {
        let configuration = try PostgresConfiguration(url: "postgres://", environment: ["USER": "dana"])
        #expect(configuration.endpoint == .tcp(host: "localhost", port: 5432))
        #expect(configuration.user == "dana")
        #expect(configuration.database == "dana")
        #expect(configuration.password == nil)
        #expect(!configuration.requiresTLS)
    }

    @Test func aFolderHostIsAUnixSocket() throws {
        let configuration = try PostgresConfiguration(
            url: "postgres:///notes", environment: ["PGHOST": "/var/run/postgresql", "PGUSER": "eve"])
        #expect(configuration.endpoint == .socket(path: "/var/run/postgresql/.s.PGSQL.5432"))
        #expect(configuration.database == "notes")
    }

    @Test func badURLsAreRefusedInOneLine() {
        for url in ["postgres://host:99999/db", "mysql://host/db", "postgres://h/db?sslmode=verify-full"] {
            let error = #expect(throws: OmmiError.self) { try PostgresConfiguration(url: url, environment: [:]) }
            #expect(error?.kind == .cannotOpen)
            #expect(error?.message.contains("\n") == false)
        }
    }
}
#endif
