/// The cases of the letters of a text, for finding it ignoring case in any script: each scalar
/// with its lowercase, uppercase and titlecase forms where those are one scalar too. A
/// database's own case-insensitive matching (SQLite's `LIKE`, PostgreSQL's `ILIKE` under the C
/// locale) folds ASCII letters only; a pattern that lists the cases of each letter finds
/// `górecki` by `GÓRECKI` on any database, with the operators that indexes serve.
package enum CaseVariants {
    /// One entry per scalar of `text`: the scalar first, then its other cases, each once.
    package static func of(_ text: String) -> [[Unicode.Scalar]] {
        text.unicodeScalars.map { scalar in
            var variants = [scalar]
            let properties = scalar.properties
            for mapping in [properties.lowercaseMapping, properties.uppercaseMapping, properties.titlecaseMapping] {
                let scalars = mapping.unicodeScalars
                guard scalars.count == 1, let other = scalars.first, !variants.contains(other) else { continue }
                variants.append(other)
            }
            return variants
        }
    }

    /// `text` as a pattern: a scalar with no other case as `literal` spells it, one with other
    /// cases as a bracket expression of them all (`[Óó]`), which SQLite's GLOB and POSIX
    /// regular expressions read alike.
    package static func pattern(_ text: String, literal: (Unicode.Scalar) -> String) -> String {
        of(text).map { variants in
            variants.count == 1 ? literal(variants[0]) : "[" + String(String.UnicodeScalarView(variants)) + "]"
        }.joined()
    }
}
