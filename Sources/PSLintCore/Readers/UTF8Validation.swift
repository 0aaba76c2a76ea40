/// UTF-8 validation on bytes, fast for the text of drafts: runs of ASCII and of two-byte
/// sequences (Cyrillic) are checked eight bytes at a time, anything else one sequence at a time.
enum UTF8Validation {
    /// Whether `b` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
    static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = b.count
        let highs: UInt64 = 0x8080_8080_8080_8080
        var i = 0  // always at the start of a sequence
        while i < n {
            if i + 8 <= n {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let high = word & highs
                if high == 0 {  // eight ASCII bytes
                    i += 8
                    continue
                }
                // The high bit of each byte, and its next two bits moved up to the high bit.
                let bit6 = (word << 1) & highs, bit5 = (word << 2) & highs
                let lead = high & bit6  // 11xxxxxx
                let continuation = high & ~bit6  // 10xxxxxx
                // Only ASCII and two-byte sequences here: every lead is 110xxxxx but not C0 or C1
                // (overlong), and is followed by a continuation, the only continuations there are.
                if lead & bit5 == 0, overlongLeads(word) & lead == 0, continuation == lead << 8 {
                    if lead >> 63 == 0 {
                        i += 8
                        continue
                    }
                    // the last byte is a lead: its continuation is the first byte of the next word
                    guard i + 8 < n, b[i + 8] & 0xC0 == 0x80 else { return false }
                    i += 9
                    continue
                }
            }
            guard let length = sequenceLength(b, at: i) else { return false }
            i += length
        }
        return true
    }

    /// The high bit of every byte of `word` that is C0 or C1 (exact: the low seven bits of a byte
    /// plus 0x7F reach its high bit unless they are all zero, and never carry into the next byte).
    @inline(__always)
    static func overlongLeads(_ word: UInt64) -> UInt64 {
        let x = (word & 0xFEFE_FEFE_FEFE_FEFE) ^ 0xC0C0_C0C0_C0C0_C0C0
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & lows) &+ lows) | x | lows)
    }

    /// The length of the well-formed sequence at `i`, or nil when there is none.
    @inline(__always)
    static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let n = b.count
        @inline(__always) func isContinuation(_ k: Int) -> Bool { k < n && b[k] & 0xC0 == 0x80 }
        let c = b[i]
        switch c {
        case 0x00...0x7F:
            return 1
        case 0xC2...0xDF:
            return isContinuation(i + 1) ? 2 : nil
        case 0xE0...0xEF:
            guard isContinuation(i + 1), isContinuation(i + 2) else { return nil }
            if c == 0xE0, b[i + 1] < 0xA0 { return nil }  // overlong
            if c == 0xED, b[i + 1] >= 0xA0 { return nil }  // surrogate
            return 3
        case 0xF0...0xF4:
            guard isContinuation(i + 1), isContinuation(i + 2), isContinuation(i + 3) else { return nil }
            if c == 0xF0, b[i + 1] < 0x90 { return nil }  // overlong
            if c == 0xF4, b[i + 1] >= 0x90 { return nil }  // above U+10FFFF
            return 4
        default:
            return nil
        }
    }
}
