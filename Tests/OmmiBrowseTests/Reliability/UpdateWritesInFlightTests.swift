import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// Writes whose outcome has not arrived: undo waits for them, quit waits for them.
@Suite struct UpdateWritesInFlightTests {
    static let rename = RowWrite(
        change: .update(BlogSchemas.post, match: ["id": .integer(1)], values: ["title": .text("B")]),
        description: "set title of post #1 to B")
    static let back = RowChange.update(BlogSchemas.post, match: ["id": .integer(1)], values: ["title": .text("A")])
    /// The write the retitling below asks for, as its outcome names it.
    static let retitled = "set title of post #1 to Later"

    /// Starts retitling post 1 to `Later`; returns the driver with that write in flight.
    static func retitling() -> UpdateDriver {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.receive(.written(.opened(1), rename, WrittenChange(change: rename.change, inverse: back, row: nil)))
        driver.press(.character("l"), .character("e"), .control("u"))
        driver.type("Later")
        #expect(driver.press(.enter) == [.write(.opened(1), .update, model: "Post", description: retitled)])
        #expect(driver.state.writesInFlight == [retitled])
        return driver
    }

    static func refusal() -> Message {
        .writeRefused(
            .opened(1), RowWrite(change: back, description: retitled), "database is locked: nothing was changed",
            reload: false)
    }

    /// `u` while a change is still being written asks for nothing and says why; once its
    /// outcome arrives, `u` undoes the newest change.
    @Test func undoWaitsForTheWriteInFlight() {
        var driver = Self.retitling()
        #expect(driver.press(.character("u")).isEmpty)
        #expect(driver.state.status?.text.hasPrefix("still writing: \(Self.retitled)") == true)
        driver.receive(Self.refusal())
        #expect(driver.state.writesInFlight.isEmpty)
        #expect(driver.press(.character("u")) == [.undo(description: Self.rename.description)])
    }

    /// `q` from the first pane with a write in flight waits, saying so, and the write's outcome
    /// quits, kept as the farewell.
    @Test func quitWaitsForTheWriteInFlight() {
        var driver = Self.retitling()
        #expect(driver.press(.character("q")).isEmpty)
        #expect(driver.state.quitting == false)
        #expect(driver.state.status?.text.contains("waiting for a write to finish before quitting") == true)
        #expect(driver.receive(Self.refusal()) == [.quit])
        #expect(driver.state.quitting)
        #expect(driver.state.farewell == "could not write \(Self.retitled): database is locked: nothing was changed")
    }
}
