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
    static var url: URL? {
        ["debug", "release"].map { CodeSetsFixtures.packageRoot.appendingPathComponent(".build/\($0)/codeset-build") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
