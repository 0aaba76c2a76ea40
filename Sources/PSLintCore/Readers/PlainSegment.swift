extension InlineMarkup {
    /// Byte classes for `plainRange`: 0 plain, 1 space or TAB, 2 a byte that may start markup
    /// (`<`, `&`, `*`) or an NBSP (its first byte).
    static let plainClasses: [UInt8] = (0...255).map { c in
        if c == 0x20 || c == 0x09 { return 1 }
        if c == 0x3C || c == 0x26 || c == 0x2A || c == 0xC2 { return 2 }
        return 0
    }

    /// The fast path of the normalisation: when `b[start..<end]` holds no markup, no NBSP and no
    /// letter-spaced word, normalising it only trims it. Returns the trimmed range (empty when the
    /// segment is blank), or nil when the full normalisation is needed.
    static func plainRange(_ b: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Range<Int>? {
        let classes = plainClasses
        var lower = start
        while lower < end, b[lower] == 0x20 || b[lower] == 0x09 { lower += 1 }
        guard lower < end else { return lower..<lower }
        if letterSpacedRun(b, at: lower, end: end) != nil { return nil }
        var i = lower
        var upper = lower
        let raw = UnsafeRawPointer(b.baseAddress!)
        while i < end {
            // eight bytes at a time up to the next byte that is not plain
            if i + 8 <= end {
                let mask = specialBytes(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
                if mask == 0 {
                    i += 8
                    upper = i
                    continue
                }
                let plain = mask.trailingZeroBitCount / 8
                if plain > 0 {
                    i += plain
                    upper = i
                }
            }
            switch classes[Int(b[i])] {
            case 0:
                i += 1
                upper = i
            case 1:
                i += 1
                // a letter-spaced word (`А н а л и з`) starts with a single letter after a space
                if i < end, letterSpacedRun(b, at: i, end: end) != nil { return nil }
            default:
                return nil
            }
        }
        return lower..<upper
    }

    /// The first byte at or after `from` (before `end`) that is a space, TAB, `<`, `&`, `*` or
    /// 0xC2, eight bytes at a time; `end` when there is none.
    static func nextSpecialByte(_ b: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
        var i = from
        let raw = UnsafeRawPointer(b.baseAddress!)
        while i + 8 <= end {
            let mask = specialBytes(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            if mask != 0 { return i + mask.trailingZeroBitCount / 8 }
            i += 8
        }
        let classes = plainClasses
        while i < end, classes[Int(b[i])] == 0 { i += 1 }
        return min(i, end)
    }

    /// The high bit of every byte of `word` (first byte lowest) that is a space, TAB, `<`, `&`,
    /// `*` or 0xC2 — exact up to and including the lowest such byte, which is all the caller reads
    /// (the zero-byte test can also flag bytes after a match).
    @inline(__always)
    static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        return zeroBytes(word ^ (ones &* 0x20)) | zeroBytes(word ^ (ones &* 0x09)) | zeroBytes(word ^ (ones &* 0x3C))
            | zeroBytes(word ^ (ones &* 0x26)) | zeroBytes(word ^ (ones &* 0x2A)) | zeroBytes(word ^ (ones &* 0xC2))
    }
}
