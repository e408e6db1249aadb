import Foundation
import Ommi
import OmmiBrowse
import Testing

/// `--print` in every format, read back with readers written from the formats' definitions and
/// compared with the bytes the database holds.
@Suite("Exports read back as stored")
struct RowExportTests {
    /// The values a format can tell apart: TSV has no numbers, only their text.
    static func expected(_ rows: [[ReadValue]], in format: ExportFormat) -> [[ReadValue]] {
        guard format == .tsv else { return rows }
        return rows.map {
            $0.map { value in if case .number(let text) = value { .text(Array(text.utf8)) } else { value } }
        }
    }

    /// The header and rows an export holds.
    static func read(_ data: Data, as format: ExportFormat) throws -> (columns: [String], rows: [[ReadValue]]) {
        switch format {
        case .tsv:
            let lines = try ExportReaders.tsv(data)
            let columns = try (lines.first ?? []).map { value -> String in
                guard case .text(let bytes) = value else { throw ReadError("a header field is not text") }
                return String(decoding: bytes, as: UTF8.self)
            }
            return (columns, Array(lines.dropFirst()))
        case .csv:
            let records = try ExportReaders.csv(data)
            let columns = (records.first ?? []).map { String(decoding: $0.bytes, as: UTF8.self) }
            return (columns, try records.dropFirst().map { try $0.map(ExportReaders.csvValue) })
        case .json, .jsonl:
            let objects: [Any]
            if format == .json {
                objects = try JSONSerialization.jsonObject(with: data) as? [Any] ?? []
            } else {
                let lines = data.split(separator: 0x0A)
                objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0)) }
            }
            return try keyed(objects)
        }
    }

    private static func keyed(_ objects: [Any]) throws -> (columns: [String], rows: [[ReadValue]]) {
        var columns: [String] = []
        var rows: [[ReadValue]] = []
        for object in objects {
            guard let members = object as? [String: Any] else { throw ReadError("a row is not an object") }
            if columns.isEmpty { columns = members.keys.sorted() }
            rows.append(try columns.map { key in try ExportReaders.jsonValue(members[key] as Any) })
        }
        return (columns, rows)
    }

    @Test("every format gives back every stored byte", arguments: ExportFormat.allCases)
    func roundTrip(format: ExportFormat) async throws {
        let fixture = try await ExportFixture(long: true)
        let data = try await fixture.printed(format)
        let (columns, rows) = try Self.read(data, as: format)
        let schemaColumns = try fixture.schema.selectedColumns
        var stored = Self.expected(try await fixture.stored(), in: format)
        if format == .json || format == .jsonl {
            let order = schemaColumns.enumerated().sorted { $0.element < $1.element }.map(\.offset)
            stored = stored.map { row in order.map { row[$0] } }
            #expect(columns == schemaColumns.sorted())
        } else {
            #expect(columns == schemaColumns)
        }
        #expect(rows.count == stored.count)
        for (read, expected) in zip(rows, stored) {
            #expect(read == expected)
        }
    }

    @Test("a sorted export, read as one statement, still reads long values a window at a time")
    func sortedWithLongValues() async throws {
        let fixture = try await ExportFixture(long: true)
        let rows = try Self.read(try await fixture.printed(.csv, sort: "-amount"), as: .csv).rows
        #expect(rows == (try await fixture.stored(orderBy: "amount DESC, id")))
    }

    @Test("TSV and JSON carry no raw control character; CSV and JSON Lines end their records as defined")
    func noRawControls() async throws {
        let fixture = try await ExportFixture()
        let tsv = try await fixture.printed(.tsv)
        #expect(!tsv.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A || $0 == 0x7F })
        #expect(String(decoding: tsv, as: UTF8.self).contains("x\\x1b[31m\\x07\\x7f\\xc2\\x9b\\xc2\\x85z"))
        let json = try await fixture.printed(.json)
        #expect(!json.contains { $0 < 0x20 && $0 != 0x0A || $0 == 0x7F })
        #expect(!String(decoding: json, as: UTF8.self).unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
        let jsonl = try await fixture.printed(.jsonl)
        #expect(jsonl.split(separator: 0x0A).count == (try await fixture.stored()).count)
    }

    @Test("--where and --sort select and order as SQL does, in every format", arguments: ExportFormat.allCases)
    func filteredAndSorted(format: ExportFormat) async throws {
        let fixture = try await ExportFixture()
        let data = try await fixture.printed(format, filter: "amount > 0 or body is null", sort: "-amount,ID")
        let stored = try await fixture.stored(where: "amount > 0 OR body IS NULL", orderBy: "amount DESC, id")
        let rows = try Self.read(data, as: format).rows
        #expect(!stored.isEmpty)
        #expect(rows.count == stored.count)
        let idColumn =
            format == .json || format == .jsonl ? try fixture.schema.selectedColumns.sorted().firstIndex(of: "id") : 0
        let ids = rows.map { $0[idColumn ?? 0] }
        let expectedIDs = Self.expected(stored, in: format).map { $0[0] }
        #expect(ids == expectedIDs)
    }

    @Test("--limit stops early and an empty result is still a whole document")
    func limitAndEmpty() async throws {
        let fixture = try await ExportFixture()
        let limited = try Self.read(try await fixture.printed(.csv, limit: 2), as: .csv).rows
        #expect(limited == Array(try await fixture.stored().prefix(2)))
        let empty = try await fixture.printed(.json, filter: "id < 0")
        #expect((try JSONSerialization.jsonObject(with: empty) as? [Any])?.isEmpty == true)
    }

    @Test("a sort or filter naming no column is one clear error")
    func unknownColumn() async throws {
        let fixture = try await ExportFixture()
        await #expect(throws: SortListError.self) { try await fixture.printed(.tsv, sort: "amount,-nope") }
        await #expect(throws: SortListError.self) { try await fixture.printed(.tsv, sort: "amount,") }
        await #expect(throws: FilterError.self) { try await fixture.printed(.tsv, filter: "nope > 1") }
    }
}
