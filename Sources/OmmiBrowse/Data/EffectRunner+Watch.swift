import Ommi

extension EffectRunner {
    /// Follows the database's committed changes from the moment this returns, each arriving as
    /// a ``Message/databaseChanged(_:)``: other programs' commits through the driver's change
    /// signal, read every `interval`. Changes that come while the loop is busy are coalesced, and
    /// when nothing changes nothing is read but the signal.
    public func watch(interval: Duration = DatabaseChanges.defaultInterval) async {
        let changes = await database.changes(interval: interval)
        let task = Task { [weak self] in
            for await change in changes {
                guard let self else { return }
                self.post(.databaseChanged(change))
            }
        }
        watcher.withLock { previous in
            previous?.cancel()
            previous = task
        }
    }

    /// Stops following the database's changes.
    public func stopWatching() {
        watcher.withLock { task in
            task?.cancel()
            task = nil
        }
    }
}
