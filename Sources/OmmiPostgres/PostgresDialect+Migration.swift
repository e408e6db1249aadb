#if PostgreSQL
import Ommi

/// PostgreSQL changes tables in place (`ALTER TABLE ... ALTER COLUMN ... TYPE ... USING`) and
/// checks foreign keys itself; column types are compared by family, so an `Int` column is the
/// same whether it is `integer` or `bigint`.
extension PostgresDialect: SchemaEvolution {
    /// The type's family: its name without modifiers, with the integer, real, text, boolean and
    /// timestamp types each one family whatever their size or alias.
    public func typeFamily(_ declaredType: String) -> String {
        var name = ""
        var depth = 0
        for character in declaredType.lowercased() {
            switch character {
            case "(": depth += 1
            case ")": depth -= 1
            default: if depth == 0 { name.append(character) }
            }
        }
        let words = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        switch words {
        case "smallint", "integer", "bigint", "int", "int2", "int4", "int8": return "integer"
        case "real", "double precision", "float4", "float8": return "real"
        case "text", "character varying", "varchar", "character", "char", "bpchar", "name": return "text"
        case "boolean", "bool": return "boolean"
        case "timestamp with time zone", "timestamptz", "timestamp without time zone", "timestamp": return "timestamp"
        case "bytea": return "blob"
        case "numeric", "decimal": return "numeric"
        default: return words
        }
    }
}
#endif
