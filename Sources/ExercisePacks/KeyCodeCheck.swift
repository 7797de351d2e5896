import CodingScore

/// Whether every code of a pack's keys may be reported, checked where a pack is read (when a
/// code book is at hand), so that every command that loads a pack (the REPL, `grade`, `lint`)
/// refuses one whose key holds a header, a deleted code or a code of a system the item does not
/// ask for, with the same file:line:column message.
enum KeyCodeCheck {
    static func errors(of pack: Pack, catalog: any CodeCatalog) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for item in pack.items {
            guard case .coding(let key) = item.kind else { continue }
            for (entryIndex, entry) in key.entries.enumerated() {
                for (alternativeIndex, code) in entry.alternatives.enumerated() {
                    let at = item.keyCodeLocation(entryIndex, alternativeIndex)
                    if !key.systems.contains(code.system) {
                        diagnostics.append(Diagnostic(.error, at,
                            "\(code.display) is a \(code.system.displayName) code, but item '\(item.id)' asks for \(key.systems.map(\.displayName).joined(separator: ", "))",
                            fixIt: "add \(code.system.rawValue) to 'systems', or write the code with its prefix (\(CodeSystem.allCases.map { "\($0.prefix):" }.joined(separator: ", ")))"))
                    }
                    switch catalog.status(of: code.code, in: code.system) {
                    case .reportable, .shapeOnly:
                        break
                    case .notReportable(let reason):
                        diagnostics.append(Diagnostic(.error, at, "\(code.code) is not reportable: \(reason)"))
                    case .unknown:
                        let codeSet = pack.codeSet.map { "\($0) " } ?? ""
                        diagnostics.append(Diagnostic(.error, at,
                            "\(code.code) is not in the \(codeSet)\(code.system.displayName) code set (deleted, mistyped or never valid)",
                            fixIt: "look it up with 'chartdrill lookup \(code.code)'"))
                    }
                }
            }
            guard let query = key.query else { continue }
            let keyCodes = Set(key.entries.flatMap { $0.alternatives.map(\.code) })
            for code in query.needsQueryFirst {
                if keyCodes.contains(code.code) {
                    diagnostics.append(Diagnostic(.error, item.location,
                        "\(code.code) is both in the key and in 'needsQueryFirst' of item '\(item.id)': a code is either supported or it needs a query",
                        fixIt: "remove it from one of the two"))
                }
                switch catalog.status(of: code.code, in: code.system) {
                case .reportable, .shapeOnly: break
                case .notReportable(let reason):
                    diagnostics.append(Diagnostic(.error, item.location,
                        "\(code.code) in 'needsQueryFirst' of item '\(item.id)' is not reportable: \(reason)"))
                case .unknown:
                    diagnostics.append(Diagnostic(.error, item.location,
                        "\(code.code) in 'needsQueryFirst' of item '\(item.id)' is not in the \(code.system.displayName) code set"))
                }
            }
        }
        return diagnostics
    }
}
