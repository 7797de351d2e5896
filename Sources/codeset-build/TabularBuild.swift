import CodeSets
import Foundation

/// The ICD-10-CM tabular, read from the XML release.
struct TabularBuild {
    struct Code {
        var code: String       // dotless
        var title: String
        var parent: String
        var block: String
        var chapter: String
        var leaf: Bool
        var seventhOwner: String
        var inclusionTerms: [String]
    }
    var codes: [Code] = []
    var sectionRecords: [String] = []
    var noteRecords: [String] = []
    /// Every valid code, dotless: tabular items plus 7th-character codes.
    var valid: Set<String> = []
    /// Every tabular item code, dotless.
    var items: Set<String> = []
    /// 7th-character definitions by owner code.
    var sevenths: [String: [String]] = [:]

    static let noteTypes = ["includes", "inclusionTerm", "excludes1", "excludes2", "codeFirst",
                            "useAdditionalCode", "codeAlso", "notes", "sevenChrNote"]

    static func clean(_ text: String) -> String {
        text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
            .split(separator: " ").joined(separator: " ")
    }

    mutating func notes(of node: XMLTree.Node, holder: String) {
        var seq = 0
        for child in node.children {
            if Self.noteTypes.contains(child.name) {
                for note in child.all("note") {
                    noteRecords.append("\(holder)\t\(String(format: "%03d", seq))\t\(child.name)\t\(Self.clean(note.text))")
                    seq += 1
                }
            } else if child.name == "sevenChrDef" {
                for ext in child.all("extension") {
                    noteRecords.append("\(holder)\t\(String(format: "%03d", seq))\t7\t\(ext.attributes["char"] ?? "?")\t\(Self.clean(ext.text))")
                    seq += 1
                }
            }
        }
    }

    static func read(_ path: String) throws -> TabularBuild {
        let root = try XMLTree.read(path)
        var build = TabularBuild()
        for chapter in root.all("chapter") {
            let number = chapter.first("name")?.clean ?? ""
            let title = chapter.first("desc")?.clean ?? ""
            build.notes(of: chapter, holder: "h:\(number)")
            let sections = chapter.all("section")
            let first = sections.first?.attributes["id"]?.split(separator: "-").first.map(String.init) ?? ""
            let last = sections.last?.attributes["id"]?.split(separator: "-").last.map(String.init) ?? ""
            build.sectionRecords.append("\(number)\tC\t\(clean(title))\t\(first)\t\(last)\t\(number)")
            for section in sections {
                let id = section.attributes["id"] ?? ""
                let parts = id.split(separator: "-").map(String.init)
                build.sectionRecords.append("\(id)\tB\t\(clean(section.first("desc")?.clean ?? ""))\t\(parts.first ?? "")\t\(parts.last ?? "")\t\(number)")
                build.notes(of: section, holder: "b:\(id)")
                for diag in section.all("diag") {
                    build.visit(diag, parent: "", block: id, chapter: number, seventhOwner: "")
                }
            }
        }
        // 7th characters: a leaf under a sevenChrDef takes one, padded with X to six characters.
        for code in build.codes {
            build.items.insert(code.code)
            if code.leaf {
                if code.seventhOwner.isEmpty {
                    build.valid.insert(code.code)
                } else {
                    let padded = code.code.padding(toLength: 6, withPad: "X", startingAt: 0)
                    for ext in build.sevenths[code.seventhOwner] ?? [] { build.valid.insert(padded + ext) }
                }
            }
        }
        return build
    }

    mutating func visit(_ node: XMLTree.Node, parent: String, block: String, chapter: String, seventhOwner: String) {
        let code = (node.first("name")?.clean ?? "").replacingOccurrences(of: ".", with: "")
        var owner = seventhOwner
        if let def = node.first("sevenChrDef") {
            owner = code
            sevenths[code] = def.all("extension").compactMap { $0.attributes["char"] }
        }
        let children = node.all("diag")
        let inclusion = node.all("inclusionTerm").flatMap { $0.all("note").map { Self.clean($0.text) } }
        codes.append(Code(code: code, title: Self.clean(node.first("desc")?.clean ?? ""), parent: parent, block: block,
                          chapter: chapter, leaf: children.isEmpty, seventhOwner: owner, inclusionTerms: inclusion))
        notes(of: node, holder: "c:\(code)")
        for child in children {
            visit(child, parent: code, block: block, chapter: chapter, seventhOwner: owner)
        }
    }

    func codeRecords() -> [String] {
        codes.map { "\($0.code)\t\($0.leaf ? "L" : "H")\t\($0.title)\t\($0.parent)\t\($0.block)\t\($0.chapter)\t\($0.seventhOwner)" }
    }
}

/// Checks index codes against FY2026 and keeps the counts for SOURCES.md.
struct CodeResolver {
    let tabular: TabularBuild
    var kept: [String: Int] = [:]
    var mapped: [String: Int] = [:]
    var dropped: [String: Int] = [:]

    init(tabular: TabularBuild) { self.tabular = tabular }

    /// The FY2026 form of an index code (dotted, a trailing `-` kept for "more characters
    /// needed"), or nil when neither the code nor any of its categories exists.
    mutating func resolve(_ raw: String, source: String) -> String? {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed != "-", trimmed != "--" else { return nil }
        let dash = trimmed.hasSuffix("-")
        let bare = trimmed.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: "-", with: "").uppercased()
        if tabular.valid.contains(bare) || tabular.items.contains(bare) {
            kept[source, default: 0] += 1
            return CodeFormat.dotted(bare) + (dash ? "-" : "")
        }
        var prefix = bare
        while prefix.count > 3 {
            prefix.removeLast()
            if tabular.items.contains(prefix) {
                mapped[source, default: 0] += 1
                return CodeFormat.dotted(prefix) + "-"
            }
        }
        dropped[source, default: 0] += 1
        return nil
    }

    func reportLines() -> [String] {
        kept.keys.sorted().map { source in
            "- \(source): \(kept[source] ?? 0) codes valid in FY2026 kept, \(mapped[source] ?? 0) no longer valid mapped to their nearest FY2026 category or subcategory (shown with `-`), \(dropped[source] ?? 0) dropped (no FY2026 category)."
        }
    }
}
