/// The models of a query as an asynchronous sequence, read through a driver cursor a batch at a
/// time, so memory stays flat however many rows there are.
public struct ModelStream<M: Model>: AsyncSequence, Sendable {
    /// Each element is one model.
    public typealias Element = M
    let query: Query<M>
    let batchSize: Int

    /// An iterator that opens the query's cursor at its first `next()`.
    public func makeAsyncIterator() -> Iterator {
        Iterator(query: query, batchSize: Swift.max(1, batchSize))
    }

    /// Reads the models a batch at a time, holding one batch in memory.
    public struct Iterator: AsyncIteratorProtocol {
        let query: Query<M>
        let batchSize: Int
        var cursor: (any DriverCursor)?
        var buffer: [M] = []
        var position = 0
        var exhausted = false

        init(query: Query<M>, batchSize: Int) {
            self.query = query
            self.batchSize = batchSize
        }

        /// The next model, reading the next batch when the last is used up; nil after the last row.
        public mutating func next() async throws -> M? {
            while position == buffer.count {
                if exhausted { return nil }
                let database = query.database
                if cursor == nil {
                    cursor = try await database.driver.cursor(try database.compiler.select(query.selectQuery))
                }
                var batch: [M] = []
                let more = try await cursor?.next(batchSize) { row in batch.append(try M(row: row)) } ?? false
                if !M.schema.relations.isEmpty {
                    for index in batch.indices { database.bind(&batch[index]) }
                }
                exhausted = !more
                buffer = batch
                position = 0
            }
            defer { position += 1 }
            return buffer[position]
        }
    }
}
