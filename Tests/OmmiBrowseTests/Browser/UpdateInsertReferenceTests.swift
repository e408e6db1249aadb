import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// A reference field of the insert form is chosen with the picker over the referenced model,
/// as `e` on a reference cell is, and shows the chosen row's label.
@Suite struct UpdateInsertReferenceTests {
    private static let leGuin = DynamicRow(values: [.integer(3), .text("Le Guin")])

    /// The posts pane's insert form, its cursor on `author_id`.
    private static func formOnReference() throws -> UpdateDriver {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("o"))
        let form = try #require(driver.state.form)
        let index = try #require(form.fields.firstIndex { $0.column == "author_id" })
        driver.press(Array(repeating: Key.tab, count: index))
        return driver
    }

    @Test func typingOnAReferenceOpensThePickerAndTheChoiceFillsTheField() throws {
        var driver = try Self.formOnReference()
        #expect(driver.type("L") == [.pick(generation: 1, target: "Author")])
        let picker = try #require(driver.state.modal as? Picker)
        #expect(picker.text == "L")
        driver.receive(.pickerLoaded(generation: 1, [Self.leGuin]))
        driver.press(.enter)
        let form = try #require(driver.state.form)
        let index = form.cursor
        #expect(form.fields[index].column == "author_id")
        #expect(form.values[index] == TypedValue.editable(Self.leGuin.values[0]))
        #expect(form.labels[index] == RowForm.referenceLabel(BlogSchemas.author, Self.leGuin))
        driver.press(.tab)
        driver.type("40")
        driver.press(.tab)
        driver.type("Hello")
        #expect(
            driver.press(.enter) == [.write(.opened(1), .insert, model: "Post", description: "inserted a Post row")])
        var written: [String: DatabaseValue]?
        if case .write(_, let write)? = driver.effects.first { written = write.change.values }
        #expect(written == ["id": .integer(40), "title": .text("Hello"), "author_id": Self.leGuin.values[0]])
    }

    /// Esc goes back to the form as it was; Ctrl-n blanks the field; editing it drops the label.
    @Test func escapeAndBlankReturnToTheForm() throws {
        var driver = try Self.formOnReference()
        driver.type("L")
        driver.receive(.pickerLoaded(generation: 1, [Self.leGuin]))
        driver.press(.enter)
        let chosen = try #require(driver.state.form)
        driver.type("x")
        driver.press(.escape)
        let back = try #require(driver.state.form)
        #expect(back.values == chosen.values)
        #expect(back.labels == chosen.labels)
        driver.press(.backspace)
        #expect(driver.state.form?.labels.isEmpty == true)
        driver.type(" ")
        #expect((driver.state.modal as? Picker)?.text == "")
        driver.press(.control("n"))
        #expect(driver.state.form?.values[back.cursor] == "")
    }
}
