// swift-tools-version:6.1
import PackageDescription

// The pipeline, one module a stage:
//   bytes → readers (PSLintCore text readers, PSLintOffice for .docx/.html)
//   → source document → parser → Standard model (PSLintCore)
//   → rules (PSLintRules) → diagnostics → reporters (PSLintReporters)
//   fixes (PSLintFix); orchestration (PSLintDriver); CLI (pslint).
let package = Package(
    name: "pslint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pslint", targets: ["pslint"]),
        .library(name: "PSLintDriver", targets: ["PSLintDriver"]),
        .library(name: "PSLintCore", targets: ["PSLintCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "PSLintCore",
            dependencies: [.product(name: "OrderedCollections", package: "swift-collections")]
        ),
        .target(
            name: "PSLintOffice",
            dependencies: ["PSLintCore", "CLibXML2", "ZIPFoundation"]
        ),
        .target(
            name: "PSLintConfig",
            dependencies: ["PSLintCore", "Yams"]
        ),
        .target(
            name: "PSLintRules",
            dependencies: ["PSLintCore", "Yams", .product(name: "OrderedCollections", package: "swift-collections")]
        ),
        .target(
            name: "PSLintReporters",
            dependencies: ["PSLintCore", "PSLintRules"]
        ),
        .target(
            name: "PSLintFix",
            dependencies: ["PSLintCore", "PSLintRules", "PSLintOffice", "ZIPFoundation", "CLibXML2"]
        ),
        .target(
            name: "PSLintDriver",
            dependencies: ["PSLintCore", "PSLintOffice", "PSLintConfig", "PSLintRules", "PSLintReporters", "PSLintFix"]
        ),
        .executableTarget(
            name: "pslint",
            dependencies: ["PSLintDriver", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "PSLintCoreTests", dependencies: ["PSLintCore"]),
        .testTarget(name: "PSLintOfficeTests", dependencies: ["PSLintOffice", "PSLintCore", "ZIPFoundation", "CLibXML2"]),
        .testTarget(name: "PSLintConfigTests", dependencies: ["PSLintConfig", "PSLintCore"]),
        .testTarget(name: "PSLintRulesTests", dependencies: ["PSLintRules", "PSLintCore"]),
        .testTarget(name: "PSLintReportersTests", dependencies: ["PSLintReporters", "PSLintRules", "PSLintCore", "CLibXML2"]),
        .testTarget(name: "PSLintFixTests", dependencies: ["PSLintFix", "PSLintCore", "PSLintOffice", "ZIPFoundation"]),
        .testTarget(name: "PSLintDriverTests", dependencies: ["PSLintDriver", "PSLintCore"]),
    ]
)
