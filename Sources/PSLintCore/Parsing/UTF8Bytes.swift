#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers on UTF-8 text. The readers and the parser work on bytes: no `Character`
/// iteration, no `Regex`, no copies of a paragraph's bytes into arrays.
enum UTF8Bytes {
    /// Calls `body` with the UTF-8 bytes of `text` (no copy for a native string).
    @inline(__always)
    static func with<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var text = text
        return try text.withUTF8(body)
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isContinuation(_ c: UInt8) -> Bool { c & 0xC0 == 0x80 }
    /// Space or TAB.
    @inline(__always) static func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }

    /// Length of the scalar whose first byte is `c`.
    @inline(__always)
    static func scalarLength(_ c: UInt8) -> Int {
        if c < 0x80 { return 1 }
        if c < 0xE0 { return 2 }
        if c < 0xF0 { return 3 }
        return 4
    }

    /// The scalar value starting at `i` (valid UTF-8 assumed; a truncated sequence yields U+FFFD).
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let c = b[i]
        if c < 0x80 { return (UInt32(c), 1) }
        let length = scalarLength(c)
        guard i + length <= b.count else { return (0xFFFD, 1) }
        var value: UInt32
        switch length {
        case 2: value = UInt32(c & 0x1F)
        case 3: value = UInt32(c & 0x0F)
        default: value = UInt32(c & 0x07)
        }
        for k in 1..<length { value = value << 6 | UInt32(b[i + k] & 0x3F) }
        return (value, length)
    }

    /// The start of the scalar that ends just before `i`.
    @inline(__always)
    static func scalarStart(_ b: UnsafeBufferPointer<UInt8>, before i: Int) -> Int {
        var j = i - 1
        while j > 0, isContinuation(b[j]) { j -= 1 }
        return j
    }

    /// Code points in `b[from..<to]`.
    @inline(__always)
    static func codePoints(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        if to - from >= 16 { return codePointsOfLongRange(b, from: from, to: to) }
        var n = 0
        var i = from
        while i < to { if !isContinuation(b[i]) { n += 1 }; i += 1 }
        return n
    }

    /// `codePoints` eight bytes at a time: every byte counts, less the continuation bytes
    /// (high bits `10`).
    static func codePointsOfLongRange(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        precondition(from >= 0 && to <= b.count, "range outside the buffer")
        let raw = UnsafeRawPointer(b.baseAddress!)
        var n = to - from
        var i = from
        while i + 8 <= to {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            n -= (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < to { if isContinuation(b[i]) { n -= 1 }; i += 1 }
        return n
    }

    /// `b[range]` without spaces and TABs at either end.
    @inline(__always)
    static func trimmed(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = max(0, min(range.lowerBound, b.count)), upper = max(lower, min(range.upperBound, b.count))
        while lower < upper, isBlank(b[lower]) { lower += 1 }
        while upper > lower, isBlank(b[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    static func string(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self)
    }

    /// `text[range]` (UTF-8 offsets on scalar boundaries) as a new string: a copy of bytes already
    /// known to be valid, without validating them again.
    @inline(__always)
    static func substring(_ text: String, _ range: Range<Int>) -> String {
        #if compiler(>=6.2)
        if #available(macOS 26, iOS 26, *), let copy = with(text, { copy($0, range) }) { return copy }
        #endif
        return indexedSubstring(text, range)
    }

    /// The same when the bytes `b` of `text` are at hand.
    @inline(__always)
    static func substring(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, of text: String) -> String {
        #if compiler(>=6.2)
        if #available(macOS 26, iOS 26, *), let copy = copy(b, range) { return copy }
        #endif
        return indexedSubstring(text, range)
    }

    static func indexedSubstring(_ text: String, _ range: Range<Int>) -> String {
        let u = text.utf8
        let lower = u.index(u.startIndex, offsetBy: range.lowerBound)
        let upper = u.index(lower, offsetBy: range.count)
        return String(Substring(u[lower..<upper]))
    }

    #if compiler(>=6.2)
    /// `b[range]` as a new string, without validating it again: `b` must be valid UTF-8 (the
    /// bytes of a string), and `range` must start and end on scalar boundaries, else nil.
    @available(macOS 26, iOS 26, *)
    static func copy(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        guard range.lowerBound >= 0, range.upperBound <= b.count,
              range.lowerBound == b.count || !isContinuation(b[range.lowerBound]),
              range.upperBound == b.count || !isContinuation(b[range.upperBound]) else { return nil }
        return String(copying: UTF8Span(unchecked: UnsafeBufferPointer(rebasing: b[range]).span))
    }
    #endif

    /// Whether `b[i...]` starts with `word`.
    @inline(__always)
    static func hasPrefix(_ b: UnsafeBufferPointer<UInt8>, at i: Int, _ word: [UInt8]) -> Bool {
        guard i >= 0, b.count - i >= word.count else { return false }
        for k in 0..<word.count where b[i + k] != word[k] { return false }
        return true
    }

    /// Where `byte` first occurs in `b[from..<to]` (`to` defaults to the end), found with memchr.
    @inline(__always)
    static func find(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int, to: Int? = nil) -> Int? {
        let end = min(to ?? b.count, b.count)
        guard from < end, let base = b.baseAddress else { return nil }
        guard let found = memchr(base + from, Int32(byte), end - from) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Where the first ASCII digit in `b[from..<to]` is, eight bytes at a time.
    static func findDigit(in b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        let end = min(to, b.count)
        var i = max(from, 0)
        guard i < end, let base = b.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            // a byte is a digit when it has its high bit clear and its low seven bits, XOR 0x30, are
            // below 10 (adding 0x76 to them sets the high bit from 10 up, and never carries out)
            let x = word ^ (ones &* 0x30)
            let tenOrMore = ((x & ~highs) &+ (ones &* 0x76)) & highs
            let digits = ~tenOrMore & ~word & highs
            if digits != 0 { return i + digits.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < end {
            if isDigit(b[i]) { return i }
            i += 1
        }
        return nil
    }

    /// Where `word` first occurs in `b[from..<to]`.
    static func find(_ word: [UInt8], in b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard let first = word.first, to - from >= word.count else { return nil }
        var i = from
        let last = to - word.count
        while i <= last {
            if b[i] == first, hasPrefix(b, at: i, word) { return i }
            i += 1
        }
        return nil
    }

    /// A snippet of `b[range]` as `Location.makeSnippet` makes it (trimmed, at most
    /// `Location.snippetLimit` code points with an ellipsis), counted in code points on bytes.
    /// `whole` is the string of exactly `range` when the caller already has it (no second copy).
    static func snippet(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, whole: String? = nil, source: String? = nil) -> String {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isBlank(b[lower]) || b[lower] == 0x0A || b[lower] == 0x0D { lower += 1 }
        while upper > lower, isBlank(b[upper - 1]) || b[upper - 1] == 0x0A || b[upper - 1] == 0x0D { upper -= 1 }
        let limit = Location.snippetLimit
        if upper - lower <= limit {  // no more code points than bytes
            if let whole, lower == range.lowerBound, upper == range.upperBound { return whole }
            return source.map { substring($0, lower..<upper) } ?? string(b, lower..<upper)
        }
        var count = 0
        var i = lower
        var cut = upper
        // eight bytes at a time while far from the limit: count the bytes that start a code point
        if let base = b.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= upper, count + 8 < limit - 1 {
                let y = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0xC0C0_C0C0_C0C0_C0C0 ^ 0x8080_8080_8080_8080
                // high bit of each byte that is zero in y, i.e. of each continuation byte
                let continuation = (y &- 0x0101_0101_0101_0101) & ~y & 0x8080_8080_8080_8080
                count += 8 - continuation.nonzeroBitCount
                i += 8
            }
        }
        while i < upper {
            if !isContinuation(b[i]) {
                if count == limit - 1 { cut = i }
                count += 1
                if count > limit { break }
            }
            i += 1
        }
        if count <= limit {
            if let whole, lower == range.lowerBound, upper == range.upperBound { return whole }
            return source.map { substring($0, lower..<upper) } ?? string(b, lower..<upper)
        }
        return (source.map { substring($0, lower..<cut) } ?? string(b, lower..<cut)) + "…"
    }
}
