import Ommi

/// A department with its staff (to-many, inferred from the staff's reference).
@Model(name: "departments") struct Department {
    @Key @Auto var id: Int
    var name: String
    var staff: LazyLoadEveryRelated<StaffMember>
}

/// A member of staff who belongs to one department (to-one).
@Model(name: "staff") struct StaffMember {
    @Key @Auto var id: Int
    var name: String
    @ReferenceTo(Department.id) var departmentID: Int
    var department: LazyLoadTheRelated<Department>
}

/// An account with at most one profile: the profile's key is the account's key.
@Model(name: "members") struct Member {
    @Key @Auto var id: Int
    var handle: String
    var profile: LazyLoadTheRelated<MemberProfile>
}

/// The one profile of a member, keyed by the member it belongs to.
@Model(name: "member_profiles") struct MemberProfile {
    @Key @ReferenceTo(Member.id) var memberID: Int
    var bio: String
    var member: LazyLoadTheRelated<Member>
}

/// A person who may name another person as best friend.
@Model(name: "people") struct Person {
    @Key var id: Int
    var name: String
    @ReferenceTo(Person.id) var bestFriendID: Int?
    var bestFriend: LazyLoadTheRelated<Person>
}

/// A category tree on one table: each category may have a parent and any number of children.
@Model(name: "categories") struct Category {
    @Key var id: Int
    var name: String
    @ReferenceTo(Category.id) var parentID: Int?
    var parent: LazyLoadTheRelated<Category>
    var children: LazyLoadEveryRelated<Category>
}

let organisationModels = ModelCollection(
    Department.self, StaffMember.self, Member.self, MemberProfile.self, Person.self, Category.self)
