/// Physical lines of a UTF-8 buffer: byte ranges without the line terminator (LF, CRLF or CR).
enum LineSplitter {
    struct Line {
        var start: Int
        var end: Int
        /// Only spaces, TABs and NBSPs.
        var isBlank: Bool
    }

    static func lines(_ b: UnsafeBufferPointer<UInt8>) -> [Line] {
        let n = b.count
        var lines: [Line] = []
        lines.reserveCapacity(n / 32)
        // LF and CRLF (a lone CR is rare: the careful loop below handles it)
        guard UTF8Bytes.find(0x0D, in: b, from: 0) == nil || !hasLoneCR(b) else { return linesWithCR(b) }
        var start = 0
        while start < n {
            let end = UTF8Bytes.find(0x0A, in: b, from: start) ?? n
            var lineEnd = end
            if lineEnd > start, b[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            lines.append(Line(start: start, end: lineEnd, isBlank: isBlank(b, start, lineEnd)))
            start = end + 1
        }
        return lines
    }

    @inline(__always)
    static func isBlank(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            let c = b[i]
            if c == 0x20 || c == 0x09 { i += 1; continue }
            if c == 0xC2, i + 1 < end, b[i + 1] == 0xA0 { i += 2; continue }
            return false
        }
        return true
    }

    /// A CR not followed by LF.
    static func hasLoneCR(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while let cr = UTF8Bytes.find(0x0D, in: b, from: i) {
            if cr + 1 >= b.count || b[cr + 1] != 0x0A { return true }
            i = cr + 1
        }
        return false
    }

    static func linesWithCR(_ b: UnsafeBufferPointer<UInt8>) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c == 0x0A || c == 0x0D {
                lines.append(Line(start: start, end: i, isBlank: isBlank(b, start, i)))
                if c == 0x0D, i + 1 < n, b[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < n { lines.append(Line(start: start, end: n, isBlank: isBlank(b, start, n))) }
        return lines
    }
}
