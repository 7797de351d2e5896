import ExercisePacks
import Foundation
import Testing

@Suite struct PHIScannerTests {
    let scanner = PHIScanner()

    // MARK: - Corpora

    @Test func catchesAtLeast95PercentOfThePlantedIdentifiers() throws {
        let planted = try Fixtures.lines("planted.txt")
        #expect(planted.count >= 100)
        let missed = planted.filter { scanner.scan(line: $0).isEmpty }
        let caught = Double(planted.count - missed.count) / Double(planted.count)
        #expect(caught >= 0.95, "caught \(Int(caught * 100))%; missed:\n\(missed.joined(separator: "\n"))")
    }

    @Test func raisesNoFalseAlarmOnCleanClinicalText() throws {
        let clean = try Fixtures.lines("clean.txt")
        #expect(clean.count >= 100)
        let alarms = clean.compactMap { line -> String? in
            let found = scanner.scan(line: line)
            return found.isEmpty ? nil : "\(line)  <- \(found.map { "\($0.kind.rawValue) '\($0.text)'" })"
        }
        #expect(alarms.isEmpty, "false alarms:\n\(alarms.joined(separator: "\n"))")
    }

    @Test func raisesNoAlarmOnTheShippedCharts() throws {
        let charts = Fixtures.repositoryRoot.appendingPathComponent("Content/charts")
        let library = PackLibrary.load(packSources: [], chartLibraries: [charts])
        var alarms: [String] = []
        for chart in library.charts {
            for (line, finding) in scanner.scan(text: chart.body, firstLine: chart.bodyStartLine) {
                alarms.append("\(chart.sourceFile):\(line): \(finding.kind.rawValue) '\(finding.text)'")
            }
        }
        #expect(alarms.isEmpty, "\(alarms.joined(separator: "\n"))")
    }

    // MARK: - The brief's examples

    @Test(arguments: [
        ("Seen 3/14 for a cough.", PHIScanner.Kind.date),
        ("Admitted 03/14/2025.", .date),
        ("Seen March 14.", .date),
        ("Onset 14 Mar 2025.", .date),
        ("Surgery 2025-03-14.", .date),
        ("A 92-year-old man.", .age),
        ("She is age 95.", .age),
        ("Dr. Smith saw him.", .name),
        ("Patient: Ann Lee", .name),
        ("Call 614-555-0142.", .phone),
        ("Mail jo@example.org", .email),
        ("SSN 123-45-6789", .ssn),
        ("MRN 4455667", .recordNumber),
        ("VIN 1HGCM82633A004352", .vehicle),
        ("See https://example.com/x", .url),
        ("From 192.168.1.20", .ipAddress),
        ("Columbus, OH 43210", .zipCode),
        ("Lives at 42 Elm Street", .address),
    ])
    func findsEachKind(line: String, kind: PHIScanner.Kind) {
        #expect(scanner.scan(line: line).map(\.kind).contains(kind), "\(line)")
    }

    @Test(arguments: [
        "BP 128/82", "Strength 5/5 in all extremities", "A 2/6 murmur", "Vision 20/20", "Hospital day 2",
        "POD 1", "Pain 7/10", "1/2 tablet", "Dr. [NAME] agreed", "Patient: [NAME]", "Date: [DATE]", "MRN: [MRN]",
        "The patient is 90 or older", "G2P1 at 32 4/7 weeks", "In 2024 the patient moved.",
    ])
    func passesClinicalNumbersAndPlaceholders(line: String) {
        #expect(scanner.scan(line: line).isEmpty, "\(line): \(scanner.scan(line: line))")
    }

    @Test func reportsTheColumnOfTheIdentifier() {
        let found = scanner.scan(line: "Seen on 3/14 by the team")
        #expect(found.map(\.column) == [9])
        #expect(found.first?.text == "3/14")
    }
}
