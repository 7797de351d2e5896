import CodeSets
import Foundation
import Testing
import TestSupport

/// The committed code sets rebuild byte-identical from the tool and the releases.
@Suite(.enabled(if: CodeSetsFixtures.sharedData != nil && BuildTool.url != nil,
                "needs ../shared/data and a built codeset-build (swift build --product codeset-build)"))
struct RebuildTests {
    @Test func rebuildIsByteIdentical() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("codesets-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let process = Process()
        process.executableURL = BuildTool.url!
        process.arguments = [CodeSetsFixtures.sharedData!.path, out.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let committed = try FileManager.default.contentsOfDirectory(atPath: CodeSetsFixtures.codeSetsFolder.path).sorted()
        let rebuilt = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(committed == rebuilt)
        for name in committed {
            let a = try Data(contentsOf: CodeSetsFixtures.codeSetsFolder.appendingPathComponent(name))
            let b = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(a == b, "\(name) differs from a fresh build: run `make codesets` and commit")
        }
    }
}

/// The built `codeset-build`, debug or release.
enum BuildTool {
    /// The one built beside these tests first (a build with its own `--scratch-path` must not
    /// test a stale tool from another build folder), then `.build`'s.
    static var url: URL? {
        var candidates: [URL] = []
        for path in [Bundle.main.executablePath, CommandLine.arguments.first].compactMap({ $0 }) {
            var folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            // Inside an .xctest bundle on macOS: Contents/MacOS/ → the build folder.
            while folder.pathComponents.count > 1 && folder.path.contains(".xctest") { folder.deleteLastPathComponent() }
            candidates.append(folder.appendingPathComponent("codeset-build"))
        }
        candidates += ["debug", "release"].map { CodeSetsFixtures.packageRoot.appendingPathComponent(".build/\($0)/codeset-build") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
