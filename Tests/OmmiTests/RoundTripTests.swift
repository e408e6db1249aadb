import Foundation
import Ommi
import OmmiSQLite
import Testing

/// Every supported type comes back exactly as it was stored.
@Suite struct RoundTripTests {
    static let dates: [Date] = [
        Date(timeIntervalSince1970: 0),
        Date(timeIntervalSinceReferenceDate: 0.1),
        Date(timeIntervalSinceReferenceDate: 785_000_000.123_456_7),
        Date(timeIntervalSince1970: 1_764_072_000.987_654_321),
        Date(timeIntervalSince1970: -2_000_000_000.5),
        Date(timeIntervalSinceReferenceDate: 1e-7),
    ]

    @Test(arguments: Storage.allCases)
    func everyTypeRoundTripsExactly(storage: Storage) async throws {
        let test = try await TestDatabase.open(storage)
        try await libraryModels.setup(on: test.db)
        let samples = Self.dates.enumerated().map { index, date in
            Sample(
                name: "s\(index)", int: Int.max - index, double: 0.1 * Double(index) + 1e-300, bool: index % 2 == 0,
                text: "naïve café 日本 🎉 \(index)\0tail", data: Data([0, 255, UInt8(index)]), date: date,
                maybeInt: Int.min + index, maybeDouble: -Double.greatestFiniteMagnitude, maybeBool: false,
                maybeText: "", maybeData: Data(), maybeDate: date)
        }
        try await test.db.add(contentsOf: samples)
        let stored = try await test.db.find(Sample.self).sorted(by: Sample.name).all()
        #expect(stored.count == samples.count)
        for (expected, actual) in zip(samples, stored) {
            #expect(actual.int == expected.int)
            #expect(actual.double == expected.double)
            #expect(actual.bool == expected.bool)
            #expect(actual.text == expected.text)
            #expect(actual.data == expected.data)
            #expect(actual.date == expected.date)
            #expect(actual.maybeInt == expected.maybeInt)
            #expect(actual.maybeDouble == expected.maybeDouble)
            #expect(actual.maybeBool == expected.maybeBool)
            #expect(actual.maybeText == expected.maybeText)
            #expect(actual.maybeData == expected.maybeData)
            #expect(actual.maybeDate == expected.maybeDate)
        }
    }

    @Test func nilOptionalsRoundTripAsNull() async throws {
        let test = try await TestDatabase.open(.memory)
        try await libraryModels.setup(on: test.db)
        try await test.db.add(
            Sample(
                name: "empty", int: 0, double: 0, bool: false, text: "", data: Data(),
                date: Date(timeIntervalSince1970: 0),
                maybeInt: nil, maybeDouble: nil, maybeBool: nil, maybeText: nil, maybeData: nil, maybeDate: nil))
        let stored = try await test.db.find(Sample.name == "empty").one()
        #expect(stored.maybeInt == nil && stored.maybeDouble == nil && stored.maybeBool == nil)
        #expect(stored.maybeText == nil && stored.maybeData == nil && stored.maybeDate == nil)
        #expect(try await test.db.find(Sample.maybeInt == nil).count() == 1)
    }

    @Test func datesAreStoredAsReadableTextThatSortsInTimeOrder() async throws {
        let test = try await TestDatabase.open(.memory)
        try await libraryModels.setup(on: test.db)
        let date = Date(timeIntervalSince1970: 1_764_072_000.25)
        try await test.db.add(
            Sample(
                name: "d", int: 0, double: 0, bool: true, text: "", data: Data(), date: date, maybeInt: nil,
                maybeDouble: nil, maybeBool: nil, maybeText: nil, maybeData: nil, maybeDate: nil))
        var text = ""
        try await test.driver.query(SQLStatement("SELECT date FROM Sample")) { row in
            text = try row.decode(String.self, at: 0)
        }
        #expect(text == "2025-11-25 12:00:00.25")
        #expect(try await test.db.find(Sample.date > Date(timeIntervalSince1970: 1_764_072_000)).count() == 1)
        #expect(try await test.db.find(Sample.date > Date(timeIntervalSince1970: 1_764_072_001)).count() == 0)
    }

    @Test func optionalIntegersAreIntegerColumnsComparedAsNumbers() async throws {
        let test = try await TestDatabase.open(.memory)
        try await libraryModels.setup(on: test.db)
        let author = try await test.db.add(Author(name: "A"))
        for pages in [9, 10, 100] {
            try await test.db.add(Book(title: "p\(pages)", pages: pages, category: "x", authorID: author.id))
        }
        var declared = ""
        try await test.driver.query(SQLStatement("SELECT type FROM pragma_table_info('books') WHERE name = 'authorID'"))
        {
            declared = try $0.decode(String.self, at: 0)
        }
        #expect(declared == "INTEGER")
        #expect(try await test.db.find(Book.pages > 9).count() == 2)
        #expect(try await test.db.find(Book.authorID == author.id).count() == 3)
    }
}
