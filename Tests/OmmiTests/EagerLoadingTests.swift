import Ommi
import Testing

/// Several relations loaded eagerly on one query stay loaded together: each model is bound once,
/// to an owner holding every relation the query included.
@Suite struct EagerLoadingTests {
    let test: TestDatabase

    init() async throws {
        test = try await TestDatabase.open(.file)
        try await libraryModels.setup(on: test.db)
    }

    @Test func twoIncludedRelationsAreBothReadWithoutFurtherQueries() async throws {
        try await test.db.add(
            Employee(id: 1, name: "Grace", managerID: nil), Employee(id: 2, name: "Alan", managerID: 1),
            Employee(id: 3, name: "Ada", managerID: 1), Employee(id: 4, name: "Edsger", managerID: 2))
        let employees = try await test.db.find(Employee.self).sorted(by: Employee.id)
            .including(Employee.manager).including(Employee.reports).all()
        let statements = try await test.statements { () async throws in
            var managers: [String?] = []
            var reports: [[String]] = []
            for employee in employees {
                managers.append(try await employee.manager.value?.name)
                reports.append(try await employee.reports.value.map(\.name))
            }
            #expect(managers == [nil, "Grace", "Grace", "Alan"])
            #expect(reports == [["Alan", "Ada"], ["Edsger"], [], []])
        }
        #expect(statements.isEmpty)
    }

    @Test func refreshReadsAnEagerRelationAgain() async throws {
        try await test.db.add(
            Employee(id: 1, name: "Grace", managerID: nil), Employee(id: 2, name: "Alan", managerID: 1))
        let grace = try await test.db.find(Employee.id == 1).including(Employee.reports).one()
        #expect(try await grace.reports.value.map(\.name) == ["Alan"])
        try await test.db.add(Employee(id: 3, name: "Ada", managerID: 1))
        #expect(try await grace.reports.value.map(\.name) == ["Alan"])
        #expect(try await grace.reports.refresh().map(\.name) == ["Alan", "Ada"])
    }
}
