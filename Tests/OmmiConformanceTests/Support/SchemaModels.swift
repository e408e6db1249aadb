import Foundation
import Ommi

/// Three properties stored under other column names, one of them the key.
@Model(name: "contacts") struct Contact {
    @Key @StoreAs("contact_id") var id: Int
    @StoreAs("full_name") var name: String
    @StoreAs("e_mail") var email: String?
    var city: String
}

/// A key made of two strings.
@Model(name: "translations") struct Translation {
    @Key var locale: String
    @Key var phrase: String
    var text: String
}

/// Every supported field type, required and optional.
@Model(name: "specimens") struct Specimen {
    @Key var name: String
    var int: Int
    var int64: Int64
    var int32: Int32
    var double: Double
    var bool: Bool
    var text: String
    var data: Data
    var date: Date
    var maybeInt: Int?
    var maybeInt64: Int64?
    var maybeInt32: Int32?
    var maybeDouble: Double?
    var maybeBool: Bool?
    var maybeText: String?
    var maybeData: Data?
    var maybeDate: Date?
}

let schemaModels = ModelCollection(Contact.self, Translation.self, Specimen.self)
