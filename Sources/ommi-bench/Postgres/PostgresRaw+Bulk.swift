#if PostgreSQL
import Foundation
import PostgresNIO

extension PostgresRaw {
    /// The items with `COPY … FROM STDIN`, PostgreSQL's fastest way in, in one transaction.
    func copy(_ items: [Item]) async throws {
        _ = try await connection.simpleQuery("BEGIN").get()
        try await connection.copyFrom(table: "Item", columns: ["id", "title", "n"], logger: logger) { writer in
            var buffer = ByteBuffer()
            for item in items {
                buffer.writeString("\(item.id)\t\(Self.copyText(item.title))\t\(item.n)\n")
                if buffer.readableBytes > 1 << 16 {
                    try await writer.write(buffer)
                    buffer.clear()
                }
            }
            if buffer.readableBytes > 0 { try await writer.write(buffer) }
        }
        _ = try await connection.simpleQuery("COMMIT").get()
    }

    /// The items one statement a row, each a prepared insert, in one transaction: how every
    /// insert reached the server before the driver sent many rows a statement.
    func insertOneByOne(_ items: [Item]) async throws {
        _ = try await connection.simpleQuery("BEGIN").get()
        for item in items {
            for try await _ in try await connection.execute(
                Prepared<InsertItem>(item.id, item.title, item.n), logger: logger)
            {}
        }
        _ = try await connection.simpleQuery("COMMIT").get()
    }

    /// `text` as a field of `COPY`'s text format, its backslashes, tabs and line breaks escaped.
    private static func copyText(_ text: String) -> String {
        guard text.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return text }
        return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }
}
#endif
