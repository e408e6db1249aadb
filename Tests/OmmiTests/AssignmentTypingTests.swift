import Foundation
import Ommi
import OmmiSQLite
import Testing

/// Assignments belong to a model: an update takes only its own model's, an attach payload only
/// the association model's.
@Suite struct AssignmentTypingTests {
    /// A program against the built `Ommi` module that updates a `Text` with `assignment`.
    static func program(updating assignment: String) -> String {
        """
        import Ommi

        @Model struct Writer {
            @Key var id: Int
            var name: String
        }

        @Model struct Text {
            @Key var id: Int
            var title: String
            @ReferenceTo(Writer.id) var writerID: Int
        }

        func rename(in db: Ommi) async throws -> Int {
            try await db.find(Text.id == 1).update(\(assignment))
        }
        """
    }

    @Test func anUpdateCompilesOnlyWithAssignmentsToItsOwnModel() throws {
        let compiler = try TypeChecker.ofThisBuild()
        let own = try compiler.check(Self.program(updating: #"Text.title.set(to: "x")"#))
        #expect(own.succeeded, "\(own.diagnostics)")
        let other = try compiler.check(Self.program(updating: "Writer.id.set(to: 42)"))
        #expect(!other.succeeded)
        #expect(other.diagnostics.contains("Assignment<Writer>"), "\(other.diagnostics)")
    }

    @Test func anAttachPayloadOfAnotherModelIsRefusedBeforeWriting() async throws {
        let test = try await TestDatabase.open(.memory)
        try await seedBlog(test.db)
        let post = try await test.db.find(Post.id == 2).one()
        let ommi = try await test.db.find(Tag.name == "ommi").one()
        let error = await #expect(throws: OmmiError.self) {
            try await post.tags.attach(ommi, payload: [Post.title.set(to: "x")])
        }
        #expect(error?.kind == .invalidQuery)
        #expect(error?.message.contains("through PostTag") == true)
        #expect(try await post.tags.refresh().map(\.name) == ["python", "guide"])
        try await post.tags.attach(ommi, payload: [PostTag.createdAt.set(to: "today")])
        #expect(try await test.db.find(PostTag.postID == 2 && PostTag.tagID == ommi.id).one().createdAt == "today")
    }
}

/// `swiftc -typecheck` of a source file against the modules and the macro plugin of the build the
/// tests run from, to show what does and does not compile.
struct TypeChecker {
    struct Outcome {
        var succeeded: Bool
        var diagnostics: String
    }

    let products: URL

    /// The build products folder holding the test executable, found from where it runs.
    static func ofThisBuild() throws -> TypeChecker {
        let starts = [CommandLine.arguments[0]] + Bundle.allBundles.map(\.bundlePath)
        for start in starts {
            var folder = URL(fileURLWithPath: start).deletingLastPathComponent()
            for _ in 0..<4 {
                if FileManager.default.fileExists(
                    atPath: folder.appendingPathComponent("Modules/Ommi.swiftmodule").path)
                {
                    return TypeChecker(products: folder)
                }
                folder.deleteLastPathComponent()
            }
        }
        throw OmmiError(.invalidQuery, "no built Ommi module near \(starts.joined(separator: ", "))")
    }

    func check(_ source: String) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ommi-typecheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("program.swift")
        try source.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "swiftc", "-typecheck", "-swift-version", "6", "-I", products.appendingPathComponent("Modules").path,
            "-load-plugin-executable", products.appendingPathComponent("OmmiMacros-tool").path + "#OmmiMacros",
            "-module-cache-path", folder.appendingPathComponent("cache").path, file.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let diagnostics = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Outcome(succeeded: process.terminationStatus == 0, diagnostics: diagnostics)
    }
}
