/// One change made in this session, newest last, for `u`.
public struct UndoEntry: Sendable {
    /// Tells this entry apart from every other of the session, so that the undo or redo written
    /// for it takes exactly it off its stack, whatever was written meanwhile.
    public var id: Int
    /// The change that undoes it.
    public var inverse: RowChange
    /// What was done, in words: `attached 'python' to post #1`.
    public var description: String
    /// Why the inverse would not restore everything the change did; such a change is not undone.
    public var refusal: String? = nil
}
