import Ommi

/// The order the browser lists models in: by name, ignoring case, with ties broken by the exact
/// name so the order never depends on the database's.
enum ModelOrdering {
    static func sorted(_ schemas: [ModelSchema]) -> [ModelSchema] {
        schemas.sorted { lhs, rhs in
            let left = lhs.name.lowercased()
            let right = rhs.name.lowercased()
            return left != right ? left < right : lhs.name < rhs.name
        }
    }
}
