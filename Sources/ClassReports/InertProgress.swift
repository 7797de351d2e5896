import ProgressStore
import SafeText

/// Progress files are untrusted: every string a report shows from one is made inert once,
/// here, before any figure or rendering sees it (the terminal report, CSV, JSON and HTML alike).
extension TraineeProgress {
    var inert: TraineeProgress {
        // Most files hold nothing to make inert: only those that do are copied.
        guard TerminalText.mayHoldUnsafe(trainee) || document.attempts.contains(where: \.mayHoldUnsafe) else { return self }
        var copy = self
        copy.trainee = TerminalText.inert(trainee)
        copy.document.attempts = document.attempts.map(\.inert)
        return copy
    }
}

extension Attempt {
    var mayHoldUnsafe: Bool {
        let t = TerminalText.mayHoldUnsafe
        return t(packId) || t(packVersion) || t(itemId) || t(answer) || tags.contains(where: t)
            || findings.contains { f in [f.entered, f.key, f.other].contains { $0.map(t) ?? false } || f.details.contains(where: t) }
            || overrides.contains { t($0.by) || t($0.reason) }
    }

    var inert: Attempt {
        guard mayHoldUnsafe else { return self }
        var copy = self
        copy.packId = TerminalText.inert(packId)
        copy.packVersion = TerminalText.inert(packVersion)
        copy.itemId = TerminalText.inert(itemId)
        copy.answer = TerminalText.inert(answer)
        copy.tags = tags.map(TerminalText.inert)
        copy.findings = findings.map { finding in
            var f = finding
            f.entered = f.entered.map(TerminalText.inert)
            f.key = f.key.map(TerminalText.inert)
            f.other = f.other.map(TerminalText.inert)
            f.details = f.details.map(TerminalText.inert)
            return f
        }
        copy.overrides = overrides.map { credit in
            var c = credit
            c.by = TerminalText.inert(c.by)
            c.reason = TerminalText.inert(c.reason)
            return c
        }
        return copy
    }
}
