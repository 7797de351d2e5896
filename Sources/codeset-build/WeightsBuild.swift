import DRGImpact
import Foundation

/// MS-DRG Table 5 (relative weights and mean lengths of stay) of every fiscal year whose
/// release is in the folder (`msdrg/fyYYYY-table-5-weights.txt`), one output file a year.
struct WeightsBuild {
    var fiscalYear: Int
    var lines: [String]

    /// The Table 5 releases in `folder`, oldest first.
    static func releases(in folder: URL) -> [(year: Int, file: URL)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap { name -> (Int, URL)? in
            guard name.hasPrefix("fy"), name.hasSuffix("-table-5-weights.txt"), let year = Int(name.dropFirst(2).prefix(4))
            else { return nil }
            return (year, folder.appendingPathComponent(name))
        }.sorted { $0.0 < $1.0 }
    }

    /// Reads one release: tab-separated after three header lines, titles sometimes quoted,
    /// latin-1 bytes in the header.
    static func read(_ file: URL, fiscalYear: Int) throws -> WeightsBuild {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw BuildError("\(file.path): cannot be read")
        }
        let text = String(data: data, encoding: .isoLatin1) ?? String(decoding: data, as: UTF8.self)
        var lines: [String] = []
        for (number, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let line = raw.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            guard f.count >= 10, f[0].count == 3, let drg = Int(f[0]) else { continue }
            // Columns: DRG, post-acute, special pay, MDC, type, title, weight before cap,
            // weight with the 10% cap, geometric and arithmetic mean LOS. The error DRGs have `.`.
            let weight = Double(f[7]) ?? 0
            guard f[7] == "." || Double(f[7]) != nil else {
                throw BuildError("\(file.path):\(number + 1): weight `\(f[7])` is not a number")
            }
            let fields = [String(format: "%03d", drg), f[3], f[4], String(format: "%.4f", weight),
                          Double(f[8]).map { String(format: "%.1f", $0) } ?? "", Double(f[9]).map { String(format: "%.1f", $0) } ?? "",
                          f[5]]
            lines.append(fields.joined(separator: "\t"))
        }
        guard lines.count > 700 else { throw BuildError("\(file.path): only \(lines.count) DRG rows; is it Table 5?") }
        return WeightsBuild(fiscalYear: fiscalYear, lines: lines)
    }

    func write(to folder: URL) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8)
            .write(to: folder.appendingPathComponent(DRGWeights.fileName(fiscalYear: fiscalYear)))
    }
}
