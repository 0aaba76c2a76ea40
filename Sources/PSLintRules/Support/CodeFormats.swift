import PSLintCore

/// Byte-level recognisers for the codes of a standard.
public enum CodeFormats {
    /// The two forms of a standard code (structure.md §3).
    public enum StandardCode: Hashable, Sendable {
        /// `J62011053`: section letter, ОКЭД subclass (5 digits), serial.
        case long(section: String, subclass: String, serial: String)
        /// `J058`: section letter and serial.
        case short(section: String, serial: String)
    }

    /// A code as printed, without surrounding space and a closing full stop (`J068.`).
    public static func clean(_ text: String) -> String {
        var value = text.trimmingWhitespace
        while value.hasSuffix(".") { value.removeLast() }
        return value.trimmingWhitespace
    }

    public static func standardCode(_ text: String) -> StandardCode? {
        let bytes = Array(clean(text).utf8)
        guard bytes.count == 9 || bytes.count == 4, isSectionLetter(bytes[0]), bytes.dropFirst().allSatisfy(isDigit) else { return nil }
        let section = String(UnicodeScalar(bytes[0]))
        let digits = String(decoding: bytes.dropFirst(), as: UTF8.self)
        if bytes.count == 4 { return .short(section: section, serial: digits) }
        return .long(section: section, subclass: String(digits.prefix(5)), serial: String(digits.suffix(3)))
    }

    /// `NNNN-N`.
    public static func isGroupCode(_ text: String) -> Bool {
        matches(Array(text.trimmingWhitespace.utf8), pattern: "dddd-d")
    }

    /// `NNNN-N-NNN`.
    public static func isOccupationCode(_ text: String) -> Bool {
        matches(Array(text.trimmingWhitespace.utf8), pattern: "dddd-d-ddd")
    }

    /// The ОКЭД levels.
    public enum OkedLevel: Int, Comparable, Sendable {
        case section, division, group, `class`, subclass
        public static func < (lhs: OkedLevel, rhs: OkedLevel) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The level of an ОКЭД code written in the dotted form (`J`, `62`, `62.0`, `62.01`, `62.01.1`).
    public static func okedLevel(_ code: String) -> OkedLevel? {
        let bytes = Array(clean(code).utf8)
        if bytes.count == 1, isSectionLetter(bytes[0]) { return .section }
        if matches(bytes, pattern: "dd") { return .division }
        if matches(bytes, pattern: "dd.d") { return .group }
        if matches(bytes, pattern: "dd.dd") { return .class }
        if matches(bytes, pattern: "dd.dd.d") { return .subclass }
        return nil
    }

    /// The digits of an ОКЭД code (`62.01.1` → `62011`).
    public static func okedDigits(_ code: String) -> String {
        String(decoding: clean(code).utf8.filter(isDigit), as: UTF8.self)
    }

    /// Whether `text` holds a Cyrillic letter (a look-alike in a code: `Ю069`, `Ж`).
    public static func cyrillicLetters(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { (0x0400...0x04FF).contains($0.value) }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    /// ОКЭД sections are A–U.
    static func isSectionLetter(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x55 }

    /// `d` is a digit; any other pattern byte stands for itself.
    static func matches(_ bytes: [UInt8], pattern: StaticString) -> Bool {
        let p = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        guard bytes.count == p.count else { return false }
        for (byte, expected) in zip(bytes, p) {
            if expected == UInt8(ascii: "d") { if !isDigit(byte) { return false } } else if byte != expected { return false }
        }
        return true
    }
}
