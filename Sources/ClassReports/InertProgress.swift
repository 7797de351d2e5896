import ProgressStore
import SafeText

/// Progress files are untrusted: every string a report shows from one is made inert once,
/// here, before any figure or rendering sees it (the terminal report, CSV, JSON and HTML alike).
extension TraineeProgress {
    var inert: TraineeProgress {
        var copy = self
        copy.trainee = TerminalText.inert(trainee)
        copy.document.attempts = document.attempts.map(\.inert)
        return copy
    }
}

extension Attempt {
    var inert: Attempt {
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
