import Foundation
import Ommi
import Testing

extension DriverConformance {
    /// Lazy relation fields, references across models and association models.
    @Suite("Relations") struct Relations {
        @Test(arguments: ConformanceDriver.all)
        func theBooksOfAnAuthorAndTheAuthorOfABook(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            let seed = try await LiteratureSeed.plant(in: test.db)
            for writer in seed.writers {
                let titles = try await test.db.find(Novel.writerID == writer.id).all().map(\.title).sorted()
                #expect(titles == LiteratureSeed.titles { $0.writer == writer.name })
                #expect(try await writer.novels.value.map(\.title).sorted() == titles)
            }
            let novel = try await test.db.find(Novel.title == "Beloved").one()
            let author = try await test.db.find(Writer.id == (try #require(novel.writerID))).one()
            #expect(author.name == "Toni Morrison")
            #expect(try await test.db.find(Writer.self).filter(Novel.title == "Emma").one().name == "Jane Austen")
            #expect(try await novel.writer.value?.name == "Toni Morrison")
            let anonymous = try await test.db.find(Novel.writerID == nil).one()
            #expect(try await anonymous.writer.value == nil)
        }

        @Test(arguments: ConformanceDriver.all)
        func aOneToOneLazyField(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: organisationModels)
            let (ann, ben) = try await test.db.add(Member(handle: "ann"), Member(handle: "ben"))
            try await test.db.add(MemberProfile(memberID: ann.id, bio: "Writes compilers"))
            let fetched = try await test.db.find(Member.handle == "ann").one()
            #expect(try await fetched.profile.value?.bio == "Writes compilers")
            #expect(try await ben.profile.value == nil)
            let profile = try await test.db.find(MemberProfile.memberID == ann.id).one()
            #expect(try await profile.member.value?.handle == "ann")
            try await test.db.add(MemberProfile(memberID: ben.id, bio: "Draws maps"))
            #expect(try await ben.profile.refresh()?.bio == "Draws maps")
        }

        @Test(arguments: ConformanceDriver.all)
        func toOneAndToManyAcrossADepartmentAndItsStaff(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: organisationModels)
            let (research, sales) = try await test.db.add(Department(name: "Research"), Department(name: "Sales"))
            try await test.db.add(contentsOf: [
                StaffMember(name: "Ida", departmentID: research.id),
                StaffMember(name: "Joe", departmentID: sales.id),
                StaffMember(name: "Kai", departmentID: research.id),
            ])
            #expect(try await research.staff.value.map(\.name) == ["Ida", "Kai"])
            #expect(try await sales.staff.value.map(\.name) == ["Joe"])
            let kai = try await test.db.find(StaffMember.name == "Kai").one()
            #expect(try await kai.department.value?.name == "Research")
            let department = try #require(try await kai.department.value)
            #expect(try await department.staff.value.count == 2)
        }

        @Test(arguments: ConformanceDriver.all)
        func aSelfReferencingChainOfBestFriends(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: organisationModels)
            try await test.db.add(contentsOf: [
                Person(id: 1, name: "A", bestFriendID: nil),
                Person(id: 2, name: "B", bestFriendID: nil),
                Person(id: 3, name: "C", bestFriendID: 1),
            ])
            try await test.db.find(Person.id == 1).update(Person.bestFriendID.set(to: 2))
            try await test.db.find(Person.id == 2).update(Person.bestFriendID.set(to: 3))
            var person = try await test.db.find(Person.name == "A").one()
            var visited = [person.name]
            for _ in 0..<3 {
                person = try #require(try await person.bestFriend.value)
                visited.append(person.name)
            }
            #expect(visited == ["A", "B", "C", "A"])
        }

        @Test(arguments: ConformanceDriver.all)
        func aJoinFetchAndAnUpdateOverATwoColumnForeignKey(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: warehouseModels)
            try await test.db.add(contentsOf: [
                Shelf(aisle: "A", position: 1, label: "Fruit"), Shelf(aisle: "A", position: 2, label: "Bread"),
                Shelf(aisle: "B", position: 1, label: "Dairy"),
            ])
            try await test.db.add(contentsOf: [
                StockItem(sku: "s1", name: "Apple", aisle: "A", position: 1),
                StockItem(sku: "s2", name: "Pear", aisle: "A", position: 1),
                StockItem(sku: "s3", name: "Rye", aisle: "A", position: 2),
                StockItem(sku: "s4", name: "Milk", aisle: "B", position: 1),
            ])
            let fruit = try await test.db.find(StockItem.self).filter(Shelf.label == "Fruit").sorted(by: StockItem.sku)
                .including(StockItem.shelf).all()
            #expect(fruit.map(\.name) == ["Apple", "Pear"])
            for item in fruit { #expect(try await item.shelf.value?.label == "Fruit") }
            let dairy = try await test.db.find(Shelf.label == "Dairy").one()
            #expect(try await dairy.items.value.map(\.name) == ["Milk"])
            let moved = try await test.db.find(StockItem.self).filter(Shelf.label == "Fruit")
                .update(StockItem.aisle.set(to: "B"), StockItem.position.set(to: 1))
            #expect(moved == 2)
            #expect(try await dairy.items.refresh().map(\.name) == ["Apple", "Pear", "Milk"])
            let renamed = try await test.db.find(StockItem.self).filter(Shelf.label == "Bread")
                .update(StockItem.name.set(to: "Sourdough"))
            #expect(renamed == 1)
            #expect(try await test.db.find(StockItem.sku == "s3").one().name == "Sourdough")
            let error = await #expect(throws: OmmiError.self) {
                try await test.db.find(StockItem.sku == "s4").update(StockItem.position.set(to: 9))
            }
            #expect(error?.kind == .constraint)
        }

        @Test(arguments: ConformanceDriver.all)
        func manyToManyBothWaysAndThroughTheAssociation(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: schoolModels)
            try await test.db.add(contentsOf: [
                Student(id: 1, name: "Uma"), Student(id: 2, name: "Vic"), Student(id: 3, name: "Wes"),
            ])
            try await test.db.add(contentsOf: [Course(id: 10, title: "Algebra"), Course(id: 20, title: "Biology")])
            try await test.db.add(contentsOf: [
                Enrolment(studentID: 1, courseID: 10, term: "spring"),
                Enrolment(studentID: 1, courseID: 20, term: "fall"),
                Enrolment(studentID: 2, courseID: 10, term: "spring"),
            ])
            let uma = try await test.db.find(Student.name == "Uma").one()
            #expect(try await uma.courses.value.map(\.title) == ["Algebra", "Biology"])
            let algebra = try await test.db.find(Course.title == "Algebra").one()
            #expect(try await algebra.students.value.map(\.name) == ["Uma", "Vic"])
            let wes = try await test.db.find(Student.id == 3).one()
            #expect(try await wes.courses.value.isEmpty)
            let biologyStudents = try await test.db.find(Student.self).filter(Course.title == "Biology").all()
            #expect(biologyStudents.map(\.name) == ["Uma"])
            let algebraStudents = try await test.db.find(Student.self).filter(Course.title == "Algebra")
                .sorted(by: Student.name.desc).all()
            #expect(algebraStudents.map(\.name) == ["Vic", "Uma"])
            let spring = try await test.db.find(Student.self).filter(Enrolment.term == "spring")
                .sorted(by: Student.name).all()
            #expect(spring.map(\.name) == ["Uma", "Vic"])
        }

        @Test(arguments: ConformanceDriver.all)
        func parentToChildrenAndChildToParentOnOneModel(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: organisationModels)
            try await test.db.add(contentsOf: [
                Category(id: 1, name: "Science", parentID: nil),
                Category(id: 2, name: "Physics", parentID: 1),
                Category(id: 3, name: "Biology", parentID: 1),
                Category(id: 4, name: "Optics", parentID: 2),
            ])
            let science = try await test.db.find(Category.name == "Science").one()
            #expect(try await science.children.value.map(\.name) == ["Physics", "Biology"])
            #expect(try await science.parent.value == nil)
            let optics = try await test.db.find(Category.name == "Optics").one()
            let physics = try #require(try await optics.parent.value)
            #expect(physics.name == "Physics")
            #expect(try await physics.parent.value?.name == "Science")
            #expect(try await physics.children.value.map(\.name) == ["Optics"])
            #expect(try await optics.children.value.isEmpty)
        }
    }
}
