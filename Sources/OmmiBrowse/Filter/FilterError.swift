/// Why a filter expression could not be read, and where.
///
/// The description is one line meant for the status line, such as
/// `unknown column "titel" at 1 (columns: id, title, body)`: the problem, the position, then an
/// optional hint in parentheses. Text taken from the input or the schema is shortened and its
/// control characters are spelled out, so a message never breaks the screen.
public struct FilterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, without the position.
    public let problem: String
    /// Where it is wrong: counted in characters (as the user sees them) from 1. One past the last
    /// character means the expression ended too early.
    public let position: Int
    /// What the user can do about it, if there is something useful to say.
    public let hint: String?

    init(_ problem: String, at offset: Int, hint: String? = nil) {
        self.problem = problem
        self.position = offset + 1
        self.hint = hint
    }

    public var description: String {
        let located = "\(problem) at \(position)"
        guard let hint else { return located }
        return "\(located) (\(hint))"
    }
}
