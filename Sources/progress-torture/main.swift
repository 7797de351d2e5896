// progress-torture: the child process of ProgressStoreTests' crash and two-writer tests.
// Records attempts in a loop and prints each attempt's id on stdout only after `record`
// returned (so every id printed is one the store confirmed).
// Usage: progress-torture DOCUMENT PREFIX COUNT [COMPACT-BYTES]   (COUNT 0: until killed)
import Foundation
import ProgressStore


let arguments = CommandLine.arguments
guard arguments.count >= 4, let count = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: progress-torture DOCUMENT PREFIX COUNT [COMPACT-BYTES]\n".utf8))
    exit(2)
}
let compactBytes = arguments.count > 4 ? Int(arguments[4]) ?? (4 << 20) : (4 << 20)
do {
    let store = try ProgressStore(
        documentURL: URL(fileURLWithPath: arguments[1]),
        options: .init(lockTimeout: 30, compactJournalBytes: compactBytes))
    var index = 0
    while count == 0 || index < count {
        let attempt = Attempt(
            id: "\(arguments[2])-\(index)", time: Date(), mode: index % 5 == 0 ? .review : .drill,
            packId: "torture-pack", packVersion: "1.0.0", itemId: "item-\(index % 37)",
            answer: "E11.42, Z79.4", findings: [AttemptFinding(kind: .correct, entered: "E11.42", key: "E11.42")],
            points: Double(index % 3), maxPoints: 2, chartCorrect: index % 3 == 2, seconds: 12.5,
            tags: ["chapter:04", "skill:combination-codes"])
        try store.record(attempt)
        FileHandle.standardOutput.write(Data("\(attempt.id)\n".utf8))
        if index % 50 == 7 {
            try store.saveExamSession(
                ExamSession(id: "\(arguments[2])-exam", packId: "torture-pack", packVersion: "1.0.0", started: Date(),
                            secondsUsed: Double(index), answers: ["q\(index)": "99213"]))
        }
        index += 1
    }
    for warning in store.takeWarnings() { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
} catch {
    FileHandle.standardError.write(Data("progress-torture: \(error)\n".utf8))
    exit(1)
}
