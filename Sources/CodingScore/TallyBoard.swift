/// Counts per code system while an answer is scored (index 4: unreadable tokens).
struct TallyBoard {
    private var tallies: [CodeTally] = [
        CodeTally(system: .icd10cm), CodeTally(system: .icd10pcs), CodeTally(system: .cpt),
        CodeTally(system: .hcpcs), CodeTally(system: nil),
    ]

    private static func index(_ system: CodeSystem?) -> Int {
        switch system {
        case .icd10cm: return 0
        case .icd10pcs: return 1
        case .cpt: return 2
        case .hcpcs: return 3
        case nil: return 4
        }
    }

    mutating func entered(_ system: CodeSystem?) { tallies[Self.index(system)].entered += 1 }

    mutating func correct(_ system: CodeSystem?, required: Bool) {
        tallies[Self.index(system)].correct += 1
        if required { tallies[Self.index(system)].recalled += 1 }
    }

    mutating func required(_ system: CodeSystem) { tallies[Self.index(system)].required += 1 }
    mutating func keyCode(_ system: CodeSystem) { tallies[Self.index(system)].keyCodes += 1 }

    /// The systems touched, in `CodeSystem` order, unreadable tokens last.
    var list: [CodeTally] {
        tallies.filter { $0.entered + $0.required + $0.keyCodes > 0 }
    }
}
