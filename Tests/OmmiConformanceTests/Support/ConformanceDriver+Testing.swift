import Ommi
import Testing

extension ConformanceDriver: CustomTestStringConvertible {
    var testDescription: String { name }

    /// A fresh database of this driver with the tables of `collections` set up.
    func database(with collections: ModelCollection...) async throws -> ConformanceDatabase {
        let database = try await open()
        for collection in collections { try await collection.setup(on: database.db) }
        return database
    }
}
