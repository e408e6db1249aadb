/// Waits for the next committed change that concerns some tables: one written through the
/// database object (heard of at once), or one made elsewhere (the driver's change signal, read
/// every `interval` while waiting). Every observation runs on one.
struct ChangeDetector: Sendable {
    let hub: ChangeHub
    let signal: (any ChangeSignalling)?
    /// The tables that matter, lowercased; nil for every table.
    let tables: Set<String>?
    let interval: Duration
    /// The last commit through the database object taken into account.
    private var seen: UInt64 = 0
    /// The signal's token as of the last change taken into account.
    private var token: ChangeToken?
    /// Whether the signal is read: the driver has one, and it can report changes.
    private var polls = false

    init(database: Ommi, tables: Set<String>?, interval: Duration) {
        self.hub = database.changeHub
        self.signal = database.driver as? any ChangeSignalling
        self.tables = tables.map { Set($0.map { $0.lowercased() }) }
        self.interval = interval
        self.seen = hub.sequence
    }

    /// Takes the state of the driver's signal now as the one already seen. Commits through the
    /// database object count from the detector's creation on.
    mutating func start() async {
        guard let signal else { return }
        do {
            token = try await signal.changeToken()
            polls = token != nil
        } catch {
            // The signal could not be read now (a lock, say): it is read again while waiting.
            polls = true
        }
    }

    /// The next change, or nil once the task is cancelled.
    mutating func next() async -> DatabaseChange? {
        while !Task.isCancelled {
            var change = DatabaseChange(tables: hub.tables(writtenAfter: &seen, among: tables))
            if polls, let signal, let now = try? await signal.changeToken(), now != token {
                token = now
                change.elsewhere = true
            }
            if !change.isEmpty { return change }
            await wait()
        }
        return nil
    }

    /// Returns after a commit through the database object, after `interval` when the signal is
    /// read, or once the task is cancelled.
    private func wait() async {
        let hub = hub
        let seen = seen
        guard polls else { return await hub.wait(after: seen) }
        let interval = interval
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await hub.wait(after: seen) }
            group.addTask { try? await Task.sleep(for: interval) }
            await group.next()
            group.cancelAll()
        }
    }
}
