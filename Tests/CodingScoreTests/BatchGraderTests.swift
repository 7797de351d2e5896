import CodingScore
import Foundation
import Testing
import TestSupport

/// Grading a file of answers: results per trainee and per item, bad lines never dropped.
@Suite struct BatchGraderTests {
    static let items = [
        GradableItem(id: "dm2-neuropathy", key: .coding(makeKey("E11.42*, Z79.4", "cm")), tags: ["chapter:04"]),
        GradableItem(id: "wrist", key: .coding(makeKey("S52.521A*, W01.0XXA?", "cm")), tags: ["chapter:19"], weight: 2),
        GradableItem(id: "injection", key: .coding(makeKey("96372, J1885x2", "cpt hcpcs"))),
        GradableItem(id: "q01", key: .multipleChoice(MultipleChoiceKey(options: ["A", "B", "C", "D"], answer: "A")),
                     tags: ["domain:exam"]),
    ]
    let grader = BatchGrader(items: items, scorer: Scorer(catalog: FakeCatalog.standard))

    static let file = """
        {"trainee": "ana", "item": "dm2-neuropathy", "answer": "E11.42, Z79.4"}
        {"trainee": "ana", "item": "wrist", "answer": "S52.522A"}
        {"trainee": "ben", "item": "dm2-neuropathy", "answer": "e119"}
        {"trainee": "ben", "item": "q01", "answer": "(a)"}

        {"trainee": "ana", "item": "injection", "answer": "96372 J1885 x2", "seconds": 41, "meta": {"tries": [1, 2]}}
        not json at all
        {"trainee": "ben", "item": "no-such-item", "answer": "I10"}
        {"trainee": "ana", "item": "wrist", "answer": "S52.521A"}
        {"trainee": "ben", "item": "wrist"}
        {"trainee": "ben", "item": "injection", "answer": 96372}
        {"trainee": "ben", "item": "injection", "answer": "96372"} trailing
        """

    // MARK: - Results

    @Test func perTrainee() {
        let report = grader.grade(text: Self.file)
        #expect(report.trainees.map(\.trainee) == ["ana", "ben"])
        let ana = report.trainees[0]
        #expect(ana.answers.map(\.item) == ["dm2-neuropathy", "wrist", "injection"])
        #expect(ana.answers.map(\.line) == [1, 2, 6])
        // 1 + 2 × 0 (the wrist on the wrong side: a wrong code to an auditor) + 1 of a possible 5.
        #expect(ana.points == 2 && report.possiblePoints == 5 && ana.percent == 40)
        #expect(ana.unanswered == ["q01"])
        #expect(ana.summary.overall.chartCorrect == 2)
        let ben = report.trainees[1]
        #expect(ben.answers.map(\.item) == ["dm2-neuropathy", "q01"])
        #expect(ben.points == 1.25)  // 0.5 specificity of 2 points = 0.25, plus q01
        #expect(ben.unanswered == ["wrist", "injection"])
    }

    @Test func perItem() {
        let report = grader.grade(text: Self.file)
        #expect(report.items.map(\.item) == ["dm2-neuropathy", "wrist", "injection", "q01"])
        #expect(report.items.map(\.summary.overall.items) == [2, 1, 1, 1])
        #expect(report.items[0].summary.overall.chartCorrect == 1)
        #expect(report.items[0].summary.count(.specificity) == 1 && report.items[0].summary.count(.missing) == 1)
        #expect(report.summary.overall.items == 5)
        #expect(report.summary.byTag["chapter:04"]?.items == 2)
    }

    @Test func badLinesWithTheirNumbersAndReasons() {
        let report = grader.grade(text: Self.file)
        #expect(report.badLines.map(\.line) == [7, 8, 9, 10, 11, 12])
        let reasons = report.badLines.map(\.reason)
        #expect(reasons[0].hasPrefix("a line must be one JSON object"))
        #expect(reasons[1] == "item 'no-such-item' is not in this pack (its items: dm2-neuropathy, wrist, injection, q01); check the item id")
        #expect(reasons[2] == "a second answer from 'ana' to item 'wrist' (the first is on line 2, and only it is graded); remove one of them")
        #expect(reasons[3] == "no \"answer\": each line needs trainee, item and answer")
        #expect(reasons[4] == "\"answer\" must be a string (in double quotes) at column 51")
        #expect(reasons[5] == "text after the JSON object at column 60")
        // Every non-blank line is either graded or reported.
        #expect(report.gradedCount + report.badLines.count == 11)
    }

    @Test func blankLinesCRLFAndAByteOrderMark() {
        let text = "\u{FEFF}{\"trainee\": \"ana\", \"item\": \"q01\", \"answer\": \"A\"}\r\n\r\n   \r\n{\"trainee\": \"ben\", \"item\": \"q01\", \"answer\": \"B\"}"
        let report = grader.grade(text: text)
        #expect(report.badLines.isEmpty)
        #expect(report.trainees.map(\.answers.first?.line) == [1, 4])
        #expect(report.trainees.map(\.points) == [1, 0])
    }

    @Test func invalidUTF8IsABadLine() {
        var bytes = Array("{\"trainee\": \"ana\", \"item\": \"q01\", \"answer\": \"".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\"}\n".utf8)
        let report = grader.grade(bytes)
        #expect(report.badLines.map(\.line) == [1])
        #expect(report.badLines.first?.reason.contains("not valid UTF-8") == true)
    }

    @Test func emptyFile() {
        let report = grader.grade([UInt8]())
        #expect(report.gradedCount == 0 && report.trainees.isEmpty && report.badLines.isEmpty)
        #expect(report.items.count == 4)
    }

    @Test func answersAlreadyRead() {
        let lines = [AnswerLine(trainee: "ana", item: "q01", answer: "a"), AnswerLine(trainee: "ana", item: "q01", answer: "b")]
        let report = grader.grade(lines: lines)
        #expect(report.gradedCount == 1 && report.badLines.map(\.line) == [2])
    }

    @Test func inpatientItemsNameThePrincipalDiagnosis() {
        let item = GradableItem(id: "flu", key: .coding(makeKey("J11.00*, R50.9", "cm")), inpatient: true)
        let report = BatchGrader(items: [item], scorer: Scorer(catalog: FakeCatalog.standard))
            .grade(text: #"{"trainee": "ana", "item": "flu", "answer": "R50.9 J11.00"}"#)
        #expect(report.trainees[0].answers[0].score.findings.last?.explanation == "J11.00 is the principal diagnosis: type it before R50.9")
    }

    // MARK: - Rendering

    @Test func textTables() {
        let text = grader.grade(text: Self.file).renderText()
        #expect(text.hasPrefix("5 answers graded from 2 trainees; 6 lines skipped (listed below)\n"))
        #expect(text.contains("\nTrainees\n") && text.contains("\nItems\n") && text.contains("\nLines skipped\n"))
        let lines = text.split(separator: "\n").map(String.init)
        let ana = lines.first { $0.hasPrefix("  ana ") }
        #expect(ana?.split(separator: " ").map(String.init) == ["ana", "3/4", "2/5", "40.0", "2/3", "0.80", "0.80", "0.80", "0.80"])
        let wrist = lines.first { $0.hasPrefix("  wrist ") }
        #expect(wrist?.split(separator: " ").map(String.init) == ["wrist", "1", "0.0", "0/1", "0.00", "0.00", "0.00", "0.00", "specificity", "×1"])
        #expect(lines.contains("  line 8: item 'no-such-item' is not in this pack (its items: dm2-neuropathy, wrist, injection, q01); check the item id"))
    }

    @Test func textTableWithNothingGraded() {
        let text = grader.grade([UInt8]()).renderText()
        #expect(text.hasPrefix("0 answers graded from 0 trainees\n"))
        #expect(text.contains("  (none)"))
        #expect(!text.contains("Lines skipped"))
    }

    @Test func jsonRoundTrips() throws {
        let report = grader.grade(text: Self.file)
        let json = try report.renderJSON()
        let decoded = try JSONDecoder().decode(BatchReport.self, from: Data(json.utf8))
        #expect(decoded.badLines == report.badLines)
        #expect(decoded.trainees.map(\.points) == report.trainees.map(\.points))
        #expect(decoded.trainees[0].answers == report.trainees[0].answers)
        #expect(decoded.summary == report.summary)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        #expect(Set(object.keys) == ["items", "trainees", "badLines", "summary", "possiblePoints"])
    }
}

/// The answers file's own JSON reader.
@Suite struct AnswerLineTests {
    func read(_ text: String) -> Result<AnswerLine, AnswerLineError> { AnswerLine.read(text) }

    @Test func plainLine() throws {
        let line = try read(#"{"trainee":"ana","item":"q1","answer":"E11.42, Z79.4"}"#).get()
        #expect(line == AnswerLine(trainee: "ana", item: "q1", answer: "E11.42, Z79.4"))
    }

    @Test func keysInAnyOrderWithSpaces() throws {
        let line = try read("  { \"answer\" : \"B\" ,\t\"item\":\"q2\", \"trainee\": \"ben\" }  ").get()
        #expect(line == AnswerLine(trainee: "ben", item: "q2", answer: "B"))
    }

    @Test func escapes() throws {
        let line = try read(#"{"trainee":"Zo\u00eb \"Z\"","item":"a\/b","answer":"E11.42\nZ79.4\t\u0049\u0031\u0030 \ud83e\ude7a"}"#).get()
        #expect(line.trainee == "Zoë \"Z\"" && line.item == "a/b")
        #expect(line.answer == "E11.42\nZ79.4\tI10 🩺")
    }

    @Test func otherKeysAreSkippedWhateverTheirValue() throws {
        let text = #"{"trainee":"a","n":-1.5e3,"t":true,"f":false,"z":null,"o":{"x":[1,{"y":"}"}]},"e":[],"item":"i","answer":""}"#
        #expect(try read(text).get() == AnswerLine(trainee: "a", item: "i", answer: ""))
    }

    @Test(arguments: [
        ("", "a line must be one JSON object: {\"trainee\": ..., \"item\": ..., \"answer\": ...}; found the end of the line at column 1"),
        ("[1]", "a line must be one JSON object: {\"trainee\": ..., \"item\": ..., \"answer\": ...}; found '[' at column 1"),
        (#"{"trainee":"a","item":"i","answer":"x""#, "expected ',' or '}'; found the end of the line at column 39"),
        (#"{"trainee":"a","item":"i","answer":"x}"#, "a string is not closed with '\"'"),
        (#"{"trainee":"a","item":"i"}"#, "no \"answer\": each line needs trainee, item and answer"),
        (#"{}"#, "no \"trainee\", \"item\", \"answer\": each line needs trainee, item and answer"),
        (#"{"trainee":"a","item":"i","answer":"E11.9","answer":"I10"}"#, "\"answer\" appears twice on the line (again at column 44); keep one"),
        (#"{"trainee":"","item":"i","answer":"x"}"#, "\"trainee\" is empty"),
        (#"{"trainee":"a","item":"","answer":"x"}"#, "\"item\" is empty"),
        (#"{"trainee":"a","item":"i","answer":"\q"}"#, "unknown escape '\\q' at column 38"),
        (#"{"trainee":"a","item":"i","answer":"\u12"}"#, "a \\u escape needs four hex digits (column 41)"),
        (#"{"trainee":"a","item":"i","answer":"\ud83e"}"#, "a \\u escape at column 42 is half a surrogate pair"),
        (#"{"trainee":"a","item":"i","answer":"x","n":tru}"#, "not a JSON value at column 44"),
        ("{\"trainee\":\"a\",\"item\":\"i\",\"answer\":\"a\tb\"}", "a control character inside a string at column 38; write it as \\n or \\t"),
        (#"{"trainee":"a" "item":"i"}"#, "expected ',' or '}'; found '\"' at column 16"),
        (#"{trainee:"a"}"#, "expected a string in double quotes; found 't' at column 2"),
    ])
    func errorsSayWhatAndWhere(_ text: String, _ reason: String) {
        guard case .failure(let error) = read(text) else {
            Issue.record("read \(text)")
            return
        }
        #expect(error.reason == reason)
    }
}
