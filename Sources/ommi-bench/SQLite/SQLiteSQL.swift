extension BenchSQL {
    /// The texts Ommi compiles for SQLite. Its driver traces the `BEGIN IMMEDIATE` and `COMMIT`
    /// of a transaction, which the raw contender sends too.
    static let sqlite = BenchSQL(
        placeholder: { _ in "?" }, ascending: "", transaction: ["BEGIN IMMEDIATE", "COMMIT"])
}

extension RawStatement {
    /// Decodes the current row as an `Item`, column by column.
    @inline(__always) func item() -> Item {
        Item(id: int(0), title: text(1), n: int(2))
    }

    @inline(__always) func post() -> Post {
        Post(id: int(0), title: text(1))
    }

    @inline(__always) func comment(from column: Int32 = 0) -> Comment {
        Comment(id: int(column), postID: int(column + 1), body: text(column + 2))
    }

    @inline(__always) func tag(from column: Int32 = 0) -> Tag {
        Tag(id: int(column), name: text(column + 1))
    }
}
