/// Readable relation names from table and column names: `author` for `author_id`, `tags` for
/// the table `Tag`, `orderDetails` for the table `Order Details`.
enum RelationNaming {
    /// What a reference column names, without its key suffix: `author` for `author_id`,
    /// `SupportRep` for `SupportRepId`, `ReportsTo` for `ReportsTo`; nil for a column that is
    /// only a key suffix (`id`).
    static func referenceStem(ofColumn column: String) -> String? {
        let lowered = column.lowercased()
        guard lowered.hasSuffix("id"), column.count > 2 else { return nil }
        var stem = String(column.dropLast(2))
        while let last = stem.last, !last.isLetter && !last.isNumber { stem.removeLast() }
        return stem.isEmpty ? nil : stem
    }

    /// The name a to-one relation takes from its reference column: the column without its key
    /// suffix (`author_id` → `author`, `AlbumId` → `album`), or the column itself when it has
    /// none or the suffix is not marked off (`ReportsTo` → `reportsTo`, `paid` → `paid`).
    static func toOneName(column: String) -> String {
        let characters = Array(column)
        let marked =
            characters.count > 2
            && (characters[characters.count - 2] == "I" || !characters[characters.count - 3].isLetter)
        guard marked, let stem = referenceStem(ofColumn: column) else { return lowerCamel(column) }
        return lowerCamel(stem)
    }

    /// `Order Details` → `orderDetails`, `post_tag` → `postTag`, `PlaylistTrack` →
    /// `playlistTrack`, `URLMap` → `urlMap`.
    static func lowerCamel(_ name: String) -> String {
        let words = name.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard let first = words.first else { return name }
        let rest = words.dropFirst().map { word in word.prefix(1).uppercased() + word.dropFirst() }
        return ([lowerLeading(first)] + rest).joined()
    }

    /// Lowercases the leading capitals of a word, keeping the last one of a run that starts the
    /// next word (`URLMap` → `urlMap`, `Post` → `post`).
    private static func lowerLeading(_ word: String) -> String {
        let characters = Array(word)
        var end = 0
        while end < characters.count, characters[end].isUppercase { end += 1 }
        if end > 1, end < characters.count, characters[end].isLowercase { end -= 1 }
        if end == 0 { return word }
        return String(characters[..<end]).lowercased() + String(characters[end...])
    }

    /// A name for many of something: `tag` → `tags`, `category` → `categories`, and names that
    /// already end in `s` unchanged (`Orders`, `EmployeeTerritories`).
    static func plural(_ name: String) -> String {
        let lowered = name.lowercased()
        guard let last = lowered.last, last.isLetter else { return name }
        if last == "s" { return name }
        if last == "y", let before = lowered.dropLast().last, !"aeiou".contains(before) {
            return name.dropLast() + "ies"
        }
        if last == "x" || last == "z" || lowered.hasSuffix("ch") || lowered.hasSuffix("sh") { return name + "es" }
        return name + "s"
    }

    /// A name for one of something: `categories` → `category`, `boxes` → `box`, `posts` →
    /// `post`; names that do not look plural unchanged.
    static func singular(_ name: String) -> String {
        let lowered = name.lowercased()
        if lowered.hasSuffix("ies"), name.count > 3 { return name.dropLast(3) + "y" }
        for suffix in ["sses", "xes", "zes", "ches", "shes"] where lowered.hasSuffix(suffix) {
            return String(name.dropLast(2))
        }
        if lowered.hasSuffix("s"), !lowered.hasSuffix("ss"), name.count > 1 { return String(name.dropLast()) }
        return name
    }

    /// A table or stem name reduced to lowercase letters and digits, to compare `blog_post`,
    /// `BlogPost` and `Blog Post` as one name.
    static func comparable(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}

extension RelationNaming {
    /// `support_rep_id` → `SupportRepId`, `Order Details` → `OrderDetails`.
    static func upperCamel(_ name: String) -> String {
        let camel = lowerCamel(name)
        return camel.prefix(1).uppercased() + camel.dropFirst()
    }
}
