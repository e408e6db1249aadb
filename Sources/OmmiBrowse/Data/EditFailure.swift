import Ommi

/// Why a change was refused, in plain words that say nothing was written; `duplicate` says what
/// a duplicate key means for the change.
enum EditFailure {
    static func words(_ error: any Error, duplicate: String) -> String {
        guard let error = error as? OmmiError else { return "nothing was changed: \(error)" }
        switch error.kind {
        case .busy: return "database is locked: nothing was changed"
        case .readOnly: return "the database is read-only: nothing was changed"
        case .notFound: return "already gone (changed elsewhere?): nothing was changed; rows reloaded"
        case .constraint:
            let message = error.message.lowercased()
            if message.contains("unique") || message.contains("primary key") {
                return duplicate + ": nothing was changed"
            }
            if message.contains("foreign key") { return "a referenced row is missing: nothing was changed" }
            if message.contains("not null") { return "a value is missing (\(error.message)): nothing was changed" }
            return "refused by the database (\(error.message)): nothing was changed"
        default:
            return "\(error.message): nothing was changed"
        }
    }
}
