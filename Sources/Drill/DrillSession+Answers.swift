import CodingScore
import DRGImpact
import Foundation
import ProgressStore
import SafeText

/// What the trainee typed, read once: the echo, the code-book check, the score and the DRG
/// all work from these codes.
struct TypedAnswer {
    let text: String
    /// The codes (and queries) read, for a coding item; empty for a multiple-choice one.
    let codes: [EnteredCode]
}

/// Answers: reading what the trainee typed, checking it against the code book, scoring it.
extension DrillSession {
    /// Reads `text` as an answer to `item`.
    func read(_ text: String, for item: DrillItem) -> TypedAnswer {
        guard case .coding = item.content else { return TypedAnswer(text: text, codes: []) }
        return TypedAnswer(text: text, codes: AnswerParser(systems: item.systems, catalog: codeBook?.catalog).parse(text))
    }

    /// How each token was read, as the REPL echoes it: `E11.621 (ICD-10-CM), 96372 x2 (CPT)`.
    func echo(_ answer: TypedAnswer, item: DrillItem) -> String {
        if case .multipleChoice(_, _, let key) = item.content { return key.letter(in: answer.text) ?? answer.text }
        let codes = answer.codes
        guard !codes.isEmpty else { return "(nothing)" }
        return codes.map { code in
            if code.query != nil, code.problem == nil { return "\(code.display) (a provider query)" }
            guard let system = code.system else { return "\(code.token) (unreadable)" }
            return "\(code.display)\(code.poa.map { ":" + $0 } ?? "") (\(system.displayName))"
        }.joined(separator: ", ")
    }

    /// Codes in `answer` that are not valid and reportable, each with what to do.
    func invalidCodes(_ answer: TypedAnswer, item: DrillItem, pack: DrillPack) -> [String]? {
        guard case .coding = item.content, let codeBook else { return nil }
        var problems: [String] = []
        for code in answer.codes {
            if code.query != nil, code.problem == nil { continue }
            guard let system = code.system else {
                problems.append("\(code.token): \(code.problem ?? "cannot be read as a code")")
                continue
            }
            switch codeBook.catalog.status(of: code.code, in: system) {
            case .reportable, .shapeOnly: continue
            case .notReportable(let reason):
                var line = "\(code.code) is not reportable: \(reason)"
                if pack.codeBookAllowed {
                    let children = codeBook.completions(prefix: code.code)
                    if !children.isEmpty, children.count <= 12 {
                        line += "; did you mean one of \(children.joined(separator: ", "))?"
                    } else if let first = children.first, let last = children.last {
                        line += "; did you mean one of \(first)-\(last)?"
                    }
                }
                problems.append(line)
            case .unknown:
                problems.append("\(code.code) is not in the \(system.displayName) code set (read as \(system.displayName): \(code.readAs))")
            }
        }
        return problems
    }

    func scoreAnswer(_ answer: TypedAnswer, item: DrillItem, pack: DrillPack) -> ItemScore {
        let scorer = Scorer(catalog: codeBook?.catalog ?? ShapeOnlyCatalog(), policy: pack.policy)
        switch item.content {
        case .coding(let key, let inpatient): return scorer.score(answer.codes, key: key, inpatient: inpatient)
        case .multipleChoice(_, _, let key): return scorer.score(choice: answer.text, key: key)
        }
    }

    /// The trainee's codes grouped against the key's, for an inpatient item with patient
    /// facts: nil for other items, an error when the grouper is missing or fails.
    func drgImpact(_ answer: TypedAnswer, item: DrillItem, pack: DrillPack) -> Result<DRGImpact, GrouperError>? {
        guard case .coding(let key, true) = item.content, let patient = item.patient else { return nil }
        guard let drg else { return .failure(.notInstalled(searched: [])) }
        do {
            return .success(try drg.impact(answer: answer.codes, key: key, patient: patient, codeSet: pack.codeSet))
        } catch let error as GrouperError {
            return .failure(error)
        } catch {
            return .failure(.failed(error.localizedDescription))
        }
    }
}
