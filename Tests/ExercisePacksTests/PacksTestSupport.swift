import CodingScore
import ExercisePacks
import Foundation

/// Fixture folders of this test target and of the repository.
enum Fixtures {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repositoryRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let example = testsFolder.appendingPathComponent("Fixtures/example")
    static let phi = repositoryRoot.appendingPathComponent("Tests/Fixtures/phi")

    static func lines(_ name: String) throws -> [String] {
        let text = try String(contentsOf: phi.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }
}

/// A fresh temporary folder, removed when the value is released.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("packs-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` at `path` (relative), creating folders.
    @discardableResult
    func write(_ path: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }
}

/// A code book that knows a handful of codes, for the linter's code checks.
struct FakeCatalog: CodeCatalog {
    var statuses: [String: CodeStatus] = [:]
    var excludes1Pairs: Set<[String]> = []

    func status(of code: String, in system: CodeSystem) -> CodeStatus {
        if system == .cpt { return .shapeOnly }
        return statuses[code] ?? .unknown
    }
    func excludes1(_ a: String, _ b: String) -> Bool { excludes1Pairs.contains([a, b].sorted()) }
    func title(of code: String, in system: CodeSystem) -> String? { nil }
    func pcsAxisTitle(of code: String, position: Int) -> String? { nil }
    func pcsValueLabel(of code: String, position: Int) -> String? { nil }
}

/// A chart for in-memory tests.
func testChart(_ id: String, setting: ChartSetting = .outpatient) -> Chart {
    Chart(id: id, setting: setting, documentType: "office note", specialty: "family medicine",
        body: "## Assessment\nThe patient is well.\n", sourceFile: "\(id).md", bodyStartLine: 6)
}

/// A chart file's text.
func chartText(_ id: String, setting: String = "outpatient", body: String = "## Assessment\nThe patient is well.\n") -> String {
    "---\nid: \(id)\nsetting: \(setting)\ndocument: office note\nspecialty: family medicine\n---\n\(body)"
}

/// A small valid pack's text with one coding item on chart `chart`.
func packText(id: String = "demo", chart: String = "c1", key: String = "      - E11.9\n", extraItem: String = "") -> String {
    """
    id: \(id)
    title: Demo
    version: 1.0.0
    author: Tests
    items:
      - id: i1
        chart: \(chart)
        task: Code it.
        systems: [icd10cm]
        key:
    \(key)    rationale: Because.
    \(extraItem)
    """
}

extension Array where Element == Diagnostic {
    var errors: [Diagnostic] { filter { $0.severity == .error } }
    var warnings: [Diagnostic] { filter { $0.severity == .warning } }
    func containing(_ text: String) -> [Diagnostic] { filter { $0.message.contains(text) } }
}
