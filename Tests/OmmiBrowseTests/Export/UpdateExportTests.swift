import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// `w`: the prompt for a file, the export it asks for, its progress, cancelling it, and the
/// question before replacing a file.
@Suite struct UpdateExportTests {
    /// A pane filtered and sorted, `w` and a name: the export asks for the pane's own rows, in
    /// the format the extension names.
    @Test func writesThePaneWithItsFilterAndSort() throws {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("f"))
        driver.type("id > 3")
        driver.press(.enter)
        driver.press(.character("l"), .character("s"))
        driver.press(.character("w"))
        #expect(driver.state.prompt?.purpose == .export)
        driver.type("out.JSONL")
        #expect(driver.press(.enter) == [.export(model: "Post", path: "out.JSONL", format: .jsonl, overwrite: false)])
        let job = try #require(driver.state.exporting)
        let pane = try #require(driver.rows)
        #expect(job.condition == pane.condition)
        #expect(job.order == [try #require(pane.sort)])
        #expect(driver.state.status?.text == "writing out.JSONL… Esc cancels")
    }

    /// A name without a known extension stays in the prompt with the reason.
    @Test func anUnknownExtensionStaysInThePrompt() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("w"))
        driver.type("out.xlsx")
        #expect(driver.press(.enter).isEmpty)
        #expect(driver.state.prompt?.text == "out.xlsx")
        #expect(driver.state.status == .error("name a file ending in .csv, .tsv, .json or .jsonl"))
        #expect(driver.state.exporting == nil)
    }

    /// Progress shows in the status line; Esc cancels instead of going back, Ctrl-c instead of
    /// quitting; the end says where and how many rows.
    @Test func progressCancelAndEnd() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("w"))
        driver.type("a.csv")
        driver.press(.enter)
        driver.receive(.exportProgress(12_800))
        #expect(driver.state.status?.text == "writing a.csv: 12,800 rows… Esc cancels")
        #expect(driver.press(.character("q")).isEmpty)
        #expect(driver.state.quitting == false)
        #expect(driver.press(.escape) == [.cancelExport])
        #expect(driver.state.panes.count == 1)
        #expect(driver.state.exporting == nil)
        driver.receive(.exportProgress(13_056))
        #expect(driver.state.status?.text == "cancelled writing a.csv; no file was written")

        driver.press(.character("w"))
        driver.type("b.tsv")
        driver.press(.enter)
        #expect(driver.press(.control("c")) == [.cancelExport])
        #expect(driver.state.quitting == false)

        driver.press(.character("w"))
        driver.type("c.json")
        driver.press(.enter)
        driver.receive(.exported(path: "/tmp/c.json", rows: 1))
        #expect(driver.state.status?.text == "wrote 1 row to /tmp/c.json")
        #expect(driver.state.exporting == nil)
        driver.receive(.exportFailed("disk full"))
        #expect(driver.state.status == .error("writing failed, no file was written: disk full"))
    }

    /// A file in the way: the question; `y` runs the export again allowed to replace it, any
    /// other key writes nothing.
    @Test func aFileInTheWayIsOnlyReplacedOnYes() throws {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("w"))
        driver.type("a.csv")
        driver.press(.enter)
        let job = try #require(driver.state.exporting)
        driver.receive(.exportTargetExists(job))
        #expect(driver.state.modal is ExportQuestion)
        #expect(driver.press(.enter).isEmpty)
        #expect(driver.state.status?.text == "a.csv kept; nothing was written")
        driver.receive(.exportTargetExists(job))
        #expect(driver.press(.character("y")) == [.export(model: "Post", path: "a.csv", format: .csv, overwrite: true)])
    }
}
