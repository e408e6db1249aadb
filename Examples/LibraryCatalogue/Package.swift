// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// The Ommi checkout two folders up; a path dependency is named after its folder.
let ommiRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let ommiPackage = ommiRoot.lastPathComponent

let package = Package(
    name: "LibraryCatalogue",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: ommiRoot.path)],
    targets: [
        .executableTarget(
            name: "catalogue",
            dependencies: [
                .product(name: "Ommi", package: ommiPackage),
                .product(name: "OmmiSQLite", package: ommiPackage),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
