import Foundation
import Ommi
import Testing

extension DriverConformance {
    /// Failures are an `OmmiError` with the driver's code, never a crash.
    @Suite("Errors") struct Errors {
        @Test(arguments: ConformanceDriver.all)
        func aDuplicateKeyIsAConstraintErrorWithTheDriversCode(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            try await test.db.add(Gadget(code: "dup", label: "first", inStock: true, price: 1))
            let error = await #expect(throws: OmmiError.self) {
                try await test.db.add(Gadget(code: "dup", label: "second", inStock: false, price: 2))
            }
            #expect(error?.kind == .constraint)
            #expect(error?.constraint == .primaryKey)
            #expect(error?.table == Gadget.schema.tableName)
            #expect(error?.columns == Gadget.schema.keyFields.map(\.column))
            #expect(ViolationCodes.code(of: error) == driver.violationCodes.primaryKey)
            #expect(try await test.db.find(Gadget.code == "dup").one().label == "first")
        }

        @Test(arguments: ConformanceDriver.all)
        func aUniqueIndexViolationIsAConstraintErrorWithTheDriversCode(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            try await test.execute("CREATE UNIQUE INDEX {gadgets_label_unique} ON {gadgets} ({label})")
            try await test.db.add(Gadget(code: "a", label: "same", inStock: true, price: 1))
            let error = await #expect(throws: OmmiError.self) {
                try await test.db.add(Gadget(code: "b", label: "same", inStock: true, price: 1))
            }
            #expect(error?.kind == .constraint)
            #expect(error?.constraint == .unique)
            #expect(error?.table == "gadgets")
            #expect(error?.columns == ["label"])
            #expect(ViolationCodes.code(of: error) == driver.violationCodes.unique)
            let update = await #expect(throws: OmmiError.self) {
                try await test.db.add(Gadget(code: "c", label: "other", inStock: true, price: 1))
                try await test.db.find(Gadget.code == "c").update(Gadget.label.set(to: "same"))
            }
            #expect(ViolationCodes.code(of: update) == driver.violationCodes.unique)
            #expect(update?.constraint == .unique)
            #expect(try await test.db.find(Gadget.label == "same").all().map(\.code) == ["a"])
        }

        @Test(arguments: ConformanceDriver.all)
        func aForeignKeyViolationIsAConstraintErrorWithTheDriversCode(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: literatureModels)
            let writer = try await test.db.add(Writer(name: "Known", country: "NZ"))
            let dangling = await #expect(throws: OmmiError.self) {
                try await test.db.add(Novel(title: "Nobody's", year: 2000, genre: "x", writerID: writer.id + 1000))
            }
            #expect(dangling?.kind == .constraint)
            #expect(dangling?.constraint == .foreignKey)
            #expect(dangling?.table == "novels")
            #expect(dangling?.columns == ["writerID"])
            #expect(dangling?.referencedTable == "writers")
            #expect(ViolationCodes.code(of: dangling) == driver.violationCodes.foreignKey)
            try await test.db.add(Novel(title: "Somebody's", year: 2000, genre: "x", writerID: writer.id))
            let referenced = await #expect(throws: OmmiError.self) {
                try await test.db.find(Writer.id == writer.id).delete()
            }
            #expect(referenced?.kind == .constraint)
            #expect(referenced?.constraint == .foreignKey)
            #expect(referenced?.table == "novels")
            #expect(referenced?.referencedTable == "writers")
            #expect(referenced?.referencedColumns == ["id"])
            #expect(ViolationCodes.code(of: referenced) == driver.violationCodes.foreignKey)
            #expect(try await test.db.find(Novel.self).all().map(\.title) == ["Somebody's"])
            #expect(try await test.db.find(Writer.self).count() == 1)
        }

        @Test(arguments: ConformanceDriver.all)
        func aValueTheModelCannotRepresentIsAnErrorNamingTheColumn(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: gaugeModels)
            try await test.db.add(TextGauge(id: 1, reading: "many"))
            let integer = await #expect(throws: OmmiError.self) { try await test.db.find(IntegerGauge.self).all() }
            #expect(integer?.kind == .decoding)
            #expect(integer?.message.contains("reading") == true)
            let flag = await #expect(throws: OmmiError.self) { try await test.db.find(FlagGauge.id == 1).one() }
            #expect(flag?.kind == .decoding)
            #expect(flag?.message.contains("reading") == true)
            var streamed = 0
            let stream = await #expect(throws: OmmiError.self) {
                for try await _ in test.db.find(IntegerGauge.self).stream() { streamed += 1 }
            }
            #expect(stream?.kind == .decoding)
            #expect(streamed == 0)
            try await test.db.find(TextGauge.id == 1).update(TextGauge.reading.set(to: "12"))
            #expect(try await test.db.find(IntegerGauge.id == 1).one().reading == 12)
        }

        @Test(arguments: ConformanceDriver.all)
        func aNullInARequiredFieldIsAnErrorNamingTheColumn(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: gaugeModels)
            try await test.db.add(TextGauge(id: 1, reading: "present"), TextGauge(id: 2, reading: nil))
            #expect(try await test.db.find(RequiredTextGauge.id == 1).one().reading == "present")
            let error = await #expect(throws: OmmiError.self) { try await test.db.find(RequiredTextGauge.self).all() }
            #expect(error?.kind == .decoding)
            #expect(error?.message.contains("reading") == true)
            let result = await DBResult { try await test.db.find(RequiredTextGauge.id == 2).one() }
            #expect(result.error?.kind == .decoding)
        }
    }
}
