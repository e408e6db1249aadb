import Ommi

/// A record keyed by a code the caller chooses, with a text, a flag and a price.
@Model(name: "gadgets") struct Gadget {
    @Key var code: String
    var label: String
    var inStock: Bool
    var price: Double
}

/// A record whose key the database assigns, grouped by category, with an optional reviewer.
@Model(name: "notes") struct Note {
    @Key @Auto var id: Int
    var text: String
    var category: String
    var rank: Int
    var pinned: Bool
    var reviewer: String? = nil
}

let inventoryModels = ModelCollection(Gadget.self, Note.self)
