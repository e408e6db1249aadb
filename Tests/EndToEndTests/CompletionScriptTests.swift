import Foundation
import Testing

/// `ommi-browse --generate-completion-script SHELL` prints a completion script that knows the
/// browser's options, for each shell the README names.
@Suite("ommi-browse --generate-completion-script")
struct CompletionScriptTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func theScriptCompletesTheOptions(shell: String) throws {
        let outcome = try BrowserProcess.run(["--generate-completion-script", shell])
        #expect(outcome.status == 0)
        #expect(outcome.errors.isEmpty)
        for option in ["read-only", "print", "schema"] {
            #expect(outcome.output.contains(option), "the \(shell) script does not mention --\(option)")
        }
    }
}
