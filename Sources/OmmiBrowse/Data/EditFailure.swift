import Ommi

/// Why a change was refused, in plain words that say nothing was written, in terms of the write
/// refused.
enum EditFailure {
    static func words(_ error: any Error, for write: RowWrite) -> String {
        guard let error = error as? OmmiError else { return "nothing was changed: \(error)" }
        switch error.kind {
        case .busy: return "database is locked: nothing was changed"
        case .readOnly: return "\(error.message): nothing was changed"
        case .notFound:
            return "changed or removed elsewhere since it was read: nothing was changed; showing it as stored now"
        case .constraint:
            let message = error.message.lowercased()
            if message.contains("unique") || message.contains("primary key") {
                return write.duplicate + ": nothing was changed"
            }
            if error.constraint == .foreignKey || message.contains("foreign key") {
                if write.change.kind == .delete { return "other rows refer to it: nothing was changed" }
                // The browser's own check of a reference (no driver code) names the row missing.
                if error.code == nil { return error.message + ": nothing was changed" }
                return "a referenced row is missing: nothing was changed"
            }
            if message.contains("not null") { return "a value is missing (\(error.message)): nothing was changed" }
            return "refused by the database (\(error.message)): nothing was changed"
        default:
            return "\(error.message): nothing was changed"
        }
    }
}
