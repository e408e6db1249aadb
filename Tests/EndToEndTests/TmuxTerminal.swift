import Foundation

/// A real terminal for end-to-end tests: a tmux server of the test's own, with one window of a
/// given size running a shell, driven with `send-keys` and read with `capture-pane`.
final class TmuxTerminal {
    let socket = "ommi-e2e-\(UUID().uuidString.prefix(8))"
    private let target = "browse"

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

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// What the terminal shows.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", target])
    }

    /// Waits until the screen satisfies `condition`, for at most `seconds`; returns the screen.
    @discardableResult
    func waitFor(_ seconds: Double = 10, _ condition: (String) -> Bool) throws -> String {
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
    func waitFor(_ text: String, seconds: Double = 10) throws -> String {
        try waitFor(seconds) { $0.contains(text) }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment.removeValue(forKey: "TMUX")
        process.environment = environment
        // Only a capture prints; every other command writes nothing, and must not hand a pipe to
        // the tmux server it may start, which would keep the pipe open for as long as it runs.
        let captures = arguments.first == "capture-pane"
        let output = Pipe()
        process.standardOutput = captures ? output : FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = captures ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TmuxError("tmux \(arguments.joined(separator: " ")) failed with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

struct TmuxError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A path or argument quoted for the shell.
func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
