import Foundation
import Ommi
import OmmiBrowse
import Testing

/// `--schema` text spells out control characters in names.
@Suite("Schema text escapes")
struct SchemaTextEscapeTests {
    @Test("table and column names with ESC and BEL print visibly, one line each")
    func escapedNames() async throws {
        let database = try await BrowserDatabase([
            "CREATE TABLE \"Evil\u{1B}]0;title\u{07}\" (id INTEGER PRIMARY KEY, \"col\u{1B}[31m\" TEXT, \"bell\u{07}\nline\" INTEGER)"
        ])
        defer { database.remove() }
        let text = SchemaReport(database.models).text
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        #expect(text.contains("Evil\\x1b]0;title\\x07 (key: id)"))
        #expect(text.contains("col\\x1b[31m"))
        #expect(text.contains("bell\\x07\\nline"))
    }
}
