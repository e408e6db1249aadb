import Ommi

extension ForeignKeyAction {
    /// The action `pg_constraint.confdeltype` codes in one letter (`a` no action, `r` restrict,
    /// `c` cascade, `n` set null, `d` set default), or nil for another letter.
    init?(postgresCode code: String) {
        switch code {
        case "a": self = .noAction
        case "r": self = .restrict
        case "c": self = .cascade
        case "n": self = .setNull
        case "d": self = .setDefault
        default: return nil
        }
    }
}
