import Ommi

/// A window of a frequency table to read, and whether to count the whole table too.
public struct FrequencyRequest: Sendable {
    public var schema: ModelSchema
    public var column: String
    public var condition: Condition?
    public var offset: Int
    public var limit: Int
    /// Count the distinct values and their rows as well (the first read and reloads).
    public var counting: Bool
}

/// A window of a frequency table as read, or why it could not be.
public struct FrequencyWindow: Sendable {
    public var entries: [GroupCount<DatabaseValue>]
    public var start: Int
    /// The distinct values and the rows they are counted in, when the read counted them.
    public var distinct: Int?
    public var rows: Int?
    /// What went wrong, when the read failed.
    public var failure: String?
}

extension RowReaderService {
    /// A window of a frequency table, with its length and total when asked; a failure is part of
    /// the answer, for the pane to stop waiting.
    func frequencies(_ request: FrequencyRequest) async -> FrequencyWindow {
        let model = DynamicModel(schema: request.schema, database: database, catalog: catalog)
        let query = model.query(where: request.condition)
        do {
            let entries = try await model.frequencies(
                of: request.column, in: query, limit: request.limit, offset: request.offset)
            let counted = request.counting ? try await model.distinctValues(of: request.column, in: query) : nil
            return FrequencyWindow(
                entries: entries, start: request.offset, distinct: counted?.values, rows: counted?.rows)
        } catch {
            return FrequencyWindow(entries: [], start: request.offset, failure: EffectRunner.describe(error))
        }
    }
}
