import CodeSets
import Foundation

/// The ICD-10-PCS tables: one record per three-character table.
///
/// Record: `key, section, bodySystem, operation, definition, axisTitle1|axisTitle2|axisTitle3`
/// then one line per row (after `\n`): four axes separated by tabs, each `title` followed by
/// `\u{1F}code\u{1E}label` per value.
struct PcsBuild {
    var records: [String] = []
    var codeCount = 0
    /// (prefix, text): each table's operation with each body part value ("Resection, Appendix" → 0DTJ).
    var bodyPartEntries: [(prefix: String, text: String)] = []

    static func read(_ path: String) throws -> PcsBuild {
        let root = try XMLTree.read(path)
        var byKey: [String: (head: String, rows: [String])] = [:]
        var build = PcsBuild()
        for table in root.all("pcsTable") {
            let axes = table.all("axis").sorted { ($0.attributes["pos"] ?? "") < ($1.attributes["pos"] ?? "") }
            guard axes.count == 3 else { throw BuildError("\(path): a table without its three first axes") }
            let labels = axes.map { $0.first("label") }
            let key = labels.map { $0?.attributes["code"] ?? "?" }.joined()
            let definition = axes[2].first("definition")?.clean ?? ""
            let head = ([key] + labels.map { TabularBuild.clean($0?.text ?? "") } + [TabularBuild.clean(definition),
                         axes.map { $0.first("title")?.clean ?? "" }.joined(separator: "|")]).joined(separator: "\t")
            var rows: [String] = []
            for row in table.all("pcsRow") {
                var product = 1
                let rowAxes = row.all("axis").sorted { ($0.attributes["pos"] ?? "") < ($1.attributes["pos"] ?? "") }
                let encoded = rowAxes.map { axis -> String in
                    let values = axis.all("label")
                    product *= values.count
                    return (axis.first("title")?.clean ?? "") + values.map {
                        "\u{1F}\($0.attributes["code"] ?? "?")\u{1E}\(TabularBuild.clean($0.text))"
                    }.joined()
                }
                build.codeCount += product
                rows.append(encoded.joined(separator: "\t"))
                if let bodyParts = rowAxes.first {
                    let operation = TabularBuild.clean(labels[2]?.text ?? "")
                    let system = TabularBuild.clean(labels[1]?.text ?? "")
                    for value in bodyParts.all("label") {
                        let label = TabularBuild.clean(value.text)
                        build.bodyPartEntries.append((key + (value.attributes["code"] ?? ""), "\(operation), \(label) [\(system)]"))
                    }
                }
            }
            if var existing = byKey[key] {
                existing.rows += rows
                byKey[key] = existing
            } else {
                byKey[key] = (head, rows)
            }
        }
        build.records = byKey.keys.sorted().map { key in
            let value = byKey[key]!
            return ([value.head] + value.rows).joined(separator: "\n")
        }
        return build
    }
}
