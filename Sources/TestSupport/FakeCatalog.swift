import CodingScore

/// A small code book for tests: a realistic handful of real codes, with titles, headers,
/// 7th-character codes, an Excludes1 pair (E10 vs E11) and a few PCS tables with axis labels.
///
/// ```swift
/// let scorer = Scorer(catalog: FakeCatalog.standard)
/// ```
///
/// CPT codes are checked by shape only (as without a licensed CPT file), except the codes in
/// `deletedCPT`, which are unknown (99201 was deleted in 2021). Titles are the public-domain
/// CMS/NCHS titles; CPT has none.
public struct FakeCatalog: CodeCatalog {
    /// ICD-10-CM: code → status and title.
    public var diagnoses: [String: (status: CodeStatus, title: String)] = [:]
    /// ICD-10-PCS: reportable codes.
    public var procedures: Set<String> = []
    /// HCPCS Level II: code → title.
    public var supplies: [String: String] = [:]
    /// CPT codes the code book knows as deleted.
    public var deletedCPT: Set<String> = []
    /// Excludes1 pairs, by code prefix (a category such as "E10" covers all its codes).
    public var excludes1Pairs: [(String, String)] = []
    /// PCS tables (first three characters) → axis titles at positions 3...6.
    public var pcsAxes: [String: [Int: String]] = [:]
    /// PCS tables → position → character → label.
    public var pcsValues: [String: [Int: [Character: String]]] = [:]

    public init() {}

    // MARK: - CodeCatalog

    public func status(of code: String, in system: CodeSystem) -> CodeStatus {
        switch system {
        case .icd10cm: return diagnoses[code]?.status ?? .unknown
        case .icd10pcs: return procedures.contains(code) ? .reportable : .unknown
        case .cpt: return deletedCPT.contains(code) ? .unknown : .shapeOnly
        case .hcpcs: return supplies[code] == nil ? .unknown : .reportable
        }
    }

    public func excludes1(_ a: String, _ b: String) -> Bool {
        excludes1Pairs.contains { (a.hasPrefix($0.0) && b.hasPrefix($0.1)) || (a.hasPrefix($0.1) && b.hasPrefix($0.0)) }
    }

    public func title(of code: String, in system: CodeSystem) -> String? {
        switch system {
        case .icd10cm: return diagnoses[code]?.title
        case .hcpcs: return supplies[code]
        case .icd10pcs, .cpt: return nil
        }
    }

    public func pcsAxisTitle(of code: String, position: Int) -> String? {
        pcsAxes[String(code.prefix(3))]?[position]
    }

    public func pcsValueLabel(of code: String, position: Int) -> String? {
        let characters = Array(code)
        guard position < characters.count else { return nil }
        return pcsValues[String(code.prefix(3))]?[position]?[characters[position]]
    }

    // MARK: - Building

    /// Adds a reportable diagnosis.
    public mutating func diagnosis(_ code: String, _ title: String) {
        diagnoses[code] = (.reportable, title)
    }

    /// Adds a header (category or subcategory) or a code that needs its 7th character.
    public mutating func header(_ code: String, _ title: String, reason: String) {
        diagnoses[code] = (.notReportable(reason: reason), title)
    }

    /// The standard fake: the codes the CodingScore tests and the bench use.
    public static let standard: FakeCatalog = {
        var book = FakeCatalog()
        // Diabetes: headers, combination codes, long-term drug use; E10 vs E11 is Excludes1.
        book.header("E11", "Type 2 diabetes mellitus", reason: "E11 is a category: choose a 4th character")
        book.header("E11.6", "Type 2 diabetes mellitus with other specified complications",
                    reason: "E11.6 is a subcategory: choose a 5th character")
        book.header("E11.62", "Type 2 diabetes mellitus with skin complications",
                    reason: "E11.62 is a subcategory: choose a 6th character")
        book.header("E11.4", "Type 2 diabetes mellitus with neurological complications",
                    reason: "E11.4 is a subcategory: choose a 5th character")
        book.diagnosis("E11.9", "Type 2 diabetes mellitus without complications")
        book.diagnosis("E11.40", "Type 2 diabetes mellitus with diabetic neuropathy, unspecified")
        book.diagnosis("E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy")
        book.diagnosis("E11.621", "Type 2 diabetes mellitus with foot ulcer")
        book.diagnosis("E11.622", "Type 2 diabetes mellitus with other skin ulcer")
        book.diagnosis("E11.65", "Type 2 diabetes mellitus with hyperglycemia")
        book.diagnosis("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")
        book.diagnosis("E10.9", "Type 1 diabetes mellitus without complications")
        book.diagnosis("E10.65", "Type 1 diabetes mellitus with hyperglycemia")
        book.diagnosis("Z79.4", "Long term (current) use of insulin")
        book.diagnosis("Z79.84", "Long term (current) use of oral hypoglycemic drugs")
        book.diagnosis("Z79.85", "Long-term (current) use of injectable non-insulin antidiabetic drugs")
        book.diagnosis("L97.411", "Non-pressure chronic ulcer of right heel and midfoot limited to breakdown of skin")
        book.diagnosis("L97.412", "Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed")
        book.excludes1Pairs.append(("E10", "E11"))
        // Hypertension and kidney disease.
        book.diagnosis("I10", "Essential (primary) hypertension")
        book.diagnosis("I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease")
        book.header("N18", "Chronic kidney disease (CKD)", reason: "N18 is a category: choose a 4th character")
        book.diagnosis("N18.30", "Chronic kidney disease, stage 3 unspecified")
        book.diagnosis("N18.31", "Chronic kidney disease, stage 3a")
        book.diagnosis("N18.4", "Chronic kidney disease, stage 4 (severe)")
        book.excludes1Pairs.append(("I10", "I12"))
        // Fractures: laterality and 7th characters.
        book.header("S52.52", "Torus fracture of lower end of radius", reason: "S52.52 is a subcategory: choose a 6th character")
        book.header("S52.521", "Torus fracture of lower end of right radius",
                    reason: "S52.521 needs a 7th character (A, D, G, K, P or S)")
        book.diagnosis("S52.521A", "Torus fracture of lower end of right radius, initial encounter for closed fracture")
        book.diagnosis("S52.521D", "Torus fracture of lower end of right radius, subsequent encounter for fracture with routine healing")
        book.diagnosis("S52.521S", "Torus fracture of lower end of right radius, sequela")
        book.diagnosis("S52.522A", "Torus fracture of lower end of left radius, initial encounter for closed fracture")
        book.diagnosis("S52.529A", "Torus fracture of lower end of unspecified radius, initial encounter for closed fracture")
        book.diagnosis("S82.001A", "Unspecified fracture of right patella, initial encounter for closed fracture")
        // Knees: laterality in words, bilateral.
        book.diagnosis("M17.0", "Bilateral primary osteoarthritis of knee")
        book.diagnosis("M17.11", "Unilateral primary osteoarthritis, right knee")
        book.diagnosis("M17.12", "Unilateral primary osteoarthritis, left knee")
        book.diagnosis("M17.9", "Osteoarthritis of knee, unspecified")
        // Respiratory: asthma, influenza (J11.00 vs HCPCS J1100).
        book.diagnosis("J45.909", "Unspecified asthma, uncomplicated")
        book.diagnosis("J45.901", "Unspecified asthma with (acute) exacerbation")
        book.diagnosis("J45.20", "Mild intermittent asthma, uncomplicated")
        book.diagnosis("J11.00", "Influenza due to unidentified influenza virus with unspecified type of pneumonia")
        book.diagnosis("J11.1", "Influenza due to unidentified influenza virus with other respiratory manifestations")
        book.diagnosis("J02.9", "Acute pharyngitis, unspecified")
        book.diagnosis("R05.9", "Cough, unspecified")
        book.diagnosis("R50.9", "Fever, unspecified")
        book.diagnosis("Z23", "Encounter for immunization")
        book.diagnosis("Z00.00", "Encounter for general adult medical examination without abnormal findings")
        // Obstetrics: placeholder X and a 7th character for the fetus.
        book.diagnosis("O40.1XX0", "Polyhydramnios, first trimester, not applicable or unspecified")
        book.diagnosis("O36.60X0", "Maternal care for excessive fetal growth, unspecified trimester, not applicable or unspecified")
        book.diagnosis("O36.60X1", "Maternal care for excessive fetal growth, unspecified trimester, fetus 1")
        // External causes: optional in most keys.
        book.diagnosis("W01.0XXA", "Fall on same level from slipping, tripping and stumbling without subsequent striking against object, initial encounter")
        book.diagnosis("W10.8XXA", "Fall (on) (from) other stairs and steps, initial encounter")
        book.diagnosis("Y93.01", "Activity, walking, marching and hiking")
        book.diagnosis("Y92.009", "Unspecified place in unspecified non-institutional (private) residence as the place of occurrence of the external cause")
        book.diagnosis("M54.50", "Low back pain, unspecified")

        // ICD-10-PCS: hip and knee replacement, appendectomy, chest X-ray, a new-technology code.
        book.procedures = [
            "0SR9019", "0SR90J9", "0SR901A", "0SRB019", "0SRB0J9", "0SRC0J9", "0SRD0J9",
            "0DTJ0ZZ", "0DTJ4ZZ", "BW03ZZZ", "B020ZZZ", "XW033E5", "3E0234Z", "0QS734Z",
        ]
        let section0 = [3: "Body Part", 4: "Approach", 5: "Device", 6: "Qualifier"]
        book.pcsAxes["0SR"] = section0
        book.pcsAxes["0DT"] = section0
        book.pcsAxes["BW0"] = [3: "Body Part", 4: "Contrast", 5: "Qualifier", 6: "Qualifier"]
        book.pcsAxes["XW0"] = [3: "Body Part", 4: "Approach", 5: "Device / Substance / Technology", 6: "Qualifier"]
        book.pcsValues["0SR"] = [
            3: ["9": "Hip Joint, Right", "B": "Hip Joint, Left", "C": "Knee Joint, Right", "D": "Knee Joint, Left"],
            4: ["0": "Open"],
            5: ["0": "Synthetic Substitute, Polyethylene", "1": "Synthetic Substitute, Metal",
                "J": "Synthetic Substitute", "K": "Nonautologous Tissue Substitute"],
            6: ["9": "Cemented", "A": "Uncemented", "Z": "No Qualifier"],
        ]
        book.pcsValues["0DT"] = [
            3: ["J": "Appendix"],
            4: ["0": "Open", "4": "Percutaneous Endoscopic", "7": "Via Natural or Artificial Opening",
                "8": "Via Natural or Artificial Opening Endoscopic"],
            5: ["Z": "No Device"],
            6: ["Z": "No Qualifier"],
        ]

        // HCPCS Level II: drugs by dose unit, vaccine administration.
        book.supplies = [
            "J1885": "Injection, ketorolac tromethamine, per 15 mg",
            "J1100": "Injection, dexamethasone sodium phosphate, 1 mg",
            "J3301": "Injection, triamcinolone acetonide, not otherwise specified, 10 mg",
            "J0696": "Injection, ceftriaxone sodium, per 250 mg",
            "G0008": "Administration of influenza virus vaccine",
            "A4253": "Blood glucose test or reagent strips for home blood glucose monitor, per 50 strips",
        ]
        book.deletedCPT = ["99201"]
        return book
    }()
}
