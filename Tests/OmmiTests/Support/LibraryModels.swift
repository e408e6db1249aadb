import Foundation
import Ommi

@Model(name: "authors") struct Author {
    @Key @Auto var id: Int
    var name: String
    var books: LazyLoadEveryRelated<Book>
}

@Model(name: "books") struct Book {
    @Key @Auto var id: Int
    var title: String
    var pages: Int
    var category: String
    @ReferenceTo(Author.id) var authorID: Int?
    var author: LazyLoadTheRelated<Author>
}

/// A self reference: every employee may report to another.
@Model struct Employee {
    @Key var id: Int
    var name: String
    @ReferenceTo(Employee.id) var managerID: Int?
    var manager: LazyLoadTheRelated<Employee>
    var reports: LazyLoadEveryRelated<Employee>
}

@Model struct Account {
    @Key var id: Int
    var handle: String
    @Via(\Transfer.senderID) var sent: LazyLoadEveryRelated<Transfer>
    @Via(\Transfer.recipientID) var received: LazyLoadEveryRelated<Transfer>
}

/// Two references to the same model, each followed by its own field.
@Model struct Transfer {
    @Key @Auto var id: Int
    @ReferenceTo(Account.id) var senderID: Int
    @ReferenceTo(Account.id) var recipientID: Int
    var amount: Double
    var sender: LazyLoadTheRelated<Account>
    var recipient: LazyLoadTheRelated<Account>
}

/// Every supported field type, required and optional.
@Model struct Sample {
    @Key var name: String
    var int: Int
    var double: Double
    var bool: Bool
    var text: String
    var data: Data
    var date: Date
    var maybeInt: Int?
    var maybeDouble: Double?
    var maybeBool: Bool?
    var maybeText: String?
    var maybeData: Data?
    var maybeDate: Date?
}

/// A composite key and a renamed column.
@Model(name: "course_sections") struct Section {
    @Key var department: String
    @Key var number: Int
    @StoreAs("section_title") var title: String
}

let libraryModels = ModelCollection(
    Author.self, Book.self, Employee.self, Account.self, Transfer.self, Sample.self, Section.self)
