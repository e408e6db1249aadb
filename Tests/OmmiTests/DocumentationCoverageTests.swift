import Foundation
import Testing

/// Every public declaration of the library and its drivers says what it is for, so Quick Help and
/// the documentation show something for each (operators included).
@Suite struct DocumentationCoverageTests {
    static let documentedModules = ["Ommi", "OmmiSQLite", "OmmiPostgres"]

    @Test func everyPublicDeclarationHasADocumentationComment() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        var declarations = 0
        var undocumented: [String] = []
        for module in Self.documentedModules {
            let folder = sources.appendingPathComponent(module)
            let files =
                FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
            for file in files {
                let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
                for (index, line) in lines.enumerated() where PublicDeclaration.starts(line) {
                    declarations += 1
                    if !PublicDeclaration.isDocumented(at: index, in: lines) {
                        undocumented.append("\(module)/\(file.lastPathComponent):\(index + 1): \(line.trimmed)")
                    }
                }
            }
        }
        #expect(declarations > 300, "the scan found only \(declarations) public declarations under \(sources.path)")
        #expect(
            undocumented.isEmpty, "public declarations without a /// comment:\n\(undocumented.joined(separator: "\n"))")
    }

    @Test func theScanTellsDocumentedFromUndocumented() {
        let source = """
            /// Documented.
            @inlinable
            public func documented() {}
            @available(
                *, unavailable, message: "not (this)")
            public init(bare: Int) {}
            public static func == (lhs: A, rhs: A) -> Bool { true }
            /// Documented across an attribute spanning lines.
            @available(
                *, deprecated)
            public var old: Int { 0 }
            public import Foundation
            open = candidate.parent
            """.components(separatedBy: "\n")
        let found = source.indices.filter { PublicDeclaration.starts(source[$0]) }
        #expect(found == [2, 5, 6, 10])
        #expect(found.map { PublicDeclaration.isDocumented(at: $0, in: source) } == [true, false, false, true])
    }
}

/// Reading declarations out of Swift source, line by line, as the project writes them.
enum PublicDeclaration {
    static let keywords: Set<String> = [
        "func", "var", "let", "init", "struct", "class", "enum", "protocol", "typealias", "static", "subscript",
        "final", "mutating", "prefix", "postfix", "convenience", "indirect", "actor", "nonisolated", "override",
        "required", "lazy", "associatedtype", "private(set)", "consuming", "borrowing", "macro", "case",
    ]

    /// Whether the line declares something public or open (imports and extensions aside).
    static func starts(_ line: String) -> Bool {
        let words = line.trimmed.split(separator: " ").map(String.init)
        guard let index = words.firstIndex(where: { !$0.hasPrefix("@") }), index + 1 < words.count,
            words[index] == "public" || words[index] == "open"
        else { return false }
        let keyword = words[index + 1].prefix { $0 != "(" && $0 != "<" }
        return keywords.contains(String(keyword))
    }

    /// Whether a `///` comment (or the end of a `/** */` one) comes before the declaration at
    /// `index`, above any attributes, however many lines they take.
    static func isDocumented(at index: Int, in lines: [String]) -> Bool {
        var open = 0
        var above = index - 1
        while above >= 0 {
            let line = lines[above].trimmed
            if line.hasPrefix("///") || line.hasSuffix("*/") { return true }
            open += line.filter { $0 == ")" }.count - line.filter { $0 == "(" }.count
            guard line.hasPrefix("@") || (open > 0 && !line.isEmpty) else { return false }
            above -= 1
        }
        return false
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
