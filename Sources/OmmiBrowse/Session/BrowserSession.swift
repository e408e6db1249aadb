import Ommi
import TerminalUI

/// The browser without a terminal: state, the effect runner, and the screen, driven by keys.
/// The terminal loop and the tests drive the same session.
public final class BrowserSession {
    public private(set) var state: AppState
    public let runner: EffectRunner
    /// How many writes (row changes, undos included) the session has asked for: each one follows an
    /// explicit choice of the user.
    public private(set) var writesRequested = 0
    /// Texts asked to go on the clipboard, oldest first, until the terminal takes them.
    private var clipboard: [String] = []

    /// - Parameters:
    ///   - countingDatabase: a second connection to the same database, for counts that may scan a
    ///     large table while keys go on reading pages.
    ///   - undeclaredModels: the names of the models the list marks as not declared by the
    ///     application (``BrowsedModels/undeclared``).
    ///   - history: the console's history for this database, recalled and added to.
    public init(
        database: Ommi, models: ModelCollection, size: ScreenSize, readOnly: Bool = false,
        countingDatabase: Ommi? = nil, undeclaredModels: Set<String> = [], history: ConsoleHistory? = nil
    ) {
        self.state = AppState(models: models, size: size, readOnly: readOnly)
        state.undeclaredModels = undeclaredModels
        state.consoleHistory = history?.load() ?? []
        self.runner = EffectRunner(
            database: database, catalog: models.catalog, countingDatabase: countingDatabase, history: history)
    }

    deinit {
        runner.stopWatching()
    }

    /// Starts the first reads (the model counts).
    public func start() {
        perform(state.start())
    }

    /// Refreshes what is on screen by itself whenever another program commits, from the moment
    /// this returns (`ommi-browse` does unless `--no-watch`); without it only `r` reads the
    /// database again.
    public func watch() async {
        await runner.watch()
    }

    /// Handles one key.
    public func send(_ key: Key) {
        perform(update(&state, .key(key)))
    }

    public func resize(_ size: ScreenSize) {
        perform(update(&state, .resized(size)))
    }

    /// Applies the results that arrived; returns whether any did.
    @discardableResult
    public func pump() -> Bool {
        let messages = runner.takeMessages()
        for message in messages { perform(update(&state, message)) }
        return !messages.isEmpty
    }

    /// Waits until every read started so far, and every read their results start, is done.
    public func settle() async {
        repeat {
            await runner.settle()
        } while pump()
    }

    /// The texts to put on the clipboard since the last call, oldest first.
    public func takeClipboard() -> [String] {
        defer { clipboard = [] }
        return clipboard
    }

    /// The screen as it stands.
    public var screen: ScreenBuffer { view(state) }

    public var isFinished: Bool { state.quitting }

    fileprivate func perform(_ effects: [Effect]) {
        for effect in effects {
            if case .write = effect { writesRequested += 1 }
            if case .copy(let text) = effect { clipboard.append(text) }
            runner.perform(effect)
        }
    }
}

extension BrowserSession {
    /// Starts at the pane `target` names (`--open`).
    public func open(_ target: PaneTarget) {
        perform(state.open(target))
    }
}
