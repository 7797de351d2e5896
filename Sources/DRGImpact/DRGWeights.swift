import Foundation

/// One MS-DRG's row of Table 5: its relative weight and mean lengths of stay.
public struct DRGWeight: Sendable, Hashable {
    public var drg: Int
    /// `PRE`, `01` ... `25`, or blank for the error DRGs.
    public var mdc: String
    /// `SURG` or `MED` (`**` for the error DRGs).
    public var type: String
    public var title: String
    /// After the 10% cap, the weight payment uses.
    public var weight: Double
    public var geometricMeanStay: Double?
    public var arithmeticMeanStay: Double?

    public var isSurgical: Bool { type == "SURG" }
}

/// Table 5 of one fiscal year, as `codeset-build` writes it to `msdrg-weights-fyYYYY.tsv`:
/// `DRG<TAB>MDC<TAB>TYPE<TAB>WEIGHT<TAB>GMLOS<TAB>AMLOS<TAB>TITLE`, one DRG a line.
public struct DRGWeights: Sendable {
    public let fiscalYear: Int
    private let rows: [Int: DRGWeight]

    /// The file name for a fiscal year's weights.
    public static func fileName(fiscalYear: Int) -> String { "msdrg-weights-fy\(fiscalYear).tsv" }

    public init(fiscalYear: Int, rows: [DRGWeight]) {
        self.fiscalYear = fiscalYear
        self.rows = Dictionary(rows.map { ($0.drg, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reads `msdrg-weights-fyYYYY.tsv` from the code-set folder.
    /// - Throws: `GrouperError.unusable` naming the file and line of a damaged row.
    public static func load(codeSetsFolder: URL, fiscalYear: Int) throws -> DRGWeights {
        let url = codeSetsFolder.appendingPathComponent(fileName(fiscalYear: fiscalYear))
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw GrouperError.unusable("\(url.path) is missing: run `make codesets` to build it from Table 5")
        }
        var rows: [DRGWeight] = []
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 7, let drg = Int(f[0]), let weight = Double(f[3]) else {
                throw GrouperError.unusable("\(url.path):\(number + 1): expected 7 tab-separated fields with a DRG number and a weight")
            }
            rows.append(DRGWeight(drg: drg, mdc: f[1], type: f[2], title: f[6], weight: weight,
                                  geometricMeanStay: Double(f[4]), arithmeticMeanStay: Double(f[5])))
        }
        return DRGWeights(fiscalYear: fiscalYear, rows: rows)
    }

    public subscript(drg: Int) -> DRGWeight? { rows[drg] }
    public var count: Int { rows.count }
}

/// The illustrative payment per unit of relative weight for a fiscal year: the national
/// standardized operating amount plus the capital federal rate, before the wage index and
/// every add-on. Read from `Content/payment/ipps-base-rates.tsv`.
public struct BaseRate: Sendable, Hashable {
    public var fiscalYear: Int
    public var operating: Double
    public var capital: Double
    public var source: String

    public var dollarsPerWeight: Double { operating + capital }

    /// The rate for `fiscalYear` from the file, or nil when the file has none.
    public static func load(file: URL, fiscalYear: Int) -> BaseRate? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 4, f[0] == "FY\(fiscalYear)", let operating = Double(f[1]), let capital = Double(f[2])
            else { continue }
            return BaseRate(fiscalYear: fiscalYear, operating: operating, capital: capital, source: f[3])
        }
        return nil
    }
}
