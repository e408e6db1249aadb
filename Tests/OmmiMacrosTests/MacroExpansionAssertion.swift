import OmmiMacros
import SwiftSyntaxMacroExpansion
import SwiftSyntaxMacrosGenericTestSupport
import Testing

/// The macros as the `Ommi` module declares them: `@Model` adds the `Model` and
/// `CustomReflectable` conformances, unless the compiler found that the type already conforms to
/// `Model`, and the field markers expand to nothing. (`@ReferenceTo` is a property wrapper, so it
/// stays in the expanded source.) `@Model` attaches `@Ommi::RelationAccessor` to relation fields,
/// which the test expands under that name.
private func ommiMacros(alreadyConforming: Bool) -> [String: MacroSpec] {
    [
        "Model": MacroSpec(
            type: ModelMacro.self, conformances: (alreadyConforming ? [] : ["Model"]) + ["CustomReflectable"]),
        "Key": MacroSpec(type: FieldMarkerMacro.self),
        "Auto": MacroSpec(type: FieldMarkerMacro.self),
        "StoreAs": MacroSpec(type: FieldMarkerMacro.self),
        "Unique": MacroSpec(type: FieldMarkerMacro.self),
        "Indexed": MacroSpec(type: FieldMarkerMacro.self),
        "AssociateUsing": MacroSpec(type: FieldMarkerMacro.self),
        "Via": MacroSpec(type: FieldMarkerMacro.self),
        "RelationAccessor": MacroSpec(type: RelationAccessorMacro.self),
    ]
}

/// Expands the Ommi macros in `source` and records an issue, at the caller, when the expansion or
/// the diagnostics differ from the expected ones.
///
/// - Parameter alreadyConforming: expand as the compiler does for a type that declares the
///   conformance to `Model` itself: without asking for it again.
func assertExpansion(
    _ source: String,
    expandsTo expandedSource: String,
    diagnostics: [DiagnosticSpec] = [],
    alreadyConforming: Bool = false,
    fileID: StaticString = #fileID,
    filePath: StaticString = #filePath,
    line: UInt = #line,
    column: UInt = #column
) {
    assertMacroExpansion(
        source,
        expandedSource: expandedSource,
        diagnostics: diagnostics,
        macroSpecs: ommiMacros(alreadyConforming: alreadyConforming),
        failureHandler: { failure in
            Issue.record(
                Comment(rawValue: failure.message),
                sourceLocation: SourceLocation(
                    fileID: failure.location.fileID, filePath: failure.location.filePath,
                    line: failure.location.line, column: failure.location.column))
        },
        fileID: fileID,
        filePath: filePath,
        line: line,
        column: column
    )
}
