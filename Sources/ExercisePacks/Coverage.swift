/// What a set of packs covers: items counted per pack, per tag kind, per setting and document
/// type. `chartdrill stats` prints it.
public struct Coverage: Sendable, Codable, Hashable {
    /// One counted table: a heading and (value, items) rows, largest first.
    public struct Table: Sendable, Codable, Hashable {
        public var title: String
        public var rows: [Row]

        public struct Row: Sendable, Codable, Hashable {
            public var value: String
            public var items: Int
        }
    }

    public var packCount: Int
    public var itemCount: Int
    public var chartCount: Int
    public var tables: [Table]

    /// Counts the items of `packs`; `chartCount` is what the library loaded.
    public init(packs: [Pack], chartCount: Int) {
        packCount = packs.count
        self.chartCount = chartCount
        let items = packs.flatMap(\.items)
        itemCount = items.count
        func table(_ title: String, ordered: Bool = false, _ values: (PackItem) -> [String]) -> Table {
            var counts: [String: Int] = [:]
            for item in items { for value in Set(values(item)) { counts[value, default: 0] += 1 } }
            let rows: [Table.Row] = counts.map { Table.Row(value: $0.key, items: $0.value) }.sorted { (a: Table.Row, b: Table.Row) -> Bool in
                if ordered || a.items == b.items { return a.value < b.value }
                return a.items > b.items
            }
            return Table(title: title, rows: rows)
        }
        var perPack = packs.map { Table.Row(value: $0.id, items: $0.items.count) }
        perPack.sort { $0.value < $1.value }
        tables = [
            Table(title: "items per pack", rows: perPack),
            table("ICD-10-CM chapter (chapter: tag)", ordered: true) { $0.tagValues("chapter") },
            table("CPT, HCPCS or PCS section (section: tag)") { $0.tagValues("section") },
            table("skill (skill: tag)") { $0.tagValues("skill") },
            table("exam domain (domain: tag)") { $0.tagValues("domain") },
            table("code system") { $0.systems.map(\.displayName) },
            table("item type") {
                if case .multipleChoice = $0.kind { return ["multiple-choice"] }
                return ["coding"]
            },
            table("chart setting") { [$0.chart?.setting.rawValue ?? "(no chart)"] },
            table("document type") { [$0.chart?.documentType ?? "(no chart)"] },
            table("what coding items also ask") { item in
                guard let key = item.answerKey else { return [] }
                var asks: [String] = []
                if let query = key.query { asks.append(query.warranted ? "provider query (warranted)" : "provider query (not warranted)") }
                if key.asksPoa { asks.append("POA indicators") }
                return asks
            },
        ]
        let exams = packs.filter { $0.blueprint != nil }.sorted { $0.id < $1.id }
        if !exams.isEmpty {
            tables.append(Table(title: "mock exams (questions; blueprint)", rows: exams.map {
                Table.Row(value: "\($0.id) (\($0.blueprint!.shape.name), \($0.blueprint!.shape.questions) in the blueprint)",
                          items: $0.items.count)
            }))
        }
        // Every blueprint's sections, with the drill items that train each.
        let drills = packs.filter { $0.mode == .drill }.flatMap(\.items)
        var seen: Set<String> = []
        for exam in exams where seen.insert(exam.blueprint!.shape.name).inserted {
            let shape = exam.blueprint!.shape
            tables.append(Table(title: "drill items per \(shape.name) blueprint section (the tag that trains it)", rows: shape.sections.map { section in
                let drill = section.trainingTag
                let label = drill == section.tag ? section.tag : "\(section.tag) (\(drill))"
                return Table.Row(value: label, items: drills.filter { $0.tags.contains(drill) }.count)
            }))
        }
    }

    /// Counts everything a library loaded.
    public init(library: PackLibrary) {
        self.init(packs: library.packs, chartCount: library.charts.count)
    }

    /// The table with `title`.
    public func table(_ title: String) -> Table? { tables.first { $0.title == title } }

    /// Plain text: a summary line, then each table with aligned counts.
    public func rendered() -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var lines = ["\(plural(packCount, "pack")), \(plural(itemCount, "item")), \(plural(chartCount, "chart"))"]
        for table in tables {
            lines.append("")
            lines.append("\(table.title): \(table.rows.count) value\(table.rows.count == 1 ? "" : "s")")
            if table.rows.isEmpty { lines.append("  (none)") }
            let width = table.rows.map(\.value.count).max() ?? 0
            for row in table.rows {
                lines.append("  " + row.value.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(row.items)")
            }
        }
        return lines.joined(separator: "\n")
    }
}

import Foundation
