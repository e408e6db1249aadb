import Ommi
import Synchronization

/// Performs effects through the core, off the input path. Each effect answers with exactly one
/// message; the messages wait, in order of arrival, for ``takeMessages()``, and each arrival
/// calls the waker so that a loop waiting for input wakes at once. A read that a newer read of
/// the same kind for the same pane replaces is cancelled. An export also reports its progress
/// before its one message.
public final class EffectRunner: Sendable {
    public let database: Ommi
    let catalog: SchemaCatalog
    let reader: RowReaderService
    /// Reads that may scan a whole table (counts), on a connection of their own when there is
    /// one, so that they never hold up the reads a key waits for.
    let counting: RowReaderService
    let writer: RowWriter
    let statements: StatementReader
    let history: ConsoleHistory?
    private let inbox = Mutex<[Message]>([])
    private let running = Mutex<[Int: Running]>([:])
    private let counter = Atomic<Int>(0)
    private let waker = Mutex<(@Sendable () -> Void)?>(nil)
    /// The task that follows the database's changes, while the session watches them.
    let watcher = Mutex<Task<Void, Never>?>(nil)

    /// - Parameter countingDatabase: a second connection to the same database for counts; without
    ///   one, counts share `database`.
    /// - Parameter history: where console statements are kept, if anywhere.
    public init(
        database: Ommi, catalog: SchemaCatalog, countingDatabase: Ommi? = nil, history: ConsoleHistory? = nil
    ) {
        self.statements = StatementReader(database: database)
        self.history = history
        self.database = database
        self.catalog = catalog
        self.reader = RowReaderService(database: database, catalog: catalog)
        self.counting = RowReaderService(database: countingDatabase ?? database, catalog: catalog)
        self.writer = RowWriter(database: database, catalog: catalog)
    }

    /// Calls `wake` (from any thread) whenever a message arrives.
    public func wakeOnMessages(_ wake: @escaping @Sendable () -> Void) {
        waker.withLock { $0 = wake }
    }

    /// Starts an effect; its message arrives through ``takeMessages()``.
    public func perform(_ effect: Effect) {
        if case .cancelExport = effect {
            running.withLock { tasks in
                for (_, task) in tasks where task.slot == .export { task.task.cancel() }
            }
            return
        }
        guard let work = work(for: effect) else { return }
        let number = counter.add(1, ordering: .relaxed).newValue
        let slot = Self.slot(of: effect)
        // The task is registered before it can finish: its delivery takes the same lock.
        running.withLock { tasks in
            if let slot {
                for (_, task) in tasks where task.slot == slot { task.task.cancel() }
            }
            tasks[number] = Running(
                slot: slot,
                task: Task { [weak self] in
                    let message = Task.isCancelled ? .cancelled : await work()
                    self?.deliver(Task.isCancelled ? .cancelled : message, finishing: number)
                })
        }
    }

    /// The messages that arrived since the last call, in order of arrival.
    public func takeMessages() -> [Message] {
        inbox.withLock { messages in
            defer { messages = [] }
            return messages
        }
    }

    /// Waits until every effect started so far has finished.
    public func settle() async {
        while let task = running.withLock({ $0.values.first?.task }) {
            // A task removes itself from `running` before its value is ready.
            await task.value
        }
    }

    /// Whether effects are still running.
    public var isBusy: Bool { !running.withLock { $0.isEmpty } }

    /// Posts the answer before the task leaves `running`, so that whoever sees no effect running
    /// also finds its answer waiting.
    private func deliver(_ message: Message, finishing number: Int) {
        post(message)
        running.withLock { _ = $0.removeValue(forKey: number) }
    }

    /// Hands a message to the loop and wakes it: an effect's answer, or a message of an effect
    /// still under way (an export's progress).
    func post(_ message: Message) {
        inbox.withLock { $0.append(message) }
        waker.withLock { $0 }?()
    }

    /// A task under way and the kind of read it is, when a newer one replaces it.
    private struct Running {
        var slot: Slot?
        var task: Task<Void, Never>
    }

    /// What a read is for: a newer read for the same slot makes it useless.
    private enum Slot: Hashable {
        case rows(PaneID)
        case count(PaneID)
        case search(PaneID)
        case frequency(PaneID)
        case statement(PaneID)
        case picker
        case schema
        case export
    }

    private static func slot(of effect: Effect) -> Slot? {
        switch effect {
        case .loadRows(let id, _, let request):
            if case .jump = request.placement { return .rows(id) }
            if case .last = request.placement { return .rows(id) }
            return nil
        case .countRows(let id, _, _): return .count(id)
        case .search(let id, _, _, _, _, _): return .search(id)
        case .pick: return .picker
        case .reflectSchema: return .schema
        case .loadFrequencies(let id, _, _): return .frequency(id)
        case .readStatement(let id, _, _): return .statement(id)
        case .runStatement, .recordStatement: return nil
        case .countModel, .summarizeRelations, .countReferrers, .write, .readValue, .copy, .quit, .cancelExport:
            return nil
        case .export: return .export
        }
    }

    private func work(for effect: Effect) -> (@Sendable () async -> Message)? {
        let reader = self.reader
        let counting = self.counting
        let writer = self.writer
        switch effect {
        case .quit, .copy, .cancelExport:
            return nil
        case .reflectSchema:
            let database = self.database
            let counting = self.counting.database
            return {
                do {
                    // A file replaced since it was opened is opened again first, so that the
                    // schema, and every read after it, is the new file's.
                    let reopened = try await database.driver.reopenIfReplaced()
                    if counting !== database { _ = try await counting.driver.reopenIfReplaced() }
                    return .schemaReflected(try await ModelCollection.reflect(from: database), reopened: reopened)
                } catch {
                    return .failed(nil, Self.describe(error))
                }
            }
        case .recordStatement(let sql):
            history?.append(sql)
            return nil
        case .readStatement(let id, let generation, let read):
            let statements = self.statements
            return { .statementRowsRead(id, generation: generation, await statements.read(read, for: id)) }
        case .runStatement(let statement):
            let statements = self.statements
            let database = self.database
            return {
                await statements.close()
                do {
                    let changed = try await database.transaction {
                        try await database.driver.execute(SQLStatement(statement.sql))
                    }
                    return .statementRan(changed: changed, failure: nil)
                } catch {
                    return .statementRan(changed: nil, failure: Self.describe(error))
                }
            }
        case .export(let job):
            let (database, catalog) = (self.database, self.catalog)
            return { [weak self] in
                do {
                    let outcome = try await ExportFile.write(job, database: database, catalog: catalog) { rows in
                        self?.post(.exportProgress(rows))
                    }
                    switch outcome {
                    case .written(let path, let rows): return .exported(path: path, rows: rows)
                    case .exists: return .exportTargetExists(job)
                    }
                } catch is CancellationError {
                    return .cancelled
                } catch {
                    return .exportFailed(Self.describe(error))
                }
            }
        case .countModel(let schema):
            return {
                do {
                    return .modelCounted(schema.name, try await counting.cappedCount(schema, cap: AppState.countCap))
                } catch {
                    return .modelCounted(schema.name, .failed)
                }
            }
        case .loadRows(let id, let generation, let request):
            return {
                do {
                    return .rowsLoaded(id, generation: generation, try await reader.rows(request))
                } catch {
                    return .rowsFailed(id, generation: generation, request.placement, Self.describe(error))
                }
            }
        case .countRows(let id, let generation, let request):
            return {
                do {
                    return .rowsCounted(id, generation: generation, try await counting.count(request))
                } catch {
                    return .failed(id, Self.describe(error))
                }
            }
        case .summarizeRelations(let id, let schema, let row, let relations):
            return {
                let reading = await counting.summaries(of: relations, owner: schema, row: row)
                return .relationsSummarized(id, reading.summaries, row: reading.row, removed: reading.removed)
            }
        case .countReferrers(let id, let schema, let row, let relations, let write):
            return {
                .referrersCounted(
                    id, row, await counting.summaries(of: relations, owner: schema, row: row).summaries, then: write)
            }
        case .pick(let generation, let schema, let condition):
            return {
                do {
                    return .pickerLoaded(generation: generation, try await reader.candidates(schema, condition))
                } catch {
                    return .pickerFailed(generation: generation, Self.describe(error))
                }
            }
        case .readValue(let id, let cell, let use):
            return {
                do {
                    guard let row = try await reader.again(cell.row, of: cell.schema) else {
                        return .failed(
                            id, "\(RowName.owner(cell.schema, cell.row)) is gone: removed elsewhere since it was read")
                    }
                    return .valueRead(id, cell, row.value(ofColumn: cell.field.column, in: cell.schema) ?? .null, use)
                } catch {
                    return .failed(id, Self.describe(error))
                }
            }
        case .write(let id, let write):
            return {
                do {
                    return .written(id, write, try await writer.apply(write.change))
                } catch {
                    let gone = (error as? OmmiError)?.kind == .notFound
                    return .writeRefused(id, write, EditFailure.words(error, for: write), reload: gone)
                }
            }
        case .loadFrequencies(let id, let generation, let request):
            return { .frequenciesLoaded(id, generation: generation, await counting.frequencies(request)) }
        case .search(let id, let generation, let request, let text, let from, let forward):
            return {
                do {
                    guard let result = try await reader.search(request, text: text, from: from, forward: forward) else {
                        return .searchMissed(id, text)
                    }
                    return .rowsLoaded(id, generation: generation, result)
                } catch {
                    return .failed(id, Self.describe(error))
                }
            }
        }
    }

    static func describe(_ error: any Error) -> String {
        (error as? OmmiError)?.message ?? "\(error)"
    }
}
