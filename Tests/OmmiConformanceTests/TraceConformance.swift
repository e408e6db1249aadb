import Foundation
import Ommi
import Synchronization
import Testing

extension DriverConformance {
    /// `db.trace` reports every statement the database runs, on every driver, until it is
    /// turned off.
    @Suite("Tracing") struct Tracing {
        @Test(arguments: ConformanceDriver.all)
        func theDatabaseTracesEveryStatementUntilTurnedOff(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let db = test.db
            let log = Mutex<[String]>([])
            db.trace { sql in log.withLock { $0.append(sql) } }
            try await db.add(Gadget(code: "a", label: "traced", inStock: true, price: 1))
            let found = try await db.find(Gadget.label == "traced").all()
            db.trace(nil)
            #expect(try await db.find(Gadget.self).count() == found.count)
            let traced = log.withLock { $0 }
            let table = db.driver.dialect.quoteTable("gadgets")
            #expect(traced.count == 4)
            #expect(traced.first?.hasPrefix("BEGIN") == true)
            #expect(traced.dropFirst().first?.hasPrefix("INSERT INTO \(table)") == true)
            #expect(traced.dropFirst(2).first == "COMMIT")
            #expect(traced.last?.hasPrefix("SELECT") == true && traced.last?.contains(table) == true)
        }
    }
}
