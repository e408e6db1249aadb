import Ommi

/// A customer who places orders.
@Model(name: "customers") struct Customer {
    @Key @Auto var id: Int
    var name: String
}

/// An order, in a table named after an SQL keyword.
@Model(name: "Order") struct Order {
    @Key @Auto var id: Int
    var reference: String
    @ReferenceTo(Customer.id) var customerID: Int
    var customer: LazyLoadTheRelated<Customer>
    var lines: LazyLoadEveryRelated<OrderLine>
}

/// A line of an order.
@Model(name: "order_lines") struct OrderLine {
    @Key @Auto var id: Int
    @ReferenceTo(Order.id) var orderID: Int
    var product: String
    var quantity: Int
}

let shopModels = ModelCollection(Customer.self, Order.self, OrderLine.self)
