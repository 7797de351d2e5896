import CodingScore
import Foundation
import ProgressStore
import Testing
import TestSupport

@testable import ClassReports

/// HTML, terminal and CSV output: self-contained, escaped, well-formed.
@Suite struct RendererTests {
    static let hostile = "<script>alert(\"x\")</script> & O'Brien"

    static func report() -> ClassReport {
        var trainees = ItemStatisticsTests.classOfTen()
        trainees[0].trainee = hostile
        trainees[1].document.attempts[0].overrides = [ManualCredit(by: "<b>boss</b>", time: Fixtures.start, points: 1, reason: "a \"quoted\" <reason>")]
        return ClassReport(trainees: trainees, packs: [ItemStatisticsTests.pack], folder: "/class/<odd>", now: Fixtures.start)
    }

    /// Counts of `<tag ...>`/`<tag>` openings and `</tag>` closings.
    static func balance(_ html: String, _ tag: String) -> (open: Int, close: Int) {
        let open = html.components(separatedBy: "<\(tag)>").count - 1 + html.components(separatedBy: "<\(tag) ").count - 1
        let close = html.components(separatedBy: "</\(tag)>").count - 1
        return (open, close)
    }

    static func checkSelfContained(_ html: String) {
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains("<link") && !html.contains("@import") && !html.contains("url("))
        // No event-handler attributes (onload=, onclick=, …).
        #expect(html.range(of: #"<[^>]*\son[a-z]+\s*="#, options: [.regularExpression, .caseInsensitive]) == nil)
        for tag in ["html", "head", "body", "main", "header", "section", "table", "thead", "tbody", "tr", "svg", "ul", "ol", "li", "div", "style", "title", "code", "span", "td", "th", "h1", "h2", "h3", "p"] {
            let counts = balance(html, tag)
            #expect(counts.open == counts.close, "<\(tag)>: \(counts.open) opened, \(counts.close) closed")
        }
    }

    // MARK: - HTML

    @Test func htmlIsSelfContainedEscapedAndBalanced() {
        let html = HTMLReport(Self.report()).render()
        Self.checkSelfContained(html)
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; O&#39;Brien"))
        #expect(html.contains("&lt;b&gt;boss&lt;/b&gt;"))
        #expect(html.contains("/class/&lt;odd&gt;"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@media print"))
        for section in ["summary", "roster", "scores", "items", "wrong-answers", "options", "credits", "method"] {
            #expect(html.contains("<section id=\"\(section)\""), "section \(section)")
        }
        // The negatively discriminating item is marked in the table and the chart.
        #expect(html.contains("flag negative-discrimination"))
        #expect(html.contains("<svg"))
    }

    @Test func escapeCoversEverySpecialCharacter() {
        #expect(HTMLReport.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(HTMLReport.escape("Chloé") == "Chloé")
    }

    // MARK: - Terminal

    @Test func terminalColourOnlyWhenAsked() {
        let report = Self.report()
        let plain = TerminalReport(report, colour: false).render()
        let coloured = TerminalReport(report, colour: true).render()
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}["))
        #expect(plain.contains("Roster") && plain.contains("Items") && plain.contains("Options chosen"))
        #expect(plain.contains("negative discrimination: check the key"))
        #expect(plain.contains("p/I5") && plain.contains("B* 5"))
    }

    // MARK: - CSV

    @Test func csvQuotesAndNeutralisesFormulas() {
        #expect(CSVReport.field("Lima, Ana") == "\"Lima, Ana\"")
        #expect(CSVReport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVReport.field("=HYPERLINK(1)") == "'=HYPERLINK(1)")
        #expect(CSVReport.field("-0.25") == "-0.25")
        let items = CSVReport(Self.report()).items()
        let lines = items.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 6)
        #expect(lines.contains { $0.hasPrefix("p,I4,coding,,10,10,6,0.6000,0.6000,-0.6591") })
        #expect(CSVReport.itemsURL(besides: URL(fileURLWithPath: "/x/class.csv")).path == "/x/class-items.csv")
    }

    // MARK: - JSON

    @Test func jsonRoundTrips() throws {
        let report = Self.report()
        let decoded = try ClassReport.decode(json: report.jsonData())
        #expect(decoded.items == report.items)
        #expect(decoded.roster == report.roster)
        #expect(decoded.credits == report.credits)
    }
}
