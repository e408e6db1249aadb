import Foundation
import Ommi
import OmmiBrowse
import OmmiSQLite
import Testing

/// The table a ``Migrator`` records its migrations in is an ordinary table to the browser.
@Suite("ommi-browse and ommi_migrations")
struct MigrationsTableTests {
    @Test("--schema lists ommi_migrations beside the application's tables")
    func listed() async throws {
        let path = try await databaseFile(SchemaCommandTests.blog)
        var migrator = Migrator()
        migrator.register("tag colours") { migration in
            try await migration.addColumn(FieldSchema(name: "colour", type: .text, isNullable: true), to: "Tag")
        }
        try await migrator.migrate(Ommi(SQLiteDriver.connect(path: path)))
        let outcome = try BrowserProcess.run([path, "--schema", "--json"])
        #expect(outcome.status == 0)
        let report = try JSONDecoder().decode(SchemaReport.self, from: Data(outcome.output.utf8))
        #expect(report.models.map(\.name).sorted() == ["Post", "PostTag", "Tag", Migrator.tableName].sorted())
    }
}
