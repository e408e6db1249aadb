import Foundation
import Ommi

/// The database of one conformance test. Files the driver created for it are removed when the
/// test lets go of it.
final class ConformanceDatabase: Sendable {
    let db: Ommi
    /// A folder that holds only this database's files, if the driver keeps any.
    private let folder: URL?
    /// What else must live as long as the database (a server's database made for the test).
    private let resource: (any Sendable)?

    init(_ db: Ommi, folder: URL? = nil, keeping resource: (any Sendable)? = nil) {
        self.db = db
        self.folder = folder
        self.resource = resource
    }

    deinit {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// Runs a statement written in the driver's own dialect: identifiers in `sql` are written as
    /// `{name}` and come out quoted the driver's way, so a test's raw SQL stays portable.
    @discardableResult
    func execute(_ sql: String) async throws -> Int {
        try await db.driver.execute(SQLStatement(quotingBraces(sql)))
    }

    /// The text with every `{identifier}` quoted in the driver's dialect.
    private func quotingBraces(_ sql: String) -> String {
        var output = ""
        var rest = Substring(sql)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            output += rest[..<open]
            output += db.driver.dialect.quote(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }

    /// The names of the tables the database holds now, as the driver reads its schema.
    func tableNames() async throws -> Set<String> {
        Set(try await db.driver.introspect().map(\.tableName))
    }
}
