import Ommi

/// A student, associated with courses through enrolments.
@Model(name: "students") struct Student {
    @Key var id: Int
    var name: String
    @AssociateUsing(Enrolment.self) var courses: LazyLoadEveryRelated<Course>
}

/// A course, associated with students through enrolments.
@Model(name: "courses") struct Course {
    @Key var id: Int
    var title: String
    @AssociateUsing(Enrolment.self) var students: LazyLoadEveryRelated<Student>
}

/// The association of a student with a course, keyed by both, with a payload.
@Model(name: "enrolments") struct Enrolment {
    @Key @ReferenceTo(Student.id) var studentID: Int
    @Key @ReferenceTo(Course.id) var courseID: Int
    var term: String
}

let schoolModels = ModelCollection(Student.self, Course.self, Enrolment.self)
