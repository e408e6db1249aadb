import Ommi

/// A writer of novels; the novels reference the writer.
@Model(name: "writers") struct Writer {
    @Key @Auto var id: Int
    var name: String
    var country: String
    var novels: LazyLoadEveryRelated<Novel>
}

/// A novel, optionally by a known writer.
@Model(name: "novels") struct Novel {
    @Key @Auto var id: Int
    var title: String
    var year: Int
    var genre: String
    @ReferenceTo(Writer.id) var writerID: Int?
    var writer: LazyLoadTheRelated<Writer>
}

let literatureModels = ModelCollection(Writer.self, Novel.self)
