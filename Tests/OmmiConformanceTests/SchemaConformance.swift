import Foundation
import Ommi
import Testing

extension DriverConformance {
    /// Setting up and removing tables, column names, keys and field types.
    @Suite("Schema") struct Schema {
        @Test(arguments: ConformanceDriver.all)
        func afterRemovingTheSchemaAFetchFailsClearly(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            try await inventoryModels.setup(on: test.db)
            #expect(try await test.tableNames().isSuperset(of: ["gadgets", "notes"]))
            try await test.db.add(Gadget(code: "k", label: "Kettle", inStock: true, price: 30))
            #expect(try await test.db.find(Gadget.code == "k").one().label == "Kettle")
            try await inventoryModels.remove(from: test.db)
            #expect(try await test.tableNames().isDisjoint(with: ["gadgets", "notes"]))
            let error = await #expect(throws: OmmiError.self) { try await test.db.find(Gadget.code == "k").one() }
            #expect(error?.kind == .schema)
            #expect(error?.message.contains("gadgets") == true)
        }

        @Test(arguments: ConformanceDriver.all)
        func storeAsOnThreeFieldsRoundTripsAndIsQueryable(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: schemaModels)
            let schemas = try await test.db.driver.introspect()
            let columns = schemas.first { $0.tableName == "contacts" }?.fields.map(\.column)
            #expect(columns.map(Set.init) == ["contact_id", "full_name", "e_mail", "city"])
            try await test.db.add(contentsOf: [
                Contact(id: 1, name: "Noor", email: "noor@example.org", city: "Oslo"),
                Contact(id: 2, name: "Omar", email: nil, city: "Oslo"),
                Contact(id: 3, name: "Pia", email: "pia@example.org", city: "Rome"),
            ])
            let noor = try await test.db.find(Contact.id == 1).one()
            #expect(noor.name == "Noor" && noor.email == "noor@example.org" && noor.city == "Oslo")
            #expect(try await test.db.find(Contact.name == "Pia").one().id == 3)
            #expect(try await test.db.find(Contact.email == nil).one().name == "Omar")
            #expect(try await test.db.find(Contact.self).sorted(by: Contact.id.desc).all().map(\.id) == [3, 2, 1])
            #expect(try await test.db.find(Contact.city == "Oslo" && Contact.email != nil).count() == 1)
            let omar = test.db.find(Contact.name == "Omar")
            #expect(try await omar.update(Contact.email.set(to: "omar@example.org")) == 1)
            #expect(try await test.db.find(Contact.id == 2).one().email == "omar@example.org")
            #expect(try await test.db.find(Contact.id > 1).delete() == 2)
            #expect(try await test.db.find(Contact.self).all().map(\.name) == ["Noor"])
        }

        @Test(arguments: ConformanceDriver.all)
        func twoStringKeysFetchedByBoth(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: schemaModels)
            let rows = [
                Translation(locale: "en", phrase: "hello", text: "Hello"),
                Translation(locale: "en", phrase: "bye", text: "Goodbye"),
                Translation(locale: "fr", phrase: "hello", text: "Bonjour"),
            ]
            try await test.db.add(contentsOf: rows)
            #expect(try await test.db.find(Translation.self).count() == 3)
            for row in rows {
                let byBoth = Translation.locale == row.locale && Translation.phrase == row.phrase
                let found = try await test.db.find(byBoth).all()
                #expect(found.map(\.text) == [row.text])
            }
            #expect(try await test.db.find(Translation.locale == "en").count() == 2)
            #expect(try await test.db.find(Translation.phrase == "hello").count() == 2)
            let duplicate = await #expect(throws: OmmiError.self) {
                try await test.db.add(Translation(locale: "fr", phrase: "hello", text: "Salut"))
            }
            #expect(duplicate?.kind == .constraint)
            let kept = try await test.db.find(Translation.locale == "fr" && Translation.phrase == "hello").one()
            #expect(kept.text == "Bonjour")
        }

        @Test(arguments: ConformanceDriver.all)
        func aJoinFilterByDepartmentName(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: organisationModels)
            let (research, sales) = try await test.db.add(Department(name: "Research"), Department(name: "Sales"))
            try await test.db.add(contentsOf: [
                StaffMember(name: "Lea", departmentID: research.id), StaffMember(name: "Max", departmentID: sales.id),
                StaffMember(name: "Ned", departmentID: research.id), StaffMember(name: "Ola", departmentID: sales.id),
            ])
            let researchers = try await test.db.find(StaffMember.self).filter(Department.name == "Research")
                .sorted(by: StaffMember.name).all()
            #expect(researchers.map(\.name) == ["Lea", "Ned"])
            let salesButMax = try await test.db.find(StaffMember.name != "Max" && Department.name == "Sales").all()
            #expect(salesButMax.map(\.name) == ["Ola"])
            #expect(try await test.db.find(StaffMember.self).filter(Department.name == "Legal").count() == 0)
        }

        @Test(arguments: ConformanceDriver.all)
        func everySupportedFieldTypeRoundTrips(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: schemaModels)
            try await test.db.add(contentsOf: SpecimenSamples.filled)
            for expected in SpecimenSamples.filled {
                let actual = try await test.db.find(Specimen.name == expected.name).one()
                #expect(actual.int == expected.int && actual.int64 == expected.int64 && actual.int32 == expected.int32)
                #expect(actual.double == expected.double && actual.bool == expected.bool)
                #expect(actual.text == expected.text && actual.data == expected.data && actual.date == expected.date)
                #expect(actual.maybeInt == expected.maybeInt && actual.maybeInt64 == expected.maybeInt64)
                #expect(actual.maybeInt32 == expected.maybeInt32 && actual.maybeDouble == expected.maybeDouble)
                #expect(actual.maybeBool == expected.maybeBool && actual.maybeText == expected.maybeText)
                #expect(actual.maybeData == expected.maybeData && actual.maybeDate == expected.maybeDate)
            }
            for expected in SpecimenSamples.filled {
                #expect(try await test.db.find(Specimen.date == expected.date).one().name == expected.name)
                #expect(try await test.db.find(Specimen.data == expected.data).one().name == expected.name)
                #expect(try await test.db.find(Specimen.int64 == expected.int64).one().name == expected.name)
            }
        }

        @Test(arguments: ConformanceDriver.all)
        func nilOptionalsRoundTripAsNull(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: schemaModels)
            try await test.db.add(contentsOf: SpecimenSamples.filled + [SpecimenSamples.empty])
            let actual = try await test.db.find(Specimen.name == "empty").one()
            #expect(actual.maybeInt == nil && actual.maybeInt64 == nil && actual.maybeInt32 == nil)
            #expect(actual.maybeDouble == nil && actual.maybeBool == nil && actual.maybeText == nil)
            #expect(actual.maybeData == nil && actual.maybeDate == nil)
            #expect(try await test.db.find(Specimen.maybeText == nil).all().map(\.name) == ["empty"])
            #expect(try await test.db.find(Specimen.maybeDate == nil && Specimen.maybeData == nil).count() == 1)
            #expect(try await test.db.find(Specimen.maybeInt != nil).count() == SpecimenSamples.filled.count)
        }

        @Test(arguments: ConformanceDriver.all)
        func aTableNamedOrderFoundThroughItsCustomer(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: shopModels)
            #expect(try await test.tableNames().isSuperset(of: ["customers", "Order", "order_lines"]))
            let (kim, lou) = try await test.db.add(Customer(name: "Kim"), Customer(name: "Lou"))
            let orders = try await test.db.add(contentsOf: [
                Order(reference: "K-1", customerID: kim.id), Order(reference: "L-1", customerID: lou.id),
                Order(reference: "K-2", customerID: kim.id),
            ])
            try await test.db.add(contentsOf: [
                OrderLine(orderID: orders[0].id, product: "tea", quantity: 2),
                OrderLine(orderID: orders[0].id, product: "cups", quantity: 4),
                OrderLine(orderID: orders[2].id, product: "tea", quantity: 1),
            ])
            let kims = try await test.db.find(Order.self).filter(Customer.name == "Kim")
                .sorted(by: Order.reference).all()
            #expect(kims.map(\.reference) == ["K-1", "K-2"])
            #expect(try await kims[0].customer.value?.name == "Kim")
            #expect(try await kims[0].lines.value.map(\.product) == ["tea", "cups"])
            let tea = try await test.db.find(OrderLine.product == "tea").filter(Order.reference == "K-2").one()
            #expect(tea.quantity == 1)
            let withTea = try await test.db.find(Order.self).filter(OrderLine.product == "tea").count()
            #expect(withTea == 2)
            let louOrders = test.db.find(Order.self).filter(Customer.name == "Lou")
            #expect(try await louOrders.update(Order.reference.set(to: "L-9")) == 1)
            #expect(try await test.db.find(Order.customerID == lou.id).one().reference == "L-9")
        }

        /// Two properties on one column: `@Model` already refuses `@StoreAs` that collides with
        /// another property's column at compile time (see `ModelDiagnosticsTests.storeAsCollision`
        /// in `OmmiMacrosTests`). A schema built by hand reaches setup unchecked by the macro, so
        /// setup must refuse it with a message naming both fields, before any table is created.
        @Test(arguments: ConformanceDriver.all)
        func aColumnClaimedByTwoFieldsIsRejectedBySetup(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            let clash = ModelSchema(
                name: "Clash", tableName: "clashes",
                fields: [
                    FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true),
                    FieldSchema(name: "title", type: .text, isNullable: false),
                    FieldSchema(name: "heading", column: "Title", type: .text, isNullable: true),
                ])
            let fine = ModelSchema(
                name: "Fine", tableName: "fines",
                fields: [FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true)])
            let error = await #expect(throws: OmmiError.self) {
                try await ModelCollection(schemas: [fine, clash]).setup(on: test.db)
            }
            #expect(error?.kind == .schema)
            let message = error?.message ?? ""
            #expect(message.contains("Clash") && message.contains("title") && message.contains("heading"))
            #expect(try await test.tableNames().isDisjoint(with: ["clashes", "fines"]))
        }
    }
}
