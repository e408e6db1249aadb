import Foundation
import Ommi

/// The rows of one model, narrowed and ordered, written out in an ``ExportFormat``: read a page at
/// a time, with every long text or BLOB read a window at a time, so any number of rows and any
/// size of value are written in flat memory. `--print` and `w` in the browser both write
/// through it.
public struct RowExport: Sendable {
    public let model: DynamicModel
    public var condition: Condition?
    /// The order asked for; the key completes it so that paging never skips or repeats a row.
    public var order: [SortKey]
    /// At most this many rows, when given.
    public var limit: Int?

    /// Rows read per query: with values of up to ``inlineLimit`` bytes each, a page stays small.
    static let pageSize = 256
    /// Values longer than this are read in windows rather than with their row.
    static let inlineLimit = 4096
    /// The bytes read per window of a long value: a multiple of 3, so base64 needs no carry.
    static let windowSize = 3 << 18

    public init(model: DynamicModel, condition: Condition? = nil, order: [SortKey] = [], limit: Int? = nil) {
        self.model = model
        self.condition = condition
        self.order = order
        self.limit = limit
    }

    /// Writes every row, then flushes `output`; `progress` hears how many rows are written after
    /// each page. Returns how many rows were written. Cancelling the task stops it between pages
    /// and windows with `CancellationError`.
    @discardableResult
    public func write(_ format: ExportFormat, to output: ExportOutput, progress: (Int) -> Void = { _ in }) async throws
        -> Int
    {
        let schema = model.schema
        let encoder = ExportEncoder(format: format, columns: schema.selectedColumns)
        try output.append(encoder.header)
        let keyed = !model.query(order: order).effectiveOrder.isEmpty
        // A requested sort runs as one statement sorted once; the key's own order pages by keyset.
        let sorted =
            order.isEmpty
            ? nil
            : try await model.storedRowBatches(
                model.query(where: condition, order: order, limit: limit), inlineLimit: Self.inlineLimit)
        var written = 0
        var after: [DatabaseValue]?
        while limit.map({ written < $0 }) ?? true {
            try Task.checkCancellation()
            let size = min(Self.pageSize, (limit ?? .max) - written)
            let query = model.query(
                where: condition, order: order, limit: size, offset: keyed ? nil : written, after: after)
            let rows =
                if let sorted { try await sorted(size) } else {
                    try await model.storedRows(query, inlineLimit: Self.inlineLimit)
                }
            for row in rows {
                try output.append(encoder.rowStart(written))
                for (position, value) in row.values.enumerated() {
                    try output.append(encoder.fieldStart(position))
                    try await write(
                        value, column: schema.selectedColumns[position], of: row, query: query, encoder, output)
                }
                try output.append(encoder.rowEnd)
                written += 1
            }
            progress(written)
            guard rows.count == size, let last = rows.last else { break }
            after = keyed ? last.orderValues : nil
        }
        try output.append(encoder.footer(rows: written))
        try output.flush()
        return written
    }

    private func write(
        _ value: StoredValue, column: String, of row: StoredRow, query: SelectQuery, _ encoder: ExportEncoder,
        _ output: ExportOutput
    ) async throws {
        guard case .bytes(let bytes) = value else {
            try output.append(encoder.scalar(value))
            return
        }
        let format = encoder.format
        let read = { (offset: Int) async throws -> Data in
            if let inline = bytes.inline { return offset == 0 ? inline : Data() }
            try Task.checkCancellation()
            return try await model.storedBytes(
                ofColumn: column, in: row, query: query, from: offset, count: Self.windowSize)
        }
        var isValid = true
        if bytes.kind == .text, BytesEncoder.needsValidity(format) {
            var scanner = UTF8Scanner()
            try await forEachWindow(of: bytes, read) { window, final in scanner.scan(window, final: final) { _ in } }
            isValid = scanner.isValid
        }
        var bytesEncoder = BytesEncoder(format, kind: bytes.kind, isValidText: isValid)
        try output.append(bytesEncoder.start)
        try await forEachWindow(of: bytes, read) { window, final in
            var encoded: [UInt8] = []
            bytesEncoder.append(window, final: final, to: &encoded)
            try output.append(encoded)
        }
        try output.append(bytesEncoder.end)
    }

    /// Hands `visit` the value's bytes window by window (all at once when it came with its row).
    private func forEachWindow(
        of bytes: StoredBytes, _ read: (Int) async throws -> Data, _ visit: (Data, Bool) throws -> Void
    ) async throws {
        var offset = 0
        repeat {
            let window = try await read(offset)
            offset += window.count
            let final = window.isEmpty || offset >= bytes.count
            try visit(window, final)
            if final { return }
        } while true
    }
}
