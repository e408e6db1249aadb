// swift-tools-version: 6.1
import CompilerPluginSupport
import PackageDescription

let package = Package(
    name: "Ommi",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Ommi", targets: ["Ommi"]),
        .library(name: "OmmiSQLite", targets: ["OmmiSQLite"]),
        .library(name: "OmmiPostgres", targets: ["OmmiPostgres"]),
        .library(name: "OmmiBrowser", targets: ["OmmiBrowser"]),
        .executable(name: "ommi-example", targets: ["ommi-example"]),
        .executable(name: "ommi-browse", targets: ["ommi-browse"]),
        .executable(name: "ommi-bench", targets: ["ommi-bench"]),
    ],
    traits: [
        .trait(
            name: "PostgreSQL",
            description: "The PostgreSQL driver on postgres-nio, and postgres:// URLs in ommi-browse and ommi-bench."
        )
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .macro(
            name: "OmmiMacros",
            dependencies: [
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftSyntaxMacros", package: "swift-syntax"),
                .product(name: "SwiftCompilerPlugin", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
            ]
        ),
        .target(name: "Ommi", dependencies: ["OmmiMacros"]),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "OmmiSQLite", dependencies: ["Ommi", "CSQLite"]),
        .target(name: "OmmiPostgres", dependencies: ["Ommi", postgresNIO]),
        .executableTarget(name: "ommi-example", dependencies: ["Ommi", "OmmiSQLite", "OmmiBrowser"]),
        .target(name: "TerminalUI"),
        .target(
            name: "PostgresServer", dependencies: ["Ommi", "OmmiPostgres", postgresNIO], path: "Tests/PostgresServer"),
        .target(name: "CNCurses", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(name: "NCursesTerminal", dependencies: ["TerminalUI", "CNCurses"]),
        .target(name: "OmmiBrowse", dependencies: ["Ommi", "TerminalUI"]),
        .target(name: "OmmiBrowser", dependencies: ["Ommi", "OmmiBrowse", "NCursesTerminal"]),
        .target(
            name: "DemoDatabase", path: "Assets", exclude: ["browser.svg"], sources: ["DemoDatabase.swift"],
            resources: [.copy("blog.sql")]),
        .executableTarget(
            name: "ommi-browse",
            dependencies: [
                "Ommi", "OmmiSQLite", "OmmiBrowse", "OmmiBrowser", "TerminalUI", "DemoDatabase", "OmmiPostgres",
                postgresNIO,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ommi-bench",
            dependencies: [
                "Ommi", "OmmiSQLite", "CSQLite", "OmmiBrowse", "TerminalUI", "OmmiPostgres", postgresNIO,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // An application that declares its models and opens the browser on them, which the
        // end-to-end tests run in a terminal.
        .executableTarget(
            name: "declared-blog", dependencies: ["Ommi", "OmmiSQLite", "OmmiBrowser"],
            path: "Tests/Fixtures/DeclaredBlog"),
        .testTarget(name: "OmmiTests", dependencies: ["Ommi", "OmmiSQLite"]),
        .testTarget(
            name: "OmmiMacrosTests",
            dependencies: [
                "OmmiMacros",
                .product(name: "SwiftSyntaxMacrosGenericTestSupport", package: "swift-syntax"),
                .product(name: "SwiftSyntaxMacroExpansion", package: "swift-syntax"),
            ]
        ),
        .testTarget(name: "OmmiSQLiteTests", dependencies: ["Ommi", "OmmiSQLite", "CSQLite"]),
        .testTarget(
            name: "OmmiConformanceTests",
            dependencies: ["Ommi", "OmmiSQLite", "OmmiPostgres", "PostgresServer", postgresNIO]),
        .testTarget(name: "OmmiPostgresTests", dependencies: ["Ommi", "OmmiPostgres", "PostgresServer", postgresNIO]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(
            name: "OmmiBrowseTests", dependencies: ["Ommi", "OmmiSQLite", "OmmiBrowse", "TerminalUI", "DemoDatabase"],
            exclude: ["Snapshots"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["Ommi", "OmmiSQLite", "OmmiBrowse", "OmmiPostgres", "PostgresServer", postgresNIO]),
    ],
    swiftLanguageModes: [.v6]
)

/// postgres-nio, compiled only into builds with the PostgreSQL trait
/// (`swift build --traits PostgreSQL`), so SQLite-only builds stay as fast as before.
var postgresNIO: Target.Dependency {
    .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"]))
}
