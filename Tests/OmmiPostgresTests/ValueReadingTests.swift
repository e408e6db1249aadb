#if PostgreSQL
import Foundation
import Ommi
import OmmiPostgres
import Testing

/// Values of PostgreSQL types that no `@Model` creates, as the browser reads them from a
/// reflected table: numbers of every size keep their class; exact decimals, dates, times,
/// intervals, UUIDs, JSON, enums and arrays read as the very text the server writes for them
/// (`value::text`); a type the driver does not know reads as its bytes.
@Suite struct ValueReadingTests {
    /// A column of one type, and its values as read and as the server writes them.
    struct Column {
        let field: FieldSchema
        let values: [DatabaseValue]
        let serverTexts: [DatabaseValue]
    }

    /// Reflects a table whose column `value` has type `type` and holds `literals`, in order, after
    /// running `setup`, and reads the column back.
    static func column(_ type: String, _ literals: [String], after setup: [String] = []) async throws -> Column {
        let quoted = literals.map { "('" + $0.replacingOccurrences(of: "'", with: "''") + "')" }
        let reflected = try await ReflectedDatabase.make(
            setup + [
                "CREATE TABLE sample (id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY, value \(type))",
                "INSERT INTO sample (value) VALUES " + quoted.joined(separator: ", "),
            ])
        let model = try reflected.model("sample")
        let rows = try await model.rows(order: [SortKey(model.column("id"))])
        let texts = try await reflected.fixture.rows("SELECT value::text FROM sample ORDER BY id")
        return Column(
            field: model.schema.fields[1], values: rows.map { $0.values[1] }, serverTexts: texts.map { $0[0] })
    }

    @Test("NUMERIC reads as its exact text, with its scale, NaN and the infinities")
    func numeric() async throws {
        let plain = try await Self.column(
            "NUMERIC",
            ["12345678901234567890.123456789", "-0.001", "0.00000000000000000001", "100000", "0", "NaN", "Infinity"])
        #expect(
            plain.values == [
                "12345678901234567890.123456789", "-0.001", "0.00000000000000000001", "100000", "0", "NaN", "Infinity",
            ])
        #expect(plain.values == plain.serverTexts)
        #expect(plain.field.type == .any && plain.field.declaredType == "numeric")
        let money = try await Self.column("NUMERIC(8,2)", ["12.5", "0", "-7", "123456.789"])
        #expect(money.values == ["12.50", "0.00", "-7.00", "123456.79"])
    }

    @Test("BOOLEAN reads as true and false, as the server writes them, and takes them back in a filter")
    func booleans() async throws {
        let flags = try await Self.column("BOOLEAN", ["t", "false", "yes"])
        #expect(flags.values == ["true", "false", "true"])
        #expect(flags.values == flags.serverTexts)
        #expect(flags.field.type == .text)
    }

    @Test("DATE reads as YYYY-MM-DD, and its infinities by name")
    func dates() async throws {
        let dates = try await Self.column(
            "DATE", ["2024-02-29", "1999-12-31", "2000-01-01", "1969-07-20", "infinity", "-infinity"])
        #expect(dates.values == ["2024-02-29", "1999-12-31", "2000-01-01", "1969-07-20", "infinity", "-infinity"])
        #expect(dates.values == dates.serverTexts)
        #expect(dates.field.type == .text)
    }

    @Test("TIMESTAMP without a time zone reads as the same text and decodes as a Date")
    func timestamps() async throws {
        let stamps = try await Self.column(
            "TIMESTAMP", ["2024-05-01 10:00:00.123456", "1999-12-31 23:59:59", "1900-01-01 00:00:00.5", "infinity"])
        #expect(stamps.values == stamps.serverTexts)
        let first = try #require(Date.fromDatabaseValue(stamps.values[0]))
        #expect((first.timeIntervalSince1970 * 1_000_000).rounded() == 1_714_557_600_123_456)
        let zoned = try await Self.column("TIMESTAMPTZ", ["2024-05-01 12:00:00.5+02"])
        #expect(zoned.values == ["2024-05-01 10:00:00.5"])
    }

    @Test("TIME, TIME WITH TIME ZONE and INTERVAL read as the server writes them")
    func timesAndIntervals() async throws {
        let times = try await Self.column("TIME", ["04:05:06.5", "00:00:00", "24:00:00", "23:59:59.999999"])
        #expect(times.values == times.serverTexts)
        let zoned = try await Self.column("TIMETZ", ["04:05:06+02", "04:05:06.25-03:30", "12:00:00+00"])
        #expect(zoned.values == zoned.serverTexts)
        let intervals = try await Self.column(
            "INTERVAL",
            [
                "1 year 2 months 3 days 04:05:06.5", "-1 days +02:00:00", "0", "-04:05:06", "1 mon -1 day", "100 hours",
                "-1 year -2 mons", "00:00:00.000001", "3 days",
            ])
        #expect(intervals.values[0] == "1 year 2 mons 3 days 04:05:06.5")
        #expect(intervals.values == intervals.serverTexts)
    }

    @Test("UUID reads as lowercase text; JSONB as the server normalises it, JSON as written")
    func uuidAndJSON() async throws {
        let ids = try await Self.column(
            "UUID", ["A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11", "00000000-0000-0000-0000-000000000000"])
        #expect(ids.values == ["a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "00000000-0000-0000-0000-000000000000"])
        #expect(ids.field.type == .text)
        let documents = try await Self.column("JSONB", [#"{"b": 1, "a": [1, 2.50, "x", null]}"#, #""text""#, "[]"])
        #expect(documents.values[0] == #"{"a": [1, 2.50, "x", null], "b": 1}"#)
        #expect(documents.values == documents.serverTexts)
        let written = try await Self.column("JSON", [#"{"b":1,   "a":2}"#])
        #expect(written.values == [#"{"b":1,   "a":2}"#])
    }

    @Test("SMALLINT and INTEGER read as integers to their limits; REAL as the decimal it shows")
    func numbers() async throws {
        let small = try await Self.column("SMALLINT", ["-32768", "32767"])
        #expect(small.values == [-32768, 32767] && small.field.type == .integer)
        let whole = try await Self.column("INTEGER", ["-2147483648", "2147483647"])
        #expect(whole.values == [-2_147_483_648, 2_147_483_647] && whole.field.type == .integer)
        let reals = try await Self.column("REAL", ["0.1", "-1.5", "3.4028235e+38", "Infinity"])
        #expect(reals.values == [0.1, -1.5, 3.4028235e38, .real(.infinity)] && reals.field.type == .real)
        let domain = try await Self.column(
            "positive", ["5"], after: ["CREATE DOMAIN positive AS INTEGER CHECK (VALUE > 0)"])
        #expect(domain.values == [5] && domain.field.type == .integer && domain.field.declaredType == "positive")
    }

    @Test("an enum reads as its label")
    func enums() async throws {
        let moods = try await Self.column(
            "mood", ["happy", "sad"], after: ["CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')"])
        #expect(moods.values == ["happy", "sad"])
        #expect(moods.field.type == .text && moods.field.declaredType == "mood")
    }

    @Test("arrays read as PostgreSQL's array text, of any element type and any number of dimensions")
    func arrays() async throws {
        let integers = try await Self.column("INTEGER[]", ["{1,2,NULL}", "{}", "{{1,2},{3,4}}", "[0:1]={7,8}"])
        #expect(integers.values == ["{1,2,NULL}", "{}", "{{1,2},{3,4}}", "[0:1]={7,8}"])
        #expect(integers.field.type == .text)
        let texts = try await Self.column("TEXT[]", [#"{"a b","c,d","",quote\"s,"back\\slash",NULL,"NULL",plain}"#])
        #expect(texts.values == [#"{"a b","c,d","","quote\"s","back\\slash",NULL,"NULL",plain}"#])
        let setup = ["CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')"]
        let others: [(String, [String])] = [
            ("BOOLEAN[]", ["{t,f,NULL}"]), ("mood[]", ["{sad,happy}"]), ("BYTEA[]", [#"{"\\x00ff",NULL}"#]),
            ("NUMERIC[]", ["{1.50,NaN,-3}"]), ("DATE[]", ["{2024-02-29,infinity}"]),
            ("TIMESTAMP[]", [#"{"2024-05-01 10:00:00.5"}"#]), ("DOUBLE PRECISION[]", ["{1.5,-0.25,100,Infinity}"]),
            ("UUID[]", ["{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}"]), ("JSONB[]", [#"{"{\"a\": 1}"}"#]),
            ("SMALLINT[]", ["{{{1}},{{2}}}"]), ("INTERVAL[]", [#"{"1 day",-00:00:01}"#]),
        ]
        for (type, literals) in others {
            let column = try await Self.column(type, literals, after: setup)
            #expect(column.values == column.serverTexts, "\(type)")
        }
    }

    @Test("a type the driver does not know reads as its bytes")
    func unknownTypes() async throws {
        let points = try await Self.column("POINT", ["(1,2)"])
        #expect(points.values == [.blob(Data([0x3F, 0xF0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0]))])
        #expect(points.field.type == .any)
    }
}
#endif
