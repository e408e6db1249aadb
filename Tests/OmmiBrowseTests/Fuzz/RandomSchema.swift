/// A random database: tables with awkward names, every kind of key, declared and name-inferred
/// references, association tables, and rows of hostile values. Returned as SQL statements.
enum RandomSchema {
    static let names = [
        "Post", "Tag", "Order", "select", "Order Details", "We\"ird", "Ünïcode 表", "a.b", "[brackets]", "x", "Group",
        "emoji 🚀", "tab\tname",
    ]

    static let hostileTexts = [
        "plain", "", "tab\there", "new\nline", "\u{1B}[31mred\u{1B}[0m", "漢字テキスト", "👨‍👩‍👧‍👦 family", "e\u{301}",
        "\u{202E}reversed", String(repeating: "long ", count: 400), "NULL", "'; DROP TABLE x; --",
    ]

    static func statements(_ random: inout SplitMix64) -> [String] {
        var chosen: [String] = []
        while chosen.count < Int.random(in: 2...5, using: &random) {
            let name = random.pick(names)
            if !chosen.contains(where: { $0.lowercased() == name.lowercased() }) { chosen.append(name) }
        }
        // Dangling references are part of what the browser must survive.
        var statements = ["PRAGMA foreign_keys = OFF"]
        for (index, name) in chosen.enumerated() {
            let previous = index > 0 ? chosen[Int.random(in: 0..<index, using: &random)] : nil
            statements += table(name, referring: previous, &random)
        }
        if chosen.count >= 2, random.chance(70) {
            statements += association(chosen[0], chosen[1], &random)
        }
        return statements
    }

    static func quote(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    static func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    /// A table keyed in one of several ways, with a reference to `target` (declared, or only
    /// named `<target>_id` as the Python Ommi writes it) and random rows.
    private static func table(_ name: String, referring target: String?, _ random: inout SplitMix64) -> [String] {
        let keyKind = Int.random(in: 0..<4, using: &random)
        var columns: [String]
        var suffix = ""
        switch keyKind {
        case 0: columns = ["id INTEGER PRIMARY KEY"]
        case 1: columns = ["id TEXT PRIMARY KEY"]
        case 2:
            columns = ["id INTEGER NOT NULL", "part INTEGER NOT NULL", "PRIMARY KEY (id, part)"]
            suffix = random.chance(50) ? " WITHOUT ROWID" : ""
        default: columns = ["id INTEGER"]
        }
        columns.insert(contentsOf: ["name TEXT", "value", "data BLOB"], at: keyKind == 2 ? 2 : 1)
        if let target {
            let column = quote(target.lowercased().filter { $0.isLetter } + "_id")
            columns.insert(
                random.chance(50) ? "\(column) INTEGER REFERENCES \(quote(target))" : "\(column) INTEGER",
                at: 1)
        }
        var statements = ["CREATE TABLE \(quote(name)) (\(columns.joined(separator: ", ")))\(suffix)"]
        for row in 0..<Int.random(in: 0...40, using: &random) {
            let key = keyKind == 1 ? literal("k\(row) \(random.pick(hostileTexts).prefix(10))") : "\(row + 1)"
            var values = [key]
            if keyKind == 2 { values.append("\(row % 3)") }
            if target != nil {
                values.insert(random.chance(20) ? "NULL" : "\(Int.random(in: 1...50, using: &random))", at: 1)
            }
            values += [literal(random.pick(hostileTexts)), value(&random), random.chance(30) ? "x'00FF10'" : "NULL"]
            statements.append("INSERT OR IGNORE INTO \(quote(name)) VALUES (\(values.joined(separator: ", ")))")
        }
        return statements
    }

    /// A value of any type for an untyped column: extremes, NaN, invalid UTF-8, NULL.
    private static func value(_ random: inout SplitMix64) -> String {
        random.pick([
            "9223372036854775807", "-9223372036854775808", "0.5", "1e308", "-0.0", "NULL", "CAST(x'C328FF' AS TEXT)",
            literal(random.pick(hostileTexts)), "x'DEADBEEF'", "(1e999 - 1e999)",
        ])
    }

    private static func association(_ first: String, _ second: String, _ random: inout SplitMix64) -> [String] {
        let left = quote(first.lowercased().filter { $0.isLetter } + "_id")
        let right = quote(second.lowercased().filter { $0.isLetter } + "_id")
        guard left != right else { return [] }
        let name = quote(first.filter { $0.isLetter } + second.filter { $0.isLetter } + "Link")
        var statements = [
            "CREATE TABLE \(name) (\(left) INTEGER NOT NULL, \(right) INTEGER NOT NULL, added DATETIME, PRIMARY KEY (\(left), \(right)))"
        ]
        for _ in 0..<Int.random(in: 0...30, using: &random) {
            statements.append(
                "INSERT OR IGNORE INTO \(name) VALUES (\(Int.random(in: 1...20, using: &random)), \(Int.random(in: 1...20, using: &random)), NULL)"
            )
        }
        return statements
    }
}
