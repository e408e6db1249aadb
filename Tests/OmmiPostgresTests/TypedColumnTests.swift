#if PostgreSQL
import Foundation
import Ommi
import OmmiPostgres
import Testing

/// One field of every Swift type a model stores, required and optional.
@Model(name: "typed_columns") struct TypedColumns {
    @Key var name: String
    var integer: Int
    var int64: Int64
    var double: Double
    var flag: Bool
    var text: String
    var bytes: Data
    var moment: Date
    var maybeInteger: Int?
    var maybeDouble: Double?
    var maybeFlag: Bool?
    var maybeText: String?
    var maybeBytes: Data?
    var maybeMoment: Date?
}

/// The tables `@Model` types set up on PostgreSQL have PostgreSQL's own column types, and every
/// value comes back from them as it was stored.
@Suite struct TypedColumnTests {
    static let models = ModelCollection(TypedColumns.self)

    /// Every byte value, once each.
    static let everyByte = Data((0...255).map(UInt8.init))
    static let unicode = "Grüße, 世界 🌍 e\u{301} עברית \u{200B}'quote' \"double\" \\ tab\t newline\n"

    /// Instants with microseconds on both sides of 1970 and of PostgreSQL's epoch, 2000-01-01,
    /// from the year 1000 to 2100.
    static let moments: [Date] = [
        Date(timeIntervalSince1970: 0),
        Date(timeIntervalSince1970: 1_700_000_000.123_456),
        Date(timeIntervalSince1970: 946_684_799.999_999),
        Date(timeIntervalSince1970: -1_234_567_890.654_321),
        Date(timeIntervalSince1970: 4_102_444_800.000_001),
        Date(timeIntervalSince1970: -30_610_224_000.5),
    ]

    static func sample(_ name: String, double: Double = 0, moment: Date = Date(timeIntervalSince1970: 0))
        -> TypedColumns
    {
        TypedColumns(
            name: name, integer: 0, int64: 0, double: double, flag: false, text: "", bytes: Data(), moment: moment,
            maybeInteger: nil, maybeDouble: nil, maybeFlag: nil, maybeText: nil, maybeBytes: nil, maybeMoment: nil)
    }

    /// Whole microseconds since 1970, the precision PostgreSQL keeps.
    static func microseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
    }

    @Test(
        "setup creates BIGINT, DOUBLE PRECISION, TEXT, BYTEA, BOOLEAN and TIMESTAMPTZ columns; optionals are nullable")
    func columnTypes() async throws {
        let fixture = try await PostgresFixture.make()
        try await Self.models.setup(on: fixture.db)
        let columns = try await fixture.rows(
            """
            SELECT column_name::text || ' ' || data_type::text || (CASE WHEN is_nullable = 'YES' THEN ' NULL' ELSE '' END)
            FROM information_schema.columns WHERE table_name = 'typed_columns' ORDER BY ordinal_position
            """)
        #expect(
            columns.map { $0[0] } == [
                "name text", "integer bigint", "int64 bigint", "double double precision", "flag boolean", "text text",
                "bytes bytea", "moment timestamp with time zone", "maybeInteger bigint NULL",
                "maybeDouble double precision NULL", "maybeFlag boolean NULL", "maybeText text NULL",
                "maybeBytes bytea NULL", "maybeMoment timestamp with time zone NULL",
            ])
    }

    @Test("reflecting the table gives back each field's column type and nullability")
    func reflectedTypes() async throws {
        let fixture = try await PostgresFixture.make()
        try await Self.models.setup(on: fixture.db)
        let reflected = try #require(try await ModelCollection.reflect(from: fixture.db).schema(named: "typed_columns"))
        let declared = TypedColumns.schema
        #expect(reflected.fields.map(\.column) == declared.fields.map(\.column))
        // Booleans read back as `true` and `false`, so reflection takes them for text.
        #expect(reflected.fields.map(\.type) == declared.fields.map { $0.declaredType == "BOOLEAN" ? .text : $0.type })
        #expect(reflected.fields.map(\.isNullable) == declared.fields.map(\.isNullable))
        #expect(reflected.keyColumns == ["name"])
    }

    @Test("integers, doubles, bytes and text at their extremes come back exactly")
    func extremes() async throws {
        let fixture = try await PostgresFixture.make()
        try await Self.models.setup(on: fixture.db)
        var largest = Self.sample("largest", double: .greatestFiniteMagnitude)
        largest.integer = .max
        largest.int64 = .max
        largest.bytes = Self.everyByte
        largest.text = Self.unicode
        largest.maybeInteger = .min
        largest.maybeDouble = -.greatestFiniteMagnitude
        largest.maybeText = ""
        largest.maybeBytes = Data()
        var smallest = Self.sample("smallest", double: .leastNonzeroMagnitude)
        smallest.integer = .min
        smallest.int64 = .min
        smallest.maybeDouble = -0.0
        let infinite = Self.sample("infinite", double: .infinity)
        let undefined = Self.sample("undefined", double: .nan)
        try await fixture.db.add(largest, smallest, infinite, undefined)

        let stored = try await fixture.db.find(TypedColumns.self).sorted(by: TypedColumns.name).all()
        #expect(stored.map(\.name) == ["infinite", "largest", "smallest", "undefined"])
        let byName = Dictionary(uniqueKeysWithValues: stored.map { ($0.name, $0) })
        let readLargest = try #require(byName["largest"])
        #expect(readLargest.integer == .max && readLargest.int64 == .max)
        #expect(readLargest.double == .greatestFiniteMagnitude)
        #expect(readLargest.bytes == Self.everyByte)
        #expect(readLargest.text == Self.unicode)
        #expect(readLargest.maybeInteger == .min)
        #expect(readLargest.maybeDouble == -.greatestFiniteMagnitude)
        #expect(readLargest.maybeText == "")
        #expect(readLargest.maybeBytes == Data())
        let readSmallest = try #require(byName["smallest"])
        #expect(readSmallest.integer == .min && readSmallest.int64 == .min)
        #expect(readSmallest.double == .leastNonzeroMagnitude)
        #expect(readSmallest.maybeDouble == 0 && readSmallest.maybeDouble?.sign == .minus)
        #expect(byName["infinite"]?.double == .infinity)
        #expect(byName["undefined"]?.double.isNaN == true)
        #expect(try await fixture.db.find(TypedColumns.text == Self.unicode).count() == 1)
    }

    @Test("the server holds real bytes, a real boolean and an instant, not text standing in for them")
    func storedAsTheirTypes() async throws {
        let fixture = try await PostgresFixture.make()
        try await Self.models.setup(on: fixture.db)
        var sample = Self.sample("one", moment: Self.moments[1])
        sample.flag = true
        sample.bytes = Self.everyByte
        try await fixture.db.add(sample)
        let row = try await fixture.rows(
            "SELECT flag::text, moment::text, octet_length(bytes), get_byte(bytes, 0), get_byte(bytes, 255) FROM typed_columns"
        )
        #expect(row == [["true", "2023-11-14 22:13:20.123456+00", 256, 0, 255]])
    }

    @Test("dates come back to the microsecond, and are compared as instants", arguments: moments)
    func dates(moment: Date) async throws {
        let fixture = try await PostgresFixture.make()
        try await Self.models.setup(on: fixture.db)
        var sample = Self.sample("dated", moment: moment)
        sample.maybeMoment = moment
        try await fixture.db.add(sample)
        let stored = try await fixture.db.find(TypedColumns.name == "dated").one()
        #expect(Self.microseconds(stored.moment) == Self.microseconds(moment))
        #expect(stored.maybeMoment.map(Self.microseconds) == Self.microseconds(moment))
        #expect(try await fixture.db.find(TypedColumns.moment == moment).count() == 1)
        #expect(try await fixture.db.find(TypedColumns.moment > moment.addingTimeInterval(-0.001)).count() == 1)
        #expect(try await fixture.db.find(TypedColumns.moment > moment).count() == 0)
    }

    @Test("a fraction finer than a microsecond rounds to the nearest one")
    func subMicrosecondFractions() async throws {
        let fixture = try await PostgresFixture.make()
        try await Self.models.setup(on: fixture.db)
        try await fixture.db.add(Self.sample("fine", moment: Date(timeIntervalSince1970: 1_700_000_000.123_456_8)))
        let stored = try await fixture.db.find(TypedColumns.name == "fine").one()
        #expect(Self.microseconds(stored.moment) == 1_700_000_000_123_457)
    }

    @Test("booleans and their absence are told apart and filter as booleans")
    func booleans() async throws {
        let fixture = try await PostgresFixture.make()
        try await Self.models.setup(on: fixture.db)
        var yes = Self.sample("yes")
        yes.flag = true
        yes.maybeFlag = true
        var no = Self.sample("no")
        no.maybeFlag = false
        try await fixture.db.add(yes, no, Self.sample("unknown"))
        let stored = try await fixture.db.find(TypedColumns.self).sorted(by: TypedColumns.name).all()
        #expect(stored.map(\.flag) == [false, false, true])
        #expect(stored.map(\.maybeFlag) == [false, nil, true])
        #expect(try await fixture.db.find(TypedColumns.flag == true).all().map(\.name) == ["yes"])
        #expect(try await fixture.db.find(TypedColumns.maybeFlag == false).all().map(\.name) == ["no"])
        #expect(try await fixture.db.find(TypedColumns.maybeFlag == nil).all().map(\.name) == ["unknown"])
    }
}
#endif
