import Foundation

/// Finds executables SwiftPM built beside the test bundle (the build products folder).
public enum BuiltProducts {
    /// The build products folder: the folder holding the running test bundle.
    public static var folder: URL {
        for candidate in candidates() where FileManager.default.fileExists(atPath: candidate.path) {
            return candidate
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug")
    }

    /// The built executable named `name`, or nil when it was not built.
    public static func executable(_ name: String) -> URL? {
        for base in candidates() {
            let url = base.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    private static func candidates() -> [URL] {
        var urls: [URL] = []
        var bundle = Bundle.main.bundleURL
        for _ in 0..<4 {
            urls.append(bundle)
            bundle = bundle.deletingLastPathComponent()
        }
        if let first = CommandLine.arguments.first {
            var binary = URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<4 {
                urls.append(binary)
                binary = binary.deletingLastPathComponent()
            }
        }
        return urls
    }
}
