import Foundation

/// Finds the products SwiftPM built beside the test bundle (`.build/debug/chartdrill`).
public enum BuiltProducts {
    /// The build folder that holds the running test bundle.
    public static var folder: URL {
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = me.deletingLastPathComponent()
        // On Linux the test runner is `.build/<triple>/debug/<Package>PackageTests.xctest`.
        if folder.lastPathComponent.hasSuffix(".xctest") { folder = folder.deletingLastPathComponent() }
        return folder
    }

    /// The URL of a built executable, e.g. `chartdrill`.
    public static func executable(_ name: String) -> URL {
        folder.appendingPathComponent(name)
    }

    /// The built executable named `name`, or nil when it was not built.
    public static func builtExecutable(_ name: String) -> URL? {
        let url = executable(name)
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }

    /// The package's root folder (where Package.swift is), found upward from this source file.
    public static var packageRoot: URL {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// The official releases beside the checkout (`../shared/data`), if present.
    public static var sharedData: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
