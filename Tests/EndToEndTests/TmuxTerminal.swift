import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A real terminal for end-to-end tests: a tmux server of the test's own, with one window of a
/// given size running a shell, driven with `send-keys` and read with `capture-pane`.
final class TmuxTerminal {
    let socket = "ommi-e2e-\(UUID().uuidString.prefix(8))"
    private let target = "browse"
    private let captureFile = temporaryPath("capture.txt")

    init(width: Int = 80, height: Int = 24) throws {
        try tmux(["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", "bash --norc --noprofile"])
        try tmux(["set-option", "-t", target, "status", "off"])
        _ = try waitFor { !$0.isEmpty }
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Types a command line into the shell and presses Enter.
    func run(_ commandLine: String) throws {
        try tmux(["send-keys", "-t", target, "-l", commandLine])
        try tmux(["send-keys", "-t", target, "Enter"])
    }

    /// Presses keys by tmux name (`Enter`, `Escape`, `C-c`, `G`).
    func press(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", target, key]) }
    }

    /// Changes the window's size, as a user dragging the terminal's corner does.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// Pastes `text` as a terminal pastes it: bracketed when the program asked for that.
    func paste(_ text: String) throws {
        let file = temporaryPath("paste.txt")
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        try tmux(["load-buffer", file])
        try tmux(["paste-buffer", "-p", "-d", "-t", target])
    }

    /// A tmux format expanded for the window's pane, such as `#{mouse_sgr_flag}`, which says
    /// whether the program in it asked for SGR mouse reports.
    func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// What the terminal shows.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", target])
    }

    /// How long a wait lasts by default: long enough for a full parallel run on two cores, where
    /// the browser and the test wait their turn; a wait that succeeds returns as soon as it can.
    static let patience: Double = 30

    /// Waits until the screen satisfies `condition`, for at most `seconds`; returns the screen.
    @discardableResult
    func waitFor(_ seconds: Double = patience, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var shown = try screen()
        while !condition(shown) {
            guard Date() < deadline else {
                throw TmuxError("the screen never showed what the test waited for; it shows:\n\(shown)")
            }
            Thread.sleep(forTimeInterval: 0.05)
            shown = try screen()
        }
        return shown
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = patience) throws -> String {
        try waitFor(seconds) { $0.contains(text) }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let output = captureFile
        let status = try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments, output: output)
        guard status == 0 else {
            throw TmuxError("tmux \(arguments.joined(separator: " ")) failed with status \(status)")
        }
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }
}

/// Starts a program and waits for it with `posix_spawn` and `waitpid`. Foundation's `Process`
/// waits for the standard streams it handed out to close, and the tmux server that a client
/// starts keeps them open, so a test would wait forever.
enum Spawn {
    static func run(_ arguments: [String], output: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment.removeValue(forKey: "TMUX")
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        keepDescriptorsFromChildren()
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        guard code == 0 else { throw TmuxError("cannot start \(arguments[0]): error \(code)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status >> 8) & 0xFF
    }

    /// Marks every open descriptor above the standard three close-on-exec, so that a pipe
    /// another test reads from never reaches the tmux server, which would hold it open for as
    /// long as it runs.
    private static func keepDescriptorsFromChildren() {
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap(Int32.init) where descriptor > 2 {
            let flags = fcntl(descriptor, F_GETFD)
            if flags >= 0 { _ = fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC) }
        }
    }
}

struct TmuxError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension TmuxTerminal {
    /// Starts the built `ommi-browse` on `database` with `options` (shell words), and prints
    /// `EXIT=` and its status once it ends.
    func launchBrowser(_ database: String, _ options: String = "") throws {
        try run("\(shellQuoted(BrowserProcess.binary.path)) \(shellQuoted(database)) \(options); echo \"EXIT=$?\"")
    }
}

/// A path or argument quoted for the shell.
func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
