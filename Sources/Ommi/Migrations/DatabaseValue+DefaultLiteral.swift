extension DatabaseValue {
    /// The value as the `DEFAULT` of a column, in SQL that SQLite and PostgreSQL both read, or nil
    /// when there is none: NULL (a column's default anyway), a number that is not finite, and
    /// bytes, which the two spell differently.
    func defaultLiteral(declaredType: String) -> String? {
        switch self {
        case .null, .blob: return nil
        case .integer(let value):
            guard declaredType.uppercased() == "BOOLEAN" else { return String(value) }
            return value == 0 ? "FALSE" : "TRUE"
        case .real(let value): return value.isFinite ? "\(value)" : nil
        case .text(let text): return "'" + text.replacing("'", with: "''") + "'"
        }
    }
}
