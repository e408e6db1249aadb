import Foundation
import Ommi
import OmmiBrowse
import OmmiSQLite

/// A database of awkward values: NULLs, commas, quotes, line breaks, escape bytes, a text that is
/// not valid UTF-8, empty values, a number in a text column, and if asked text and BLOBs longer
/// than the windows they are read in; with what it holds read back independently, by SQL's `hex()`.
struct ExportFixture {
    let database: Ommi
    let models: ModelCollection

    static let escapeColumn = "tone\u{1B}[31m\u{07}"
    /// A text longer than two read windows, whose characters straddle the windows' edges, with
    /// invalid bytes in the middle.
    static let longText: [UInt8] = {
        var bytes: [UInt8] = []
        while bytes.count < 1_700_000 { bytes += Array("é€😀a\u{1B}\"".utf8) }
        bytes.insert(contentsOf: [0xC3, 0x28, 0xFF, 0xFE], at: 900_001)
        return bytes
    }()
    static let longBlob: [UInt8] = (0..<1_000_003).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) }

    /// With `long`, a row of a long text and a long BLOB joins the short ones.
    init(long: Bool = false) async throws {
        let driver = try await SQLiteDriver.connect()
        let create = """
            CREATE TABLE Note (id INTEGER PRIMARY KEY, body TEXT, amount REAL, data BLOB, "odd,name" TEXT, \
            "\(Self.escapeColumn)" TEXT)
            """
        try await driver.execute(SQLStatement(create))
        let insert = "INSERT INTO Note VALUES (?, CAST(? AS TEXT), ?, ?, ?, ?)"
        let rows: [[DatabaseValue]] = [
            [.integer(1), .blob(Data("plain".utf8)), .real(1.5), .null, .text("a,b"), .text("x")],
            [.integer(2), .null, .null, .blob(Data([0x00, 0xFF, 0x10])), .null, .null],
            [
                .integer(3), .blob(Data("a,b \"quoted\"\nnew line\r\nend\ttab \\ back".utf8)), .real(-2.25), .null,
                .text("\"\""), .text(","),
            ],
            [
                .integer(4), .blob(Data("x\u{1B}[31m\u{07}\u{7F}\u{9B}\u{85}z".utf8)), .real(0), .null, .text("\n"),
                .null,
            ],
            [.integer(5), .blob(Data([0xC3, 0x28, 0xFF, 0xFE])), .real(3), .null, .null, .text("")],
            [.integer(6), .blob(Data()), .null, .blob(Data()), .text(""), .text("\\N")],
        ]
        let longRow: [DatabaseValue] = [
            .integer(8), .blob(Data(Self.longText)), .real(4), .blob(Data(Self.longBlob)), .null, .null,
        ]
        for row in rows + (long ? [longRow] : []) { try await driver.execute(SQLStatement(insert, row)) }
        try await driver.execute(SQLStatement("INSERT INTO Note (id, body, amount) VALUES (7, 42, 2)"))
        database = Ommi(driver)
        models = try await ModelCollection.reflect(from: database)
    }

    var schema: ModelSchema {
        get throws {
            guard let schema = models.schemas.first(where: { $0.name == "Note" }) else { throw ReadError("no Note") }
            return schema
        }
    }

    /// The column names and the rows `whereClause` selects in `orderClause`'s order, as stored,
    /// read with SQL's `typeof()` and `hex()`.
    func stored(where whereClause: String = "1", orderBy orderClause: String = "id") async throws -> [[ReadValue]] {
        let columns = try schema.selectedColumns
        let items = columns.map { name in
            let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            return "typeof(\(quoted)), hex(\(quoted)), CAST(\(quoted) AS TEXT)"
        }
        let sql = "SELECT \(items.joined(separator: ", ")) FROM Note WHERE \(whereClause) ORDER BY \(orderClause)"
        var rows: [[ReadValue]] = []
        try await database.driver.query(SQLStatement(sql)) { row in
            let values = row.values
            rows.append(
                try stride(from: 0, to: values.count, by: 3).map { index in
                    guard case .text(let type) = values[index] else { return .null }
                    guard case .text(let hex) = values[index + 1] else { throw ReadError("no hex") }
                    switch type {
                    case "text": return .text(try ExportReaders.hex(hex.utf8))
                    case "blob": return .blob(try ExportReaders.hex(hex.utf8))
                    case "null": return .null
                    default:
                        guard case .text(let number) = values[index + 2] else { throw ReadError("no number") }
                        return .number(number)
                    }
                })
        }
        return rows
    }

    /// What `--print` writes for the model's rows.
    func printed(_ format: ExportFormat, filter: String? = nil, sort: String? = nil, limit: Int? = nil) async throws
        -> Data
    {
        var data = Data()
        let output = ExportOutput { data.append($0) }
        let target = try await PaneTarget.resolve(try PanePath(parsing: "Note"), in: models, database: database)
        try await RowPrinter.print(
            target, models: models, database: database, format: format, limit: limit,
            filter: filter, sort: sort, to: output)
        return data
    }
}
