extension AppState {
    /// `q` from the first pane, or `Ctrl-c` (`now`): quits, unless writes are in flight. Then the
    /// quit waits for their outcome, saying so, and `Ctrl-c` while it waits quits at once,
    /// leaving a farewell that names the writes abandoned.
    mutating func quit(now: Bool = false) -> [Effect] {
        guard !writesInFlight.isEmpty else {
            quitting = true
            return [.quit]
        }
        if now && quitWhenWritten {
            farewell =
                "quit without waiting for: " + writesInFlight.joined(separator: "; ")
                + " (abandoned: it may not have been written)"
            quitting = true
            return [.quit]
        }
        quitWhenWritten = true
        let count = writesInFlight.count
        status = .info(
            "waiting for \(count == 1 ? "a write" : "\(count) writes") to finish before quitting; Ctrl-c again quits at once"
        )
        return []
    }

    /// Keeps count of the writes in flight: those `effects` ask for start, the outcome in
    /// `message` ends one. When a waiting quit sees the last outcome, the browser quits with the
    /// outcomes as its farewell: a write's description for one written, `could not write` and the
    /// reason before it for one refused, so a refusal never reads as done.
    mutating func trackWrites(_ effects: [Effect], after message: Message) -> [Effect] {
        for case .write(_, let write) in effects { writesInFlight.append(write.description) }
        let finished: RowWrite
        let outcome: String
        switch message {
        case .written(_, let write, _):
            (finished, outcome) = (write, write.description)
        case .writeRefused(_, let write, let text, _):
            (finished, outcome) = (write, "could not write \(write.description): \(text)")
        default:
            return effects
        }
        if let index = writesInFlight.firstIndex(of: finished.description) { writesInFlight.remove(at: index) }
        guard quitWhenWritten else { return effects }
        farewell = [farewell, outcome].compactMap { $0 }.joined(separator: "\n")
        guard writesInFlight.isEmpty else { return effects }
        quitting = true
        return [.quit]
    }
}
