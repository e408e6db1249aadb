import Foundation
import Ommi
import OmmiSQLite

/// A package outside the Ommi tree using the DESIGN.md API with its own models: students,
/// courses and an enrollment association that carries a grade. Exits non-zero on any mismatch.
@Model struct Student {
    @Key @Auto var id: Int
    var name: String
    @AssociateUsing(Enrollment.self) var courses: LazyLoadEveryRelated<Course>
}

@Model struct Course {
    @Key var code: String
    var title: String
    @AssociateUsing(Enrollment.self) var students: LazyLoadEveryRelated<Student>
}

@Model struct Enrollment {
    @Key @ReferenceTo(Student.id) var studentID: Int
    @Key @ReferenceTo(Course.code) var courseCode: String
    var grade: Double? = nil
}

func check(_ condition: Bool, _ message: String) {
    if !condition {
        print("FAILED: \(message)")
        exit(1)
    }
}

let models = ModelCollection(Student.self, Course.self, Enrollment.self)
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enrollment-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
let db = try await Ommi(SQLiteDriver.connect(path: folder.appendingPathComponent("school.db").path, options: .create))
try await models.setup(on: db)

let (ada, grace) = try await db.add(Student(name: "Ada"), Student(name: "Grace"))
try await db.add(Course(code: "CS101", title: "Programs"), Course(code: "MA201", title: "Analysis"))
try await db.add(
    Enrollment(studentID: ada.id, courseCode: "CS101", grade: 4.0), Enrollment(studentID: ada.id, courseCode: "MA201"),
    Enrollment(studentID: grace.id, courseCode: "CS101"))

let adaCourses = try await ada.courses.value.map(\.title)
check(adaCourses == ["Programs", "Analysis"], "Ada's courses: \(adaCourses)")
let programs = try await db.find(Course.code == "CS101").one()
check(try await programs.students.value.map(\.name) == ["Ada", "Grace"], "students of CS101")
let analysts = try await db.find(Student.self).filter(Course.title == "Analysis").all().map(\.name)
check(analysts == ["Ada"], "students found by course title: \(analysts)")
try await grace.courses.attach(
    try await db.find(Course.code == "MA201").one(), payload: [Enrollment.grade.set(to: 3.5)])
check(try await db.find(Enrollment.grade > 3.0).count() == 2, "graded enrollments")
check(try await grace.courses.detach(programs) == 1, "detach")
check(try await grace.courses.value.map(\.code) == ["MA201"], "Grace's courses after detaching")
try await models.remove(from: db)
print("enrollment: every check passed")
