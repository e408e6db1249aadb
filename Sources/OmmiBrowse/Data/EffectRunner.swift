import Ommi
import Synchronization

/// Performs effects through the core, off the input path, and collects the messages they
/// produce for the next turn of the loop.
public final class EffectRunner: Sendable {
    public let database: Ommi
    let reader: RowReaderService
    /// Reads that may scan a whole table (counts), on a connection of their own when there is
    /// one, so that they never hold up the reads a key waits for.
    let counting: RowReaderService
    private let inbox = Mutex<[Message]>([])
    private let running = Mutex<[Int: Task<Void, Never>]>([:])
    private let counter = Atomic<Int>(0)

    /// - Parameter countingDatabase: a second connection to the same database for counts; without
    ///   one, counts share `database`.
    public init(
        database: Ommi, catalog: SchemaCatalog, countingDatabase: Ommi? = nil
    ) {
        self.database = database
        self.reader = RowReaderService(database: database, catalog: catalog)
        self.counting = RowReaderService(database: countingDatabase ?? database, catalog: catalog)
    }

    /// Starts an effect; its messages arrive through ``takeMessages()``.
    public func perform(_ effect: Effect) {
        guard let work = messages(for: effect) else { return }
        let number = counter.add(1, ordering: .relaxed).newValue
        // The task is registered before it can finish: its delivery takes the same lock.
        running.withLock { tasks in
            tasks[number] = Task { [weak self] in
                let message = await work()
                self?.deliver(message, finishing: number)
            }
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
        while let task = running.withLock({ $0.values.first }) {
            // A task removes itself from `running` before its value is ready.
            await task.value
        }
    }

    /// Whether effects are still running.
    public var isBusy: Bool { !running.withLock { $0.isEmpty } }

    private func deliver(_ message: Message?, finishing number: Int) {
        if let message { inbox.withLock { $0.append(message) } }
        running.withLock { _ = $0.removeValue(forKey: number) }
    }

    private func messages(for effect: Effect) -> (@Sendable () async -> Message?)? {
        let reader = self.reader
        let counting = self.counting
        switch effect {
        case .quit:
            return nil
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
                    return .failed(id, Self.describe(error))
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
            return { [weak self] in
                for relation in relations {
                    let summary = await counting.summary(of: relation, owner: schema, row: row)
                    self?.inbox.withLock { $0.append(.relationSummarized(id, relation.name, summary)) }
                }
                return nil
            }
        case .pick(let generation, let schema, let condition):
            return {
                do {
                    return .pickerLoaded(generation: generation, try await reader.candidates(schema, condition))
                } catch {
                    return .failed(nil, Self.describe(error))
                }
            }
        case .attach(let id, let request, let payload, let description):
            return {
                await Self.change(id, description: description) {
                    try await reader.owner(request).attach(request.relation, of: request.ownerRow, to: request.target, payload: payload)
                }
            }
        case .detach(let id, let request, let description):
            return {
                await Self.change(id, description: description) {
                    try await reader.owner(request).detach(request.relation, of: request.ownerRow, from: request.target)
                }
            }
        case .undo(let id, let entry):
            let database = self.database
            return {
                do {
                    let change = try await entry.change.undo(in: database)
                    return .associationChanged(id, change, description: entry.description, undo: true)
                } catch {
                    return .associationRefused(id, "could not undo \(entry.description): " + EditFailure.words(error), reload: true)
                }
            }
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

    /// Runs a change and reports it, or why nothing was written.
    private static func change(
        _ id: PaneID, description: String, _ write: @Sendable () async throws -> AssociationChange
    ) async -> Message {
        do {
            return .associationChanged(id, try await write(), description: description, undo: false)
        } catch {
            let gone = (error as? OmmiError)?.kind == .notFound
            return .associationRefused(id, EditFailure.words(error), reload: gone)
        }
    }

    static func describe(_ error: any Error) -> String {
        (error as? OmmiError)?.message ?? "\(error)"
    }
}
