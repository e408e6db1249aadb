import SwiftCompilerPlugin
import SwiftSyntaxMacros

/// The compiler plugin that hosts Ommi's macros: `@Model` and the field markers it reads.
@main
struct OmmiMacrosPlugin: CompilerPlugin {
    let providingMacros: [Macro.Type] = [
        ModelMacro.self,
        FieldMarkerMacro.self,
        RelationAccessorMacro.self,
    ]
}
