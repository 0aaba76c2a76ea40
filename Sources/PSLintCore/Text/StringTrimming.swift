extension StringProtocol {
    /// Trims spaces, TABs, NBSP, line breaks and other Unicode white space at both ends.
    /// Only the scalars at the two ends are looked at, and an end that is an ASCII character or
    /// a Cyrillic letter (never white space) is recognised from its bytes; the kept text is
    /// copied once, as bytes (not at all when nothing is trimmed).
    public var trimmingWhitespace: String {
        let whole = Substring(self)
        if whole.isEmpty { return "" }
        if TrimBytes.endsAreSurelyText(whole.utf8) { return String(whole) }
        let scalars = whole.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(whole[first..<scalars.index(after: last)])
    }
}

/// Byte tests for `trimmingWhitespace`.
private enum TrimBytes {
    /// Whether the first and the last character are certainly not white space: printable ASCII,
    /// or a letter of the Cyrillic block (lead byte D0–D3). Anything else asks Unicode.
    @inline(__always)
    static func endsAreSurelyText(_ utf8: Substring.UTF8View) -> Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        let firstIsText = (first > 0x20 && first < 0x7F) || (first >= 0xD0 && first <= 0xD3)
        guard firstIsText else { return false }
        if last > 0x20 && last < 0x7F { return true }
        // a two-byte Cyrillic letter at the end: lead byte D0–D3, then one continuation byte
        guard last & 0xC0 == 0x80, utf8.count >= 2 else { return false }
        let lead = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
        return lead >= 0xD0 && lead <= 0xD3
    }
}
