/// JSON's string escapes, for the readers that decode JSON by hand (`JSONObjectReader` for
/// answer files, ProgressStore's fast attempt reader): one table of what each escape means.
public enum JSONEscape {
    /// The byte a one-character escape stands for (`n` → line feed, `"` → quote), or nil for
    /// `u` (four hex digits follow) and for anything JSON does not allow.
    @inlinable
    public static func byte(for escape: UInt8) -> UInt8? {
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return escape
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        default: return nil
        }
    }

    /// A `\uXXXX` value that opens a surrogate pair: a second `\uXXXX` must follow.
    @inlinable
    public static func isHighSurrogate(_ value: UInt32) -> Bool { (0xD800...0xDBFF).contains(value) }

    /// The scalar a surrogate pair stands for, or nil when `low` does not close it.
    @inlinable
    public static func scalar(high: UInt32, low: UInt32) -> UInt32? {
        guard (0xDC00...0xDFFF).contains(low) else { return nil }
        return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
    }
}
