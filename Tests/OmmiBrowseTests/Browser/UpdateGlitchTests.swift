import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// What was seen going wrong, and stays fixed.
@Suite struct UpdateGlitchTests {
    /// `r` counts the models again as well as the pane's rows, so counts another program made
    /// stale are read afresh.
    @Test func reloadCountsTheModelsAgain() {
        var driver = UpdateDriver()
        driver.openPosts()
        for model in driver.state.models { driver.receive(.modelCounted(model.name, .exact(1))) }
        let asked = driver.press(.character("r"))
        #expect(asked.contains(.countRows(.opened(1), generation: 2)))
        #expect(asked.filter { if case .countModel = $0 { true } else { false } }.count == driver.state.models.count)
    }

    /// After an attach the cursor goes to the row attached, not the row it was on.
    @Test func anAttachSelectsTheAttachedRow() {
        var driver = UpdateEditTests.tagsPane()
        let python = DynamicRow(values: [.integer(102), .text("python")])
        driver.press(.character("a"))
        driver.receive(.pickerLoaded(generation: 1, [python]))
        driver.press(.enter)
        guard case .write(let id, let write)? = driver.effects.first else {
            Issue.record("no write was asked for")
            return
        }
        let written = WrittenChange(
            change: write.change, inverse: .delete(BlogSchemas.postTag, match: write.change.values), row: nil)
        let asked = driver.receive(.written(id, write, written))
        #expect(asked.contains(.loadRows(.opened(3), generation: 2, .jump(anchor: python))))
    }

    /// A person is named by first and last name together; a model without a name-like column
    /// by its key alone, not by whatever text comes first (an invoice's billing address).
    @Test func recordTitles() {
        let person = ModelSchema(
            name: "Customer",
            fields: [
                FieldSchema(name: "CustomerId", type: .integer, isNullable: false, isKey: true),
                FieldSchema(name: "FirstName", type: .text, isNullable: false),
                FieldSchema(name: "LastName", type: .text, isNullable: false),
                FieldSchema(name: "Company", type: .text, isNullable: true),
            ])
        let invoice = ModelSchema(
            name: "Invoice",
            fields: [
                FieldSchema(name: "InvoiceId", type: .integer, isNullable: false, isKey: true),
                FieldSchema(name: "BillingAddress", type: .text, isNullable: true),
            ])
        #expect(
            RecordTitle.text(person, row: DynamicRow(values: [.integer(1), .text("Luís"), .text("Gonçalves"), .null]))
                == "#1 Luís Gonçalves")
        #expect(
            RecordTitle.text(invoice, row: DynamicRow(values: [.integer(98), .text("Theodor-Heuss-Straße 34")]))
                == "#98")
    }
}
