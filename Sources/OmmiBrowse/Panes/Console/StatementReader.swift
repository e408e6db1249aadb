import Ommi

/// Reads the rows of console statements through the driver's cursor: the cursor of the last read
/// stays open, so reading on from where it stopped costs only the rows read; reading back
/// starts the statement again and passes over the rows before. Passing over rows keeps only the
/// last window of them, so memory stays flat whatever the size of the result.
actor StatementReader {
    private let database: Ommi
    private var open: OpenCursor?

    private struct OpenCursor {
        var pane: PaneID
        var sql: String
        var cursor: any DriverCursor
        /// The position of the next row the cursor hands out.
        var position: Int
        var columns: [String]
    }

    init(database: Ommi) {
        self.database = database
    }

    /// Closes the cursor kept open, before the database is written to.
    func close() {
        open = nil
    }

    func read(_ request: StatementRead, for pane: PaneID) async -> StatementRows {
        do {
            return try await rows(request, for: pane)
        } catch {
            return StatementRows(
                columns: [], rows: [], start: 0, reachesEnd: true, failure: EffectRunner.describe(error))
        }
    }

    private func rows(_ request: StatementRead, for pane: PaneID) async throws -> StatementRows {
        let limit = max(1, request.limit)
        let wanted: Int
        if case .from(let offset) = request.placement { wanted = offset } else { wanted = Int.max }
        // Taken out while reading, so that a read that overlaps this one opens a cursor of its own.
        var current: OpenCursor
        if let kept = open, kept.pane == pane, kept.sql == request.sql, kept.position <= wanted {
            current = kept
        } else {
            let cursor = try await database.driver.cursor(SQLStatement(request.sql))
            current = OpenCursor(pane: pane, sql: request.sql, cursor: cursor, position: 0, columns: [])
        }
        open = nil
        var window: [DynamicRow] = []
        var more = true
        // Passes over the rows before `wanted`, keeping the last `limit` of them in case the
        // result ends first, then reads `limit` rows.
        while more, current.position < wanted {
            let batch = min(limit, wanted - current.position)
            let read = try await Self.next(&current, batch)
            more = read.more
            window = Array((window + read.rows).suffix(limit))
        }
        if more, wanted != Int.max {
            (window, more) = try await Self.next(&current, limit)
        }
        if more { open = current }
        return StatementRows(
            columns: current.columns, rows: window, start: current.position - window.count, reachesEnd: !more)
    }

    /// Up to `limit` rows, noting the columns from the first, and whether rows may follow.
    private nonisolated static func next(_ current: inout OpenCursor, _ limit: Int) async throws
        -> (rows: [DynamicRow], more: Bool)
    {
        var columns = current.columns
        var rows: [DynamicRow] = []
        let more = try await current.cursor.next(limit) { row in
            if columns.isEmpty { columns = (0..<row.count).map(row.columnName) }
            rows.append(DynamicRow(values: row.values))
        }
        current.columns = columns
        current.position += rows.count
        // A cursor may say more rows could follow when the last batch was exactly full.
        return (rows, more && rows.count == limit)
    }
}
