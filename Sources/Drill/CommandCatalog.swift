import SafeText
/// The REPL's commands, with their one-line help: the source of `help` and of completion.
public struct ReplCommand: Sendable {
    /// Where a command can be used.
    public enum Scope: Sendable {
        case always, home, item, drillItem, exam, codeBook
    }

    public var name: String
    public var usage: String
    public var summary: String
    public var aliases: [String]
    public var scope: Scope

    public init(_ name: String, usage: String? = nil, _ summary: String, aliases: [String] = [], scope: Scope = .always) {
        self.name = name
        self.usage = usage ?? name
        self.summary = summary
        self.aliases = aliases
        self.scope = scope
    }
}

extension DrillSession {
    /// Every command, in the order `help` lists them.
    public static let commands: [ReplCommand] = [
        ReplCommand("packs", "List the packs with your standing in each", aliases: ["list-packs"], scope: .home),
        ReplCommand("drill", usage: "drill PACK", "Practise a pack item by item, with feedback", aliases: ["start", "open"], scope: .home),
        ReplCommand("exam", usage: "exam PACK", "Sit a pack as a timed mock exam (resumes one in progress)", scope: .home),
        ReplCommand("review", "Practise the items due for spaced review", scope: .home),
        ReplCommand("weak", "Practise items of your weakest tags", scope: .home),
        ReplCommand("trainee", usage: "trainee [NAME]", "Who is practising; with a name, switch to them", scope: .home),
        ReplCommand("progress", "Your standing: per pack, per tag, trend", aliases: ["stats"]),
        ReplCommand("chart", "Show the chart again", scope: .item),
        ReplCommand("task", "Show the task again", scope: .item),
        ReplCommand("list", "List the pack's items and where you are", aliases: ["items"], scope: .item),
        ReplCommand("goto", usage: "goto ITEM", "Go to an item by number or id", aliases: ["go"], scope: .item),
        ReplCommand("skip", "Leave this item for now and go to the next", aliases: ["next", "n"], scope: .item),
        ReplCommand("back", "Go to the previous item", aliases: ["prev", "previous"], scope: .item),
        ReplCommand("hint", "A nudge, if the pack gives one", scope: .drillItem),
        ReplCommand("again", "Try the item just answered once more", aliases: ["retry"], scope: .drillItem),
        ReplCommand("flag", "Flag or unflag this item to come back to", scope: .exam),
        ReplCommand("review-flags", "List flagged and unanswered items", aliases: ["flags"], scope: .exam),
        ReplCommand("submit", "Hand in the exam for scoring", scope: .exam),
        ReplCommand("lookup", usage: "lookup [--pcs] WORDS", "Search the code book (lookup CHF acute; lookup --pcs lap appendectomy)", aliases: ["l", "search"], scope: .codeBook),
        ReplCommand("show", usage: "show CODE", "A code in full: title, notes, 7th characters, CC/MCC", aliases: ["s"], scope: .codeBook),
        ReplCommand("index", usage: "index WORDS", "Walk the Alphabetic Index (index fracture radius distal)", scope: .codeBook),
        ReplCommand("neoplasm", usage: "neoplasm SITE", "The Neoplasm Table row for a site", scope: .codeBook),
        ReplCommand("drug", usage: "drug NAME", "The Table of Drugs and Chemicals row for a substance", scope: .codeBook),
        ReplCommand("pcs", usage: "pcs TABLE", "An ICD-10-PCS table to build a code from (pcs 0SR)", scope: .codeBook),
        ReplCommand("drg", usage: "drg CODES [--age N] [--sex male|female] [--discharge N]",
                    "Group codes as an inpatient claim: MS-DRG, weight, what each code did", scope: .codeBook),
        ReplCommand("validate", usage: "validate CODES", "Whether codes are valid and reportable, and what is missing", aliases: ["check"], scope: .codeBook),
        ReplCommand("menu", "Leave the pack (an exam is saved; its clock runs on)", aliases: ["home", "end"], scope: .item),
        ReplCommand("help", usage: "help [COMMAND]", "List the commands, or explain one", aliases: ["?", "h"]),
        ReplCommand("quit", "Save and leave ChartDrill", aliases: ["exit", "q"]),
    ]
}

/// The nearest of `candidates` to `word`, if it is near enough to suggest.
public func nearest(_ word: String, in candidates: [String]) -> String? {
    // No command is long: a pasted megabyte is not a typo (and its table would be huge).
    guard word.utf8.count <= 64 else { return nil }
    let scored = candidates.map { ($0, EditDistance.between(word.lowercased(), $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    return best.1 <= max(1, word.count / 3) || best.0.hasPrefix(word.lowercased()) ? best.0 : nil
}
