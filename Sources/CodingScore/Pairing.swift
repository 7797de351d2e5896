/// Pairs entered codes with key slots, greedy in typed order (the product brief's rules).
///
/// 1. exact: system, code, modifiers and units equal; the first free slot in key order;
/// 2. same code, other modifiers or units;
/// 3. near: ICD-10-CM or ICD-10-PCS sharing the first three characters, E/M (99202-99499)
///    sharing the first four (the key code being E/M); the slot sharing the most leading characters wins, ties in
///    key order. Invalid entered codes (and unreadable tokens) near-pair the same way.
///    HCPCS and non-E/M CPT never near-pair.
///
/// Codes of a system the item does not ask for never pair.
struct Pairing {
    /// How one entered code was paired.
    struct Pair {
        var slot: Int
        var alternative: Int
        /// `.correct`, `.modifier`, `.units`, `.specificity`, `.level`, `.axis` or `.invalid`.
        var kind: FindingKind
        /// For `.modifier`: the units differ too.
        var alsoUnits: Bool
    }

    /// Per entered code, in typed order: its pair, if any.
    var pairs: [Pair?]
    /// Per key slot: the entered code that took it, or -1.
    var takenBy: [Int]

    /// - Parameters:
    ///   - asked: per entered code, whether its system is one the item asks for.
    ///   - valid: per entered code, whether the code book takes it as reportable.
    init(entered: [EnteredCode], key: AnswerKey, asked: [Bool], valid: [Bool]) {
        let entries = key.entries
        pairs = Array(repeating: nil, count: entered.count)
        takenBy = Array(repeating: -1, count: entries.count)

        // 1. exact
        for index in entered.indices where asked[index] {
            let code = entered[index]
            search: for slot in entries.indices where takenBy[slot] < 0 {
                for (number, alternative) in entries[slot].alternatives.enumerated()
                where alternative.system == code.system && alternative.code == code.code
                    && alternative.units == code.units && alternative.modifiers == code.modifiers
                {
                    take(index, slot: slot, alternative: number, kind: .correct)
                    break search
                }
            }
        }
        // 2. same code, other modifiers or units
        for index in entered.indices where asked[index] && pairs[index] == nil {
            let code = entered[index]
            search: for slot in entries.indices where takenBy[slot] < 0 {
                for (number, alternative) in entries[slot].alternatives.enumerated()
                where alternative.system == code.system && alternative.code == code.code {
                    let modifiersDiffer = alternative.modifiers != code.modifiers
                    let unitsDiffer = alternative.units != code.units
                    take(index, slot: slot, alternative: number, kind: modifiersDiffer ? .modifier : .units,
                         alsoUnits: modifiersDiffer && unitsDiffer)
                    break search
                }
            }
        }
        // 3. near
        for index in entered.indices where pairs[index] == nil && (asked[index] || entered[index].system == nil) {
            let code = entered[index]
            var best: (slot: Int, alternative: Int, shared: Int)?
            for slot in entries.indices where takenBy[slot] < 0 {
                for (number, alternative) in entries[slot].alternatives.enumerated() {
                    guard let shared = Self.nearness(code, alternative) else { continue }
                    if best == nil || shared > best!.shared { best = (slot, number, shared) }
                }
            }
            guard let best else { continue }
            let kind: FindingKind
            if !valid[index] || code.system == nil {
                kind = .invalid
            } else {
                switch code.system! {
                case .icd10cm: kind = .specificity
                case .icd10pcs: kind = .axis
                case .cpt: kind = .level
                case .hcpcs: continue  // never near-pairs; nearness already refuses it
                }
            }
            take(index, slot: best.slot, alternative: best.alternative, kind: kind)
        }
    }

    private mutating func take(_ index: Int, slot: Int, alternative: Int, kind: FindingKind, alsoUnits: Bool = false) {
        pairs[index] = Pair(slot: slot, alternative: alternative, kind: kind, alsoUnits: alsoUnits)
        takenBy[slot] = index
    }

    // MARK: - Relations

    /// The number of leading characters `entered` shares with `key` when the two may
    /// near-pair, nil when they may not.
    static func nearness(_ entered: EnteredCode, _ key: KeyCode) -> Int? {
        guard let system = entered.system else {
            // An unreadable token pairs with a diagnosis or PCS code of the same category.
            // A prefix it was typed with (`cpt:E11.42`) does not hide its category.
            guard key.system == .icd10cm || key.system == .icd10pcs else { return nil }
            let body = entered.code.lastIndex(of: ":").map { String(entered.code[entered.code.index(after: $0)...]) }
                ?? entered.code
            let shared = sharedLeading(body, key.code)
            return shared >= 3 ? shared : nil
        }
        guard system == key.system else { return nil }
        switch system {
        case .icd10cm, .icd10pcs:
            let shared = sharedLeading(entered.code, key.code)
            return shared >= 3 ? shared : nil
        case .cpt:
            // The key decides the family: a deleted code such as 99201 still pairs with 99202.
            guard isEvaluationAndManagement(key.code) else { return nil }
            let shared = sharedLeading(entered.code, key.code)
            return shared >= 4 ? shared : nil
        case .hcpcs:
            return nil
        }
    }

    /// Leading characters two codes share, ignoring the ICD-10-CM dot.
    static func sharedLeading(_ a: String, _ b: String) -> Int {
        var left = a.utf8.makeIterator()
        var right = b.utf8.makeIterator()
        var count = 0
        while true {
            var x = left.next()
            while x == UInt8(ascii: ".") { x = left.next() }
            var y = right.next()
            while y == UInt8(ascii: ".") { y = right.next() }
            guard let x, let y, x == y else { return count }
            count += 1
        }
    }

    /// An E/M code: five digits from 99202 to 99499.
    static func isEvaluationAndManagement(_ code: String) -> Bool {
        guard code.utf8.count == 5 else { return false }
        var value = 0
        for byte in code.utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return (99202...99499).contains(value)
    }
}
