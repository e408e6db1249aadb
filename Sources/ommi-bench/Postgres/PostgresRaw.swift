#if PostgreSQL
import Ommi
import OmmiPostgres
import PostgresNIO

/// The raw contender on PostgreSQL: one postgres-nio connection, each statement a
/// ``PostgresPreparedStatement`` that postgres-nio prepares on first use and then only binds and
/// executes, values bound in binary, rows decoded with postgres-nio's decoders; `BEGIN` …
/// `COMMIT` wherever the ORM works in a transaction.
final class PostgresRaw: RawContender {
    let connection: PostgresConnection
    let logger: Logger

    private init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    /// Connects as the driver does: same server, user, database and encryption, logging only
    /// what is critical.
    static func connect(_ configuration: PostgresConfiguration) async throws -> PostgresRaw {
        let logger = quietLogger
        let tls: PostgresConnection.Configuration.TLS =
            configuration.requiresTLS ? .require(try NIOSSLContext(configuration: unverifiedTLS)) : .disable
        let settings: PostgresConnection.Configuration =
            switch configuration.endpoint {
            case .tcp(let host, let port):
                .init(
                    host: host, port: port, username: configuration.user, password: configuration.password,
                    database: configuration.database, tls: tls)
            case .socket(let path):
                .init(
                    unixSocketPath: path, username: configuration.user, password: configuration.password,
                    database: configuration.database)
            }
        let connection = try await PostgresConnection.connect(configuration: settings, id: 1, logger: logger)
        return PostgresRaw(connection: connection, logger: logger)
    }

    /// A logger of only what is critical, as the driver logs.
    static var quietLogger: Logger {
        var logger = Logger(label: "ommi-bench.raw")
        logger.logLevel = .critical
        return logger
    }

    /// A `PostgresClient` for the server, user, database and encryption the driver connects to,
    /// with a pool of `configuration.poolSize` connections.
    static func poolConfiguration(_ configuration: PostgresConfiguration) throws -> PostgresClient.Configuration {
        var settings: PostgresClient.Configuration =
            switch configuration.endpoint {
            case .tcp(let host, let port):
                .init(
                    host: host, port: port, username: configuration.user, password: configuration.password,
                    database: configuration.database,
                    tls: configuration.requiresTLS ? .require(unverifiedTLS) : .disable)
            case .socket(let path):
                .init(
                    unixSocketPath: path, username: configuration.user, password: configuration.password,
                    database: configuration.database)
            }
        settings.options.additionalStartupParameters = [("TimeZone", "UTC"), ("application_name", "ommi")]
        settings.options.maximumConnections = configuration.poolSize
        return settings
    }

    /// Encryption without checking the server's certificate, as the driver encrypts.
    static var unverifiedTLS: TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = .none
        return configuration
    }

    func close() async {
        try? await connection.close()
    }

    /// The items many to a statement, as the driver sends them (``BenchSQL/itemBatches(_:)``),
    /// each text prepared once.
    func insert(_ items: [Item]) async throws {
        try await transaction {
            var prepared: [Int: PostgresNIO.PreparedQuery] = [:]
            var start = 0
            for size in BenchSQL.itemBatches(items.count) {
                if prepared[size] == nil {
                    prepared[size] = try await connection.prepare(query: BenchSQL.insertItems(rows: size)).get()
                }
                var values: [PostgresData] = []
                values.reserveCapacity(size * 3)
                for item in items[start..<(start + size)] {
                    values += [PostgresData(int: item.id), PostgresData(string: item.title), PostgresData(int: item.n)]
                }
                _ = try await prepared[size]?.execute(values).get()
                start += size
            }
        }
    }

    func allItems() async throws -> [Item] {
        try await rows(Prepared<SelectItems>())
    }

    func items(keys: [Int]) async throws -> [Item] {
        try await transaction {
            var items: [Item] = []
            items.reserveCapacity(keys.count)
            for key in keys {
                guard let item = try await rows(Prepared<SelectItemByKey>(key, 1)).first else {
                    throw BenchError("fetch_by_key: no Item \(key)")
                }
                items.append(item)
            }
            return items
        }
    }

    func itemPages(lows: [Int], width: Int, limit: Int) async throws -> [[Item]] {
        var pages: [[Item]] = []
        pages.reserveCapacity(lows.count)
        for low in lows { pages.append(try await rows(Prepared<SelectItemRange>(low, low + width, limit))) }
        return pages
    }

    func updateItems(_ changes: [(key: Int, n: Int)]) async throws -> Int {
        try await transaction {
            var changed = 0
            for (key, number) in changes {
                changed += try await count(Prepared<UpdateItem>(number, key))
            }
            return changed
        }
    }

    func deleteItems(keys: [Int]) async throws -> Int {
        try await transaction {
            var deleted = 0
            for key in keys {
                deleted += try await count(Prepared<DeleteItem>(key))
            }
            return deleted
        }
    }

    func saveItems(_ items: [Item]) async throws -> Int {
        try await transaction {
            for item in items { _ = try await rows(Prepared<SaveItem>(item.id, item.title, item.n)) }
            return items.count
        }
    }

    func allItemRows() async throws -> [DynamicRow] {
        try await rows(Prepared<SelectItemRows>())
    }

    func postsWithComments(eagerly: Bool) async throws -> [(Post, [Comment])] {
        eagerly ? try await eager(Prepared<CommentsOfAllPosts>()) : try await lazy(CommentsOfPost.self)
    }

    func postsWithTags(eagerly: Bool) async throws -> [(Post, [Tag])] {
        eagerly ? try await eager(Prepared<TagsOfAllPosts>()) : try await lazy(TagsOfPost.self)
    }

    func numberAggregates() async throws -> (sum: Int, counts: [GroupCount<Int>]) {
        guard let sum = try await rows(Prepared<SumOfNumbers>()).first else {
            throw BenchError("\(SumOfNumbers.sql) returned no row")
        }
        return (sum, try await rows(Prepared<CountsOfNumbers>()))
    }

    func itemTableChecksum() async throws -> Int {
        let rows = try await connection.query(PostgresQuery(unsafeSQL: ItemData.tableChecksumSQL), logger: logger)
        for try await checksum in rows.decode(Int.self) { return checksum }
        throw BenchError("\(ItemData.tableChecksumSQL) returned no row")
    }

    /// Every post, then one query per post for its related rows.
    private func lazy<Text: RawText>(_ text: Text.Type) async throws -> [(Post, [Text.Row])] {
        let posts = try await rows(Prepared<SelectPosts>())
        var loaded: [(Post, [Text.Row])] = []
        loaded.reserveCapacity(posts.count)
        for post in posts { loaded.append((post, try await rows(Prepared<Text>(post.id)))) }
        return loaded
    }

    /// Every post, then one query for the related rows of all of them, grouped by the post key
    /// that leads each row.
    private func eager<Text: RawText, Related>(_ statement: Prepared<Text>) async throws -> [(Post, [Related])]
    where Text.Row == (Int, Related) {
        let posts = try await rows(Prepared<SelectPosts>())
        var grouped: [Int: [Related]] = [:]
        for try await (post, related) in try await connection.execute(statement, logger: logger) {
            grouped[post, default: []].append(related)
        }
        return posts.map { ($0, grouped[$0.id] ?? []) }
    }

    private func rows<Statement: PostgresPreparedStatement>(_ statement: Statement) async throws -> [Statement.Row] {
        var rows: [Statement.Row] = []
        for try await row in try await connection.execute(statement, logger: logger) { rows.append(row) }
        return rows
    }

    /// Runs `body` between `BEGIN` and `COMMIT`, sent as the driver sends them.
    private func transaction<T>(_ body: () async throws -> T) async throws -> T {
        _ = try await connection.simpleQuery("BEGIN").get()
        let result = try await body()
        _ = try await connection.simpleQuery("COMMIT").get()
        return result
    }

    /// Runs a write that selects how many rows it changed.
    private func count<Text: CountText>(_ statement: Prepared<Text>) async throws -> Int {
        guard let count = try await rows(statement).first else { throw BenchError("\(Text.sql) returned no count") }
        return count
    }
}
#endif
