import Foundation
import ProgressStore

/// Records an instructor's manual credit on one attempt of a trainee's progress file, through
/// `ProgressStore.addCredit`: the override (who, when, points, why) is added beside the
/// original result, which is never replaced; the latest override is the one that counts.
public enum ManualCreditRecorder {
    /// Checks the request against the attempt on file and records it. Only the store's own
    /// API writes, and only to a trainee's progress document: a journal, a lock file, a file
    /// set aside as damaged or anything else is refused before it is opened.
    /// - Parameters:
    ///   - file: the trainee's `<name>.json`, or a class folder: then the trainee whose
    ///     record holds the attempt is found in it.
    ///   - attemptId: the attempt's id.
    ///   - points: from 0 to the attempt's `maxPoints`.
    ///   - reason: why (kept with the credit).
    ///   - by: who grants it.
    ///   - now: when.
    /// - Throws: `CreditError`, or the store's `ProgressError` (a held lock, a full disk).
    public static func record(
        file: URL, attemptId: String, points: Double, reason: String, by: String, now: Date = Date()
    ) throws -> CreditReceipt {
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        let who = by.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else { throw CreditError.missingReason }
        guard !who.isEmpty else { throw CreditError.missingName }
        var file = file
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), isFolder.boolValue {
            let (trainees, _) = try ProgressFolder.load(file)
            guard let owner = trainees.first(where: { $0.document.attempts.contains { $0.id == attemptId } }) else {
                throw CreditError.unknownAttempt(id: attemptId, path: file.path)
            }
            file = owner.file
        }
        try ProgressStore.checkDocumentPath(file)
        guard FileManager.default.fileExists(atPath: file.path) || FileManager.default.fileExists(atPath: file.path + ".journal") else {
            throw CreditError.noSuchFile(path: file.path)
        }
        let store = try ProgressStore(documentURL: file, clock: { now })
        let document = try store.load()
        if let warning = store.takeWarnings().first { throw CreditError.damagedFile(warning: warning.description) }
        guard let attempt = document.attempts.first(where: { $0.id == attemptId }) else {
            throw CreditError.unknownAttempt(id: attemptId, path: file.path)
        }
        guard points.isFinite, points >= 0, points <= attempt.maxPoints else {
            throw CreditError.pointsOutOfRange(points: points, maxPoints: attempt.maxPoints, attemptId: attemptId)
        }
        let credit = ManualCredit(by: who, time: now, points: points, reason: why)
        try store.addCredit(credit, toAttempt: attemptId)
        return CreditReceipt(
            file: file.path, trainee: document.trainee, attemptId: attemptId, packId: attempt.packId, itemId: attempt.itemId,
            answer: attempt.answer, originalPoints: attempt.points, maxPoints: attempt.maxPoints,
            originalChartCorrect: attempt.chartCorrect, earlierOverrides: attempt.overrides.count, credit: credit)
    }
}
