/// Finding number tokens in paragraph text (UTF-8 bytes).
enum NumberToken {
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The first occurrence of `needle` in `text` that is a whole number: when `needle` starts
    /// (ends) with a digit, the byte before (after) it is not a digit, so «1» is never found
    /// inside «11» or «2021».
    static func firstOccurrence(of needle: [UInt8], in text: [UInt8], from start: Int = 0) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        let checkBefore = isDigit(needle[0])
        let checkAfter = isDigit(needle[needle.count - 1])
        var i = start
        while i + needle.count <= text.count {
            if text[i] == needle[0] {
                var k = 1
                while k < needle.count, text[i + k] == needle[k] { k += 1 }
                if k == needle.count {
                    let end = i + needle.count
                    let okBefore = !checkBefore || i == 0 || !isDigit(text[i - 1])
                    let okAfter = !checkAfter || end == text.count || !isDigit(text[end])
                    if okBefore && okAfter { return i..<end }
                }
            }
            i += 1
        }
        return nil
    }

    /// The maximal digit runs of `text`, in order.
    static func tokens(_ text: some Collection<UInt8>) -> [[UInt8]] {
        var tokens: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in text {
            if isDigit(byte) { current.append(byte) } else if !current.isEmpty { tokens.append(current); current = [] }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
