/// UTF-8 validation on bytes, fast for the common case (long runs of valid text).
enum UTF8Validation {
    /// Whether `b` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
    static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = b.count
        var i = 0
        @inline(__always) func isContinuation(_ k: Int) -> Bool { k < n && b[k] & 0xC0 == 0x80 }
        while i < n {
            // eight ASCII bytes at a time
            if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let c = b[i]
            switch c {
            case 0x00...0x7F:
                i += 1
            case 0xC2...0xDF:
                guard isContinuation(i + 1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard isContinuation(i + 1), isContinuation(i + 2) else { return false }
                if c == 0xE0, b[i + 1] < 0xA0 { return false }  // overlong
                if c == 0xED, b[i + 1] >= 0xA0 { return false }  // surrogate
                i += 3
            case 0xF0...0xF4:
                guard isContinuation(i + 1), isContinuation(i + 2), isContinuation(i + 3) else { return false }
                if c == 0xF0, b[i + 1] < 0x90 { return false }  // overlong
                if c == 0xF4, b[i + 1] >= 0x90 { return false }  // above U+10FFFF
                i += 4
            default:
                return false
            }
        }
        return true
    }
}
