import Ommi

/// A shelf addressed by two columns: its aisle and its position in the aisle.
@Model(name: "shelves") struct Shelf {
    @Key var aisle: String
    @Key var position: Int
    var label: String
    var items: LazyLoadEveryRelated<StockItem>
}

/// An item on a shelf, referencing it through both of the shelf's key columns.
@Model(name: "stock_items") struct StockItem {
    @Key var sku: String
    var name: String
    @ReferenceTo(Shelf.aisle) var aisle: String
    @ReferenceTo(Shelf.position) var position: Int
    var shelf: LazyLoadTheRelated<Shelf>
}

let warehouseModels = ModelCollection(Shelf.self, StockItem.self)
