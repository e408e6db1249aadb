import Foundation

/// The source of the demo database that `ommi-browse` opens when given no file.
public enum DemoDatabase {
    /// The statements that build the demo, one per element.
    public static var statements: [String] {
        get throws {
            guard let url = Bundle.module.url(forResource: "blog", withExtension: "sql") else {
                throw CocoaError(.fileNoSuchFile)
            }
            let source = try String(contentsOf: url, encoding: .utf8)
            return source.components(separatedBy: ";\n").compactMap { chunk in
                let lines = chunk.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("--") }
                let statement = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                return statement.isEmpty ? nil : statement
            }
        }
    }
}
