#if PostgreSQL
import Ommi
import PostgresNIO
import Synchronization

/// The rows of a statement read whole, handed out a batch at a time: the cursor of a statement
/// that no server-side cursor can read (see ``PostgresCursor``), so the connection is free for
/// other statements while the caller works through it.
final class PostgresResultCursor: DriverCursor {
    private let remaining: Mutex<ArraySlice<PostgresRow>>

    init(rows: [PostgresRow]) {
        remaining = Mutex(rows[...])
    }

    func next(_ limit: Int, _ visit: (Row) throws -> Void) async throws -> Bool {
        let batch = remaining.withLock { rows in
            let batch = rows.prefix(limit)
            rows = rows.dropFirst(batch.count)
            return batch
        }
        if let first = batch.first {
            let reader = PostgresRowReader(first)
            for row in batch {
                reader.read(row)
                try visit(Row(reader: reader))
            }
        }
        return remaining.withLock { !$0.isEmpty }
    }
}
#endif
