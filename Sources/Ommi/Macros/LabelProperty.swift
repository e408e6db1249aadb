/// The root of the key path in `@Model(label: \.title)`.
///
/// A macro's arguments are type-checked before the macro adds its members, so a key path rooted
/// at the model itself (`\Post.title`) would make the model's members wait on the macro that
/// generates them. The key path is rooted here instead, where every property name is a member,
/// and `@Model` checks that the name is a stored column of the model it is attached to.
@dynamicMemberLookup
public enum LabelProperty {
    /// The property name the key path spells.
    public subscript(dynamicMember property: String) -> String { property }
}
