/// Turns the bytes of a glob pattern into segments of tokens, rejecting malformed patterns.
enum GlobCompiler {
    private static let slash = UInt8(ascii: "/")
    private static let backslash = UInt8(ascii: "\\")
    private static let star = UInt8(ascii: "*")

    /// Whether the byte at `index` is preceded by an odd number of backslashes.
    static func isEscaped(_ bytes: [UInt8], at index: Int) -> Bool {
        var count = 0
        var i = index - 1
        while i >= 0, bytes[i] == backslash {
            count += 1
            i -= 1
        }
        return count % 2 == 1
    }

    /// Whether the pattern has an unescaped `/`.
    static func hasSeparator(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            if bytes[i] == backslash { i += 2; continue }
            if bytes[i] == slash { return true }
            i += 1
        }
        return false
    }

    /// Compiles pattern bytes (no leading or trailing `/`). `offsetBase` is where `bytes` starts
    /// in `pattern`, for error offsets.
    static func compile(_ bytes: [UInt8], pattern: String, offsetBase: Int) throws(GlobError) -> [GlobSegment] {
        var segments: [GlobSegment] = []
        var start = 0
        var i = 0
        while i <= bytes.count {
            if i + 1 < bytes.count, bytes[i] == backslash { i += 2; continue }
            if i >= bytes.count || bytes[i] == slash {
                let end = min(i, bytes.count)
                let segment = Array(bytes[start..<end])
                if segment == [star, star] {
                    if segments.last != .globstar { segments.append(.globstar) }
                } else if segment == [UInt8(ascii: "."), UInt8(ascii: ".")] {
                    throw GlobError(pattern: pattern, offset: offsetBase + start,
                                    message: "'..' cannot be used: patterns are relative to the folder of the configuration file")
                } else if !segment.isEmpty, segment != [UInt8(ascii: ".")] {
                    segments.append(.pattern(try tokens(segment, pattern: pattern, offset: offsetBase + start)))
                }
                start = end + 1
            }
            i += 1
        }
        if segments.isEmpty {
            throw GlobError(pattern: pattern, offset: 0, message: "the pattern names no path")
        }
        return segments
    }

    /// Tokens of one segment.
    private static func tokens(_ bytes: [UInt8], pattern: String, offset: Int) throws(GlobError) -> [GlobToken] {
        var tokens: [GlobToken] = []
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case backslash:
                guard i + 1 < bytes.count else {
                    throw GlobError(pattern: pattern, offset: offset + i, message: "the pattern ends with an escaping '\\'")
                }
                tokens.append(.literal(bytes[i + 1]))
                i += 2
            case star:
                if tokens.last != .anyRun { tokens.append(.anyRun) }
                i += 1
            case UInt8(ascii: "?"):
                tokens.append(.anyScalar)
                i += 1
            case UInt8(ascii: "["):
                let (token, next) = try scalarClass(bytes, from: i, pattern: pattern, offset: offset)
                tokens.append(token)
                i = next
            default:
                tokens.append(.literal(byte))
                i += 1
            }
        }
        return tokens
    }

    /// Parses `[...]` starting at `start` (the `[`); returns the token and the index after `]`.
    private static func scalarClass(_ bytes: [UInt8], from start: Int, pattern: String,
                                    offset: Int) throws(GlobError) -> (GlobToken, Int) {
        var i = start + 1
        var negated = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "!") || bytes[i] == UInt8(ascii: "^") {
            negated = true
            i += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var first = true
        while true {
            guard i < bytes.count else {
                throw GlobError(pattern: pattern, offset: offset + start, message: "'[' is not closed by ']'")
            }
            // `]` right after `[` or `[!` is a member, as in gitignore and POSIX.
            if bytes[i] == UInt8(ascii: "]"), !first { i += 1; break }
            first = false
            var low: UInt32
            if bytes[i] == backslash {
                guard i + 1 < bytes.count else {
                    throw GlobError(pattern: pattern, offset: offset + i, message: "the pattern ends with an escaping '\\'")
                }
                i += 1
            }
            (low, i) = UTF8Scalars.decode(bytes, at: i)
            var high = low
            if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "-"), bytes[i + 1] != UInt8(ascii: "]") {
                i += 1
                if bytes[i] == backslash, i + 1 < bytes.count { i += 1 }
                (high, i) = UTF8Scalars.decode(bytes, at: i)
                if high < low {
                    throw GlobError(pattern: pattern, offset: offset + start,
                                    message: "the character range in '[…]' runs backwards")
                }
            }
            ranges.append(low...high)
        }
        return (.scalarClass(ranges: ranges, negated: negated), i)
    }
}

/// Decoding of one UTF-8 scalar from bytes (lenient: a stray byte is its own value).
enum UTF8Scalars {
    @inline(__always)
    static func length(ofLead byte: UInt8) -> Int {
        switch byte {
        case 0xF0...0xF7: return 4
        case 0xE0...0xEF: return 3
        case 0xC0...0xDF: return 2
        default: return 1
        }
    }

    /// The scalar value at `index` and the index after it.
    @inline(__always)
    static func decode<C: RandomAccessCollection>(_ bytes: C, at index: C.Index) -> (UInt32, C.Index)
    where C.Element == UInt8, C.Index == Int {
        let lead = bytes[index]
        let length = length(ofLead: lead)
        guard length > 1, index + length <= bytes.endIndex else { return (UInt32(lead), index + 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for k in 1..<length {
            let byte = bytes[index + k]
            guard byte & 0xC0 == 0x80 else { return (UInt32(lead), index + 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, index + length)
    }
}
