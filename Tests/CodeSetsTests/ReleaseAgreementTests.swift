import CodeSets
import CodingScore
import Foundation
import Testing
import TestSupport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Validation agrees with the official releases on every item (needs ../shared/data).
@Suite(.enabled(if: CodeSetsFixtures.sharedData != nil, "the official releases (../shared/data) are not beside this checkout"))
struct ReleaseAgreementTests {
    let book: CodeBook
    init() throws { book = try CodeBook.load(from: CodeSetsFixtures.codeSetsFolder) }

    // MARK: - ICD-10-CM code list

    @Test func everyItemOfTheCodeListAgrees() throws {
        let url = CodeSetsFixtures.sharedData!.appendingPathComponent("icd10cm/icd10cm-code-list-2026-april.txt")
        let items = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
        #expect(items.count > 98_000)
        let codes = items.filter { $0.first!.isLetter && !$0.contains("-") }
        let codeSet = Set(codes)
        // A code is billable when it is a leaf: no other listed code extends it.
        var header = Set<String>()
        for code in codes where code.count > 3 {
            for n in 3..<code.count { header.insert(String(code.prefix(n))) }
        }
        var disagreements: [String] = []
        for item in items {
            let result = book.validate("cm:" + item)
            if !item.first!.isLetter || item.contains("-") {
                // Chapters and blocks: headings, never reportable.
                if result.reportable || !result.exists { disagreements.append("\(item): \(result.message)") }
                continue
            }
            let billable = codeSet.contains(item) && !header.contains(item)
            if result.reportable != billable || !result.exists { disagreements.append("\(item): \(result.message)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements, e.g. \(disagreements.prefix(5))")
    }

    @Test func codesOutsideTheListAreRejected() {
        for code in ["E11.99", "S52.521Q", "S06.1X7D", "E1165", "Z99.99", "I50.999"] where code != "E1165" {
            #expect(!book.validate(code).reportable, "\(code)")
        }
        #expect(book.validate("E1165").reportable)
    }

    // MARK: - ICD-10-PCS tables

    @Test func everyPcsCodeOfTheTablesIsValid() throws {
        let url = CodeSetsFixtures.sharedData!.appendingPathComponent("icd10pcs/icd10pcs-tables-2026.xml")
        let codes = try PcsCodeLister.codes(in: url)
        #expect(codes.count == 79_115)
        var invalid: [String] = []
        for code in codes where book.status(of: code, in: .icd10pcs) != .reportable { invalid.append(code) }
        #expect(invalid.isEmpty, "\(invalid.count) PCS codes rejected, e.g. \(invalid.prefix(5))")
        // The code book's own tables build the same set.
        let built = Set(book.pcsTableKeys.flatMap { book.pcsCodes(of: $0) })
        #expect(built == Set(codes))
    }

    @Test func pcsCodesOffTheTablesAreRejected() {
        #expect(book.status(of: "0FT44ZX", in: .icd10pcs) == .unknown)
        #expect(book.status(of: "0FT44ZZ", in: .icd10pcs) == .reportable)
        #expect(book.status(of: "ZZZZZZZ", in: .icd10pcs) == .unknown)
    }
}

/// Reads every code of the PCS tables XML independently of the build tool.
final class PcsCodeLister: NSObject, XMLParserDelegate {
    private var path: [String] = []
    private var axisPos = 0
    private var head: [String] = ["", "", ""]
    private var row: [[String]] = [[], [], [], []]
    private var inRow = false
    var codes: [String] = []

    static func codes(in url: URL) throws -> [String] {
        let lister = PcsCodeLister()
        let parser = XMLParser(contentsOf: url)!
        parser.delegate = lister
        guard parser.parse() else { throw CodeSetError.corrupt(file: url.path, reason: "XML error") }
        return lister.codes
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "pcsRow": inRow = true; row = [[], [], [], []]
        case "axis": axisPos = Int(attributes["pos"] ?? "0") ?? 0
        case "label":
            let code = attributes["code"] ?? ""
            if inRow, axisPos >= 4 { row[axisPos - 4].append(code) } else if axisPos >= 1 && axisPos <= 3 { head[axisPos - 1] = code }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "pcsRow" {
            inRow = false
            let key = head.joined()
            for a in row[0] { for b in row[1] { for c in row[2] { for d in row[3] { codes.append(key + a + b + c + d) } } } }
        }
    }
}
