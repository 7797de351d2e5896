/// Writing and reading code forms: dotted ICD-10-CM, dotless keys.
public enum CodeFormat {
    /// `E11621` → `E11.621`; codes of three characters or fewer unchanged.
    public static func dotted(_ dotless: String) -> String {
        guard dotless.count > 3, let first = dotless.first, first.isLetter else { return dotless }
        return String(dotless.prefix(3)) + "." + String(dotless.dropFirst(3))
    }

    /// `e11.621` → `E11621`: upper case, dots and surrounding spaces removed.
    public static func dotless(_ code: String) -> String {
        String(code.uppercased().unicodeScalars.filter { $0 != "." && $0 != " " })
    }
}
