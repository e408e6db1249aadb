import Ommi
import Testing

@testable import OmmiBrowse

/// A record whose row another program deleted says so, keeping the values it showed.
@Suite struct UpdateRecordRemovedTests {
    @Test func aRecordDeletedElsewhereSaysSoAndKeepsItsValues() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.enter)
        let shown = driver.record?.row
        #expect(shown != nil)
        let title = driver.state.panes.last?.title ?? ""
        #expect(!title.contains("deleted elsewhere"))
        driver.receive(.relationsSummarized(.opened(2), [:], row: nil, removed: true))
        #expect(driver.state.panes.last?.title == title + " (deleted elsewhere)")
        #expect(driver.record?.row == shown)
        guard let schema = driver.record?.schema, let shown else { return }
        #expect(
            driver.state.status
                == .info("\(schema.name) #\(RowName.key(schema, shown)) was deleted elsewhere; Esc goes back"))
    }

    @Test func aRecordReadAgainUnchangedKeepsItsTitle() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.enter)
        let title = driver.state.panes.last?.title
        driver.receive(.relationsSummarized(.opened(2), [:], row: driver.record?.row, removed: false))
        #expect(driver.state.panes.last?.title == title)
        #expect(driver.state.status == nil)
    }
}
