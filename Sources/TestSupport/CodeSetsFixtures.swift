import Foundation

/// Where the code-set tests find the repository's files and the official releases.
public enum CodeSetsFixtures {
    /// The package root (the folder holding Package.swift), found from this source file.
    public static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// `Content/codesets` of this checkout.
    public static var codeSetsFolder: URL { packageRoot.appendingPathComponent("Content/codesets") }

    /// The official releases: `$CHARTDRILL_SHARED_DATA`, else `../shared/data` beside the
    /// package (as in CI), else `../../shared/data` (a worktree); nil when absent.
    public static var sharedData: URL? {
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["CHARTDRILL_SHARED_DATA"], !explicit.isEmpty {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        candidates.append(packageRoot.appendingPathComponent("../shared/data").standardized)
        candidates.append(packageRoot.appendingPathComponent("../../shared/data").standardized)
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("README.md").path) }
    }
}
