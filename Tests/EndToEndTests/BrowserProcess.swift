import Foundation
import Ommi
import OmmiSQLite

/// The built `ommi-browse` binary, run as a user runs it.
enum BrowserProcess {
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
        /// The output's bytes as written, for outputs that need not be UTF-8.
        var printed = Data()
    }

    /// The binary beside the test bundle: `swift build --build-tests` builds both.
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("ommi-browse")
    }

    /// The command that runs the binary as a user that file permissions apply to: the current
    /// user, or `nobody` when the tests run as root, whom permissions do not stop.
    static var commandAsUnprivilegedUser: [String] {
        getuid() == 0
            ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", binary.path] : [binary.path]
    }

    /// Runs the binary with `arguments` to completion and returns what it printed; with
    /// `unprivileged`, as a user that file permissions apply to.
    static func run(_ arguments: [String], unprivileged: Bool = false) throws -> Outcome {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw OmmiError(
                .driver, "no ommi-browse binary at \(binary.path): build with `swift build --build-tests` first")
        }
        let command = unprivileged ? commandAsUnprivilegedUser : [binary.path]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst()) + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complained = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, output: String(decoding: printed, as: UTF8.self),
            errors: String(decoding: complained, as: UTF8.self), printed: printed)
    }
}

/// A path in a new temporary folder of its own.
func temporaryPath(_ name: String) -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ommi-e2e-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent(name).path
}

/// A database file made of the given statements.
func databaseFile(_ statements: [String], named name: String = "test.sqlite") async throws -> String {
    let path = temporaryPath(name)
    let driver = try await SQLiteDriver.connect(path: path, options: .create)
    for sql in statements { try await driver.execute(SQLStatement(sql)) }
    return path
}
