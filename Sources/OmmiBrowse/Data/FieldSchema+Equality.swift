import Ommi

extension FieldSchema {
    /// Whether the column's values compare by `=` on every database (not JSON, XML or bytes), so
    /// that a write may find its row by them: a row changed elsewhere then no longer matches.
    var comparesByEquality: Bool {
        let declared = declaredType.uppercased()
        return type != .blob && !declared.contains("JSON") && !declared.contains("XML")
    }
}
