import Ommi
import Testing

@testable import OmmiBrowse

/// Text typed into an editor or a form becomes the value its column stores, or a problem.
@Suite struct TypedValueTests {
    private func field(_ type: ColumnType, _ declared: String) -> FieldSchema {
        FieldSchema(name: "x", type: type, declaredType: declared, isNullable: true)
    }

    @Test(arguments: [
        ("DATE", "2024-02-29", true), ("DATE", "2023-02-29", false), ("DATE", "2024-13-01", false),
        ("DATE", "not a date", false), ("DATE", "24-01-01", false),
        ("TIMESTAMP", "2024-01-31 13:45:30", true), ("TIMESTAMP", "2024-01-31T13:45", true),
        ("TIMESTAMP", "2024-01-31 13:45:30.123+02:00", true), ("TIMESTAMP", "2024-01-31Z13:45", false),
        ("TIMESTAMP", "not a date", false), ("TIMESTAMP", "2024-01-31", true), ("DATETIME", "2024-01-31 25:00", false),
        ("TIME", "23:59:60", true), ("TIME", "24:00", false), ("TIME", "7:30", false),
    ])
    func datesAndTimes(declared: String, text: String, accepted: Bool) {
        let result = TypedValue.parse(text, for: field(.text, declared))
        if accepted {
            #expect(result == .success(.text(text)))
        } else {
            guard case .failure(let problem) = result else {
                Issue.record("\(text) was taken for a \(declared)")
                return
            }
            #expect(problem.problem.hasPrefix("takes a"))
        }
    }

    @Test func numbersAndBooleans() {
        #expect(TypedValue.parse(" 42 ", for: field(.integer, "INTEGER")) == .success(.integer(42)))
        #expect(
            TypedValue.parse("4.2", for: field(.integer, "INTEGER"))
                == .failure(TypedValueProblem("takes a whole number")))
        #expect(TypedValue.parse("4.5", for: field(.real, "REAL")) == .success(.real(4.5)))
        #expect(TypedValue.parse("inf", for: field(.real, "REAL")) == .failure(TypedValueProblem("takes a number")))
        #expect(TypedValue.parse("10", for: field(.any, "NUMERIC(10,2)")) == .success(.integer(10)))
        #expect(TypedValue.parse("1.25", for: field(.any, "DECIMAL")) == .success(.real(1.25)))
        #expect(TypedValue.parse("yes", for: field(.integer, "BOOLEAN")) == .success(.integer(1)))
        #expect(TypedValue.parse("False", for: field(.integer, "BOOL")) == .success(.integer(0)))
        #expect(
            TypedValue.parse("maybe", for: field(.integer, "BOOLEAN"))
                == .failure(TypedValueProblem("takes true or false")))
        #expect(TypedValue.parse(" keep spaces ", for: field(.text, "TEXT")) == .success(.text(" keep spaces ")))
    }

    /// The editor starts from the value as written; NULL starts empty.
    @Test func editableText() {
        #expect(TypedValue.editable(.integer(-3)) == "-3")
        #expect(TypedValue.editable(.null) == "")
        #expect(TypedValue.editable(.text("a")) == "a")
    }
}
