import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// Same-named rows in the picker are told apart by a column whose values differ.
@Suite struct PickerLinesTests {
    static let person = ModelSchema(
        name: "Person",
        fields: [
            FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true),
            FieldSchema(name: "name", type: .text, isNullable: false),
            FieldSchema(name: "country", type: .text, isNullable: true),
            FieldSchema(name: "email", type: .text, isNullable: true),
        ])

    private static func person(_ id: Int64, _ name: String, _ country: String, _ email: String) -> DynamicRow {
        DynamicRow(values: [.integer(id), .text(name), .text(country), .text(email)])
    }

    @Test func sameLabelsShowTheFirstColumnThatDiffers() {
        let rows = [
            Self.person(1, "John Smith", "UK", "john@a.example"),
            Self.person(2, "Ada", "UK", "ada@a.example"),
            Self.person(3, "John Smith", "UK", "john@b.example"),
        ]
        let lines = Picker.lines(Self.person, rows)
        let titles = rows.map { RecordTitle.text(Self.person, row: $0) }
        // country is the same for both John Smiths, so email is what tells them apart.
        #expect(lines[0] == titles[0] + " · email: john@a.example")
        #expect(lines[1] == titles[1])
        #expect(lines[2] == titles[2] + " · email: john@b.example")
    }

    @Test func distinctLabelsAreShownAsTitlesOnly() {
        let rows = [Self.person(1, "Ada", "UK", "x"), Self.person(2, "Bo", "UK", "x")]
        #expect(Picker.lines(Self.person, rows) == rows.map { RecordTitle.text(Self.person, row: $0) })
    }

    /// The open picker draws those lines.
    @Test func thePickerDrawsTheDistinguishingColumn() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("l"), .character("l"), .character("e"))
        let twins = [
            DynamicRow(values: [.integer(1), .text("Kim")]), DynamicRow(values: [.integer(2), .text("Kim")]),
        ]
        driver.receive(.pickerLoaded(generation: 1, twins))
        var screen = ScreenBuffer(width: 80, height: 24)
        driver.state.modal?.draw(driver.state, into: &screen)
        let text = screen.lines.joined(separator: "\n")
        for line in Picker.lines(BlogSchemas.author, twins) { #expect(text.contains(line)) }
    }
}
