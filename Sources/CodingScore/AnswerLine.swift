/// One line of an answers file: `{"trainee": "...", "item": "...", "answer": "..."}`.
///
/// Read by a small JSON reader of its own (flat objects, any JSON value for keys it does not
/// use), so that batch grading needs no Foundation and reads 100,000 lines in milliseconds.
public struct AnswerLine: Codable, Sendable, Hashable {
    public var trainee: String
    public var item: String
    /// The answer exactly as typed: codes, or an option letter for a multiple-choice item.
    public var answer: String

    public init(trainee: String, item: String, answer: String) {
        self.trainee = trainee
        self.item = item
        self.answer = answer
    }

    /// Reads one line (without its line break); the error says what is wrong, in words.
    public static func read(_ line: ArraySlice<UInt8>) -> Result<AnswerLine, AnswerLineError> {
        var reader = JSONObjectReader(bytes: line)
        return reader.readAnswerLine()
    }

    /// Reads one line of text (without its line break).
    public static func read(_ line: String) -> Result<AnswerLine, AnswerLineError> {
        read(Array(line.utf8)[...])
    }
}
