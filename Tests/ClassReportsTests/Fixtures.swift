import CodingScore
import Foundation
@testable import ProgressStore

@testable import ClassReports

/// Building blocks for small hand-made classes.
enum Fixtures {
    static let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01

    /// One attempt worth 1 point: right (1 point, chart-correct) or wrong (0).
    static func attempt(
        _ id: String, pack: String = "p", item: String, right: Bool, answer: String? = nil,
        findings: [AttemptFinding]? = nil, minutes: Double = 0, mode: AttemptMode = .drill, session: String? = nil,
        tags: [String] = [], maxPoints: Double = 1, points: Double? = nil
    ) -> Attempt {
        Attempt(
            id: id, time: start.addingTimeInterval(minutes * 60), mode: mode, packId: pack, packVersion: "1.0.0",
            itemId: item, answer: answer ?? (right ? "K00.0" : "K99.9"),
            findings: findings ?? [AttemptFinding(kind: right ? .correct : .extra, entered: right ? "K00.0" : "K99.9", key: right ? "K00.0" : nil)],
            points: points ?? (right ? maxPoints : 0), maxPoints: maxPoints, chartCorrect: right, seconds: 60, tags: tags,
            examSessionId: session)
    }

    static func trainee(_ name: String, _ attempts: [Attempt]) -> TraineeProgress {
        TraineeProgress(
            file: URL(fileURLWithPath: "/class/\(ProgressStore.slug(name)).json"), trainee: name,
            document: ProgressDocument(trainee: name, attempts: attempts))
    }

    /// Writes trainees as progress files through ProgressStore, as ChartDrill leaves them.
    static func write(_ trainees: [TraineeProgress], to folder: URL) throws {
        for trainee in trainees {
            let url = folder.appendingPathComponent(trainee.file.lastPathComponent)
            try ProgressStore(documentURL: url).seed(trainee.document)
        }
    }
}
