/// Shape checks for the systems ChartDrill does not carry in full.
public enum CodeShapes {
    /// CPT: five digits, or four digits and F (Category II) or T (Category III).
    public static func isCPT(_ code: String) -> Bool {
        let c = Array(code.utf8)
        guard c.count == 5, c[0..<4].allSatisfy({ (48...57).contains($0) }) else { return false }
        return (48...57).contains(c[4]) || c[4] == UInt8(ascii: "F") || c[4] == UInt8(ascii: "T")
    }

    /// HCPCS Level II: a letter A-V and four digits.
    public static func isHCPCS(_ code: String) -> Bool {
        let c = Array(code.utf8)
        return c.count == 5 && (65...86).contains(c[0]) && c.dropFirst().allSatisfy { (48...57).contains($0) }
    }
}
