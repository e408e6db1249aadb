import SwiftSyntax
import SwiftSyntaxBuilder

/// `text` as a Swift string literal, escaped (or made raw) as its content needs.
func quoted(_ text: String) -> String {
    StringLiteralExprSyntax(content: text).description
}

/// A declaration with a braced body, each statement or member of which is indented one level.
func block(_ header: String, body: [String]) -> String {
    ([header + " {"] + body.map(\.indented) + ["}"]).joined(separator: "\n")
}

extension String {
    /// The text with every line indented by four more spaces.
    var indented: String {
        split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}
