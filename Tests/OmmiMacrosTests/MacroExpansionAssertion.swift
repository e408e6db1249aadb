import OmmiMacros
import SwiftSyntaxMacroExpansion
import SwiftSyntaxMacrosGenericTestSupport
import Testing

/// The macros as the `Ommi` module declares them: `@Model` adds the `Model` conformance, unless
/// the compiler found that the type already conforms, and the field markers expand to nothing.
/// (`@ReferenceTo` and `@Via` are property wrappers, so they stay in the expanded source.)
private func ommiMacros(alreadyConforming: Bool) -> [String: MacroSpec] {
    [
        "Model": MacroSpec(type: ModelMacro.self, conformances: alreadyConforming ? [] : ["Model"]),
        "Key": MacroSpec(type: FieldMarkerMacro.self),
        "Auto": MacroSpec(type: FieldMarkerMacro.self),
        "StoreAs": MacroSpec(type: FieldMarkerMacro.self),
        "AssociateUsing": MacroSpec(type: FieldMarkerMacro.self),
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
