import SwiftSyntaxMacrosGenericTestSupport
import Testing

/// The errors `@Model` reports, each at the declaration or marker at fault. A model with an error
/// gets no generated code, so that the error is not buried under others that follow from it.
@Suite("@Model diagnostics")
struct ModelDiagnosticsTests {
    @Test("@Model applies only to structs")
    func notAStruct() {
        assertExpansion(
            """
            @Model final class Post {
                var id: Int = 0
            }
            """,
            expandsTo: """
                final class Post {
                    var id: Int = 0
                }
                """,
            diagnostics: [
                DiagnosticSpec(message: "@Model can only be applied to a struct, not to this class", line: 1, column: 1)
            ]
        )
    }

    @Test("a stored property needs an explicit type")
    func missingType() {
        assertExpansion(
            """
            @Model struct Counter {
                var count = 5
                var id: Int
            }
            """,
            expandsTo: """
                struct Counter {
                    var count = 5
                    var id: Int
                }
                """,
            diagnostics: [
                DiagnosticSpec(message: "@Model needs an explicit type for stored property 'count'", line: 2, column: 9)
            ]
        )
    }

    @Test("an implicitly unwrapped optional does not count as an explicit type")
    func implicitlyUnwrappedOptional() {
        assertExpansion(
            """
            @Model struct Person {
                var name: String!
                var id: Int
            }
            """,
            expandsTo: """
                struct Person {
                    var name: String!
                    var id: Int
                }
                """,
            diagnostics: [
                DiagnosticSpec(message: "@Model needs an explicit type for stored property 'name'", line: 2, column: 9)
            ]
        )
    }

    @Test("a stored property cannot destructure a tuple")
    func tuplePattern() {
        assertExpansion(
            """
            @Model struct Span {
                var (start, end): (Int, Int)
                var id: Int
            }
            """,
            expandsTo: """
                struct Span {
                    var (start, end): (Int, Int)
                    var id: Int
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "@Model needs every stored property to be declared with its own name", line: 2, column: 9)
            ]
        )
    }

    @Test("a @StoreAs column cannot be another property's column")
    func storeAsCollision() {
        assertExpansion(
            """
            @Model struct Article {
                var name: String
                @StoreAs("name") var title: String
                var id: Int
            }
            """,
            expandsTo: """
                struct Article {
                    var name: String
                    var title: String
                    var id: Int
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "column 'name' of 'title' collides with the column of 'name'", line: 3, column: 5)
            ]
        )
    }

    @Test("column names collide regardless of case, as they do in SQLite")
    func defaultColumnCollision() {
        assertExpansion(
            """
            @Model struct Article {
                @StoreAs("Title") var heading: String
                var title: String
                var id: Int
            }
            """,
            expandsTo: """
                struct Article {
                    var heading: String
                    var title: String
                    var id: Int
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "column 'title' of 'title' collides with the column of 'heading'", line: 3, column: 9)
            ]
        )
    }

    @Test("only one property can be @Auto")
    func multipleAuto() {
        assertExpansion(
            """
            @Model struct Ticket {
                @Auto var id: Int
                @Auto var number: Int
            }
            """,
            expandsTo: """
                struct Ticket {
                    var id: Int
                    var number: Int
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "@Auto can mark only one property of a model, and 'id' already has it", line: 3, column: 5)
            ]
        )
    }

    @Test("@Auto cannot mark a relation field")
    func autoOnRelation() {
        assertExpansion(
            """
            @Model struct Post {
                @Key var id: Int
                @Auto var author: LazyLoadTheRelated<User>
            }
            """,
            expandsTo: """
                struct Post {
                    var id: Int
                    var author: LazyLoadTheRelated<User>
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "@Auto applies only to stored columns, and 'author' is a relation field", line: 3,
                    column: 5)
            ]
        )
    }

    @Test("@Key cannot mark a relation field")
    func keyOnRelation() {
        assertExpansion(
            """
            @Model struct Post {
                @Key var author: LazyLoadTheRelated<User>
                var id: Int
            }
            """,
            expandsTo: """
                struct Post {
                    var author: LazyLoadTheRelated<User>
                    var id: Int
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "@Key applies only to stored columns, and 'author' is a relation field", line: 2, column: 5
                )
            ]
        )
    }

    @Test("@StoreAs and @ReferenceTo cannot mark a relation field")
    func columnMarkersOnRelation() {
        assertExpansion(
            """
            @Model struct Post {
                @Key var id: Int
                @StoreAs("writer") @ReferenceTo(User.id) var author: LazyLoadTheRelated<User>
            }
            """,
            expandsTo: """
                struct Post {
                    var id: Int
                    @ReferenceTo(User.id) var author: LazyLoadTheRelated<User>
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "@StoreAs applies only to stored columns, and 'author' is a relation field", line: 3,
                    column: 5),
                DiagnosticSpec(
                    message: "@ReferenceTo applies only to stored columns, and 'author' is a relation field", line: 3,
                    column: 24),
            ]
        )
    }

    @Test("@AssociateUsing applies only to LazyLoadEveryRelated fields")
    func associateUsingElsewhere() {
        assertExpansion(
            """
            @Model struct Post {
                @Key @AssociateUsing(PostTag.self) var id: Int
                @AssociateUsing(PostTag.self) var tag: LazyLoadTheRelated<Tag>
            }
            """,
            expandsTo: """
                struct Post {
                    var id: Int
                    var tag: LazyLoadTheRelated<Tag>
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "@AssociateUsing applies only to LazyLoadEveryRelated fields, which 'id' is not", line: 2,
                    column: 10),
                DiagnosticSpec(
                    message: "@AssociateUsing applies only to LazyLoadEveryRelated fields, which 'tag' is not", line: 3,
                    column: 5),
            ]
        )
    }

    @Test("@Via applies only to relation fields")
    func viaOnColumn() {
        assertExpansion(
            """
            @Model struct Comment {
                @Key var id: Int
                @Via(\\Post.id) var postID: Int
            }
            """,
            expandsTo: """
                struct Comment {
                    var id: Int
                    var postID: Int
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "@Via applies only to relation fields, and 'postID' is a stored column", line: 3, column: 5
                )
            ]
        )
    }

    @Test("@StoreAs needs a string literal")
    func storeAsNotALiteral() {
        assertExpansion(
            """
            @Model struct Article {
                @StoreAs(Article.prefix + "title") var title: String
                @StoreAs("\\(Article.prefix)body") var body: String
                var id: Int
            }
            """,
            expandsTo: """
                struct Article {
                    var title: String
                    var body: String
                    var id: Int
                }
                """,
            diagnostics: [
                DiagnosticSpec(message: "@StoreAs needs a string literal for the column name", line: 2, column: 14),
                DiagnosticSpec(message: "@StoreAs needs a string literal for the column name", line: 3, column: 14),
            ]
        )
    }

    @Test("@Model(name:) needs a string literal")
    func tableNameNotALiteral() {
        assertExpansion(
            """
            @Model(name: Article.table) struct Article {
                var title: String
                var id: Int
            }
            """,
            expandsTo: """
                struct Article {
                    var title: String
                    var id: Int
                }
                """,
            diagnostics: [
                DiagnosticSpec(message: "@Model(name:) needs a string literal for the table name", line: 1, column: 14)
            ]
        )
    }

    @Test("an @Auto key and relation fields must be variables, since @Model assigns them later")
    func mustBeVariable() {
        assertExpansion(
            """
            @Model struct Post {
                @Auto let id: Int
                let author: LazyLoadTheRelated<User>
            }
            """,
            expandsTo: """
                struct Post {
                    let id: Int
                    let author: LazyLoadTheRelated<User>
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "'id' must be declared with 'var' because @Model assigns it after the model is created",
                    line: 2, column: 15),
                DiagnosticSpec(
                    message:
                        "'author' must be declared with 'var' because @Model assigns it after the model is created",
                    line: 3, column: 9),
            ]
        )
    }
    @Test("a model needs a key: @Key, @Auto or a property named id")
    func missingKey() {
        assertExpansion(
            """
            @Model(name: "notes") public struct Note {
                public var text: String
            }
            """,
            expandsTo: """
                public struct Note {
                    public var text: String
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message:
                        "@Model needs a key for 'Note': mark the key property with @Key (several for a composite key), or name it 'id'",
                    line: 1, column: 37)
            ]
        )
    }

    @Test("@Model(unique:) names stored columns of the model, as string literals")
    func uniqueGroupNames() {
        assertExpansion(
            """
            @Model(unique: [["title", "author"], ["isbn", code]]) struct Book {
                @Key var id: Int
                var title: String
                var isbn: String
                var author: LazyLoadTheRelated<Writer>
            }
            """,
            expandsTo: """
                struct Book {
                    var id: Int
                    var title: String
                    var isbn: String
                    var author: LazyLoadTheRelated<Writer>
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "@Model(unique:) names 'author', which is not a stored column of 'Book'", line: 1,
                    column: 27),
                DiagnosticSpec(
                    message:
                        "@Model(unique:) needs an array literal of groups of property names, like [[\"title\", \"authorID\"]]",
                    line: 1, column: 47),
            ]
        )
    }
}
