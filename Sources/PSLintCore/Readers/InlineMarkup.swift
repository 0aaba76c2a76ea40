/// Normalises the text of one line segment (a paragraph line, or one cell of a row) into
/// paragraphs, keeping where every character came from.
///
/// - NBSP becomes a space;
/// - HTML fragments: `<p>`, `</p>`, `<li>`, `<ol…>`, `<ul…>`, `<br>`, `<div>` end a paragraph, other tags vanish;
///   `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&nbsp;`, `&#NNN;` are decoded;
/// - `**` (Markdown bold) vanishes;
/// - letter-spaced words (three or more single letters separated by single spaces: `А н а л и з`) are joined;
/// - each paragraph is trimmed.
///
/// Works on UTF-8 bytes; one pass, no backtracking beyond a tag or entity.
struct InlineMarkup {
    /// Appends the paragraphs of `bytes[start..<end]` (line `line`, code-point column `column` at `start`) to `out`.
    static func paragraphs(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, line: Int, column: Int, into out: inout [SourceText]) {
        var builder = Builder()
        var i = start
        var col = column
        while i < end {
            let byte = bytes[i]
            switch byte {
            case 0x3C: // <
                if let (tagEnd, breaks) = tag(bytes, at: i, end: end) {
                    if breaks { builder.finish(into: &out) }
                    col += tagEnd - i  // tags are ASCII
                    i = tagEnd
                    builder.needRun = true
                    continue
                }
            case 0x26: // &
                if let (entityEnd, scalar) = entity(bytes, at: i, end: end) {
                    builder.emit(scalar: scalar, line: line, column: col)
                    col += entityEnd - i
                    i = entityEnd
                    builder.needRun = true
                    continue
                }
            case 0x2A: // *
                if i + 1 < end, bytes[i + 1] == 0x2A {
                    i += 2; col += 2
                    builder.needRun = true
                    continue
                }
            case 0xC2:
                if i + 1 < end, bytes[i + 1] == 0xA0 { // NBSP
                    builder.emit(byte: 0x20, line: line, column: col)
                    i += 2; col += 1
                    continue
                }
            default:
                break
            }
            // Letter-spaced run at a word start?
            if builder.atWordStart, let runEnd = letterSpacedRun(bytes, at: i, end: end) {
                var j = i
                while j < runEnd {
                    if bytes[j] == 0x20 {
                        j += 1; col += 1
                        builder.needRun = true
                        continue
                    }
                    let length = scalarLength(bytes[j])
                    for k in 0..<length { builder.emit(byte: bytes[j + k], line: line, column: col) }
                    j += length; col += 1
                }
                i = runEnd
                continue
            }
            builder.emit(byte: byte, line: line, column: col)
            if byte & 0xC0 != 0x80 { col += 1 }
            // keep the column of a multi-byte scalar's first byte for its continuation bytes
            if byte >= 0xC0 {
                let length = scalarLength(byte)
                var k = 1
                while k < length, i + k < end { builder.emitContinuation(bytes[i + k]); k += 1 }
                i += length
                continue
            }
            i += 1
        }
        builder.finish(into: &out)
    }

    @inline(__always)
    static func scalarLength(_ byte: UInt8) -> Int {
        if byte < 0x80 { return 1 }
        if byte < 0xE0 { return 2 }
        if byte < 0xF0 { return 3 }
        return 4
    }

    /// A tag `<name …>` or `</name>` starting at `i`: its end and whether it ends a paragraph.
    static func tag(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (Int, Bool)? {
        var j = i + 1
        guard j < end else { return nil }
        if b[j] == 0x2F { j += 1 }  // '/'
        let nameStart = j
        while j < end, isASCIILetterOrDigit(b[j]) { j += 1 }
        guard j > nameStart, j - nameStart <= 10 else { return nil }
        guard let first = Optional(b[nameStart]), isASCIILetter(first) else { return nil }
        var name: [UInt8] = []
        for k in nameStart..<j { name.append(b[k] | 0x20) }
        // find '>' within a bounded distance
        var k = j
        let limit = min(end, i + 300)
        while k < limit, b[k] != 0x3E { if b[k] == 0x3C { return nil }; k += 1 }
        guard k < limit else { return nil }
        let breaking: Set<[UInt8]> = [Array("p".utf8), Array("li".utf8), Array("ol".utf8), Array("ul".utf8), Array("br".utf8), Array("div".utf8), Array("tr".utf8), Array("td".utf8)]
        let known: Set<[UInt8]> = [Array("b".utf8), Array("i".utf8), Array("u".utf8), Array("span".utf8), Array("strong".utf8), Array("em".utf8), Array("sup".utf8), Array("sub".utf8), Array("a".utf8), Array("font".utf8), Array("s".utf8)]
        if breaking.contains(name) { return (k + 1, true) }
        if known.contains(name) { return (k + 1, false) }
        return nil
    }

    static func entity(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (Int, Unicode.Scalar)? {
        var j = i + 1
        let limit = min(end, i + 10)
        while j < limit, b[j] != 0x3B { j += 1 }
        guard j < limit else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)..<j]), as: UTF8.self)
        let scalar: Unicode.Scalar?
        switch name {
        case "amp": scalar = "&"
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "quot": scalar = "\""
        case "apos": scalar = "'"
        case "nbsp": scalar = " "
        case "laquo": scalar = "«"
        case "raquo": scalar = "»"
        case "ndash": scalar = "–"
        case "mdash": scalar = "—"
        default:
            if name.hasPrefix("#x"), let v = UInt32(name.dropFirst(2), radix: 16) { scalar = Unicode.Scalar(v) }
            else if name.hasPrefix("#"), let v = UInt32(name.dropFirst()) { scalar = Unicode.Scalar(v) }
            else { scalar = nil }
        }
        guard let scalar, scalar.value >= 0x20 || scalar == "\t" else { return nil }
        return (j + 1, scalar == "\u{A0}" ? " " : scalar)
    }

    @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) static func isASCIILetterOrDigit(_ c: UInt8) -> Bool { isASCIILetter(c) || (c >= 0x30 && c <= 0x39) }

    /// A single letter at `i` (ASCII letter or a 2-byte Cyrillic/Latin-1 letter).
    @inline(__always)
    static func singleLetter(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
        guard i < end else { return nil }
        let c = b[i]
        if isASCIILetter(c) { return 1 }
        if c == 0xD0 || c == 0xD1 || c == 0xD2 || c == 0xD3, i + 1 < end, b[i + 1] & 0xC0 == 0x80 { return 2 }
        return nil
    }

    /// End of a run `L L L…` of three or more single letters separated by single spaces starting at `i`, else nil.
    static func letterSpacedRun(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
        var j = i
        var letters = 0
        var lastLetterEnd = i
        while let length = singleLetter(b, at: j, end: end) {
            let after = j + length
            // the letter must stand alone: followed by a space, the end, or ASCII punctuation
            if after < end, b[after] != 0x20, b[after] >= 0x80 || isASCIILetterOrDigit(b[after]) { break }
            letters += 1
            lastLetterEnd = after
            guard after + 1 < end, b[after] == 0x20 else { break }
            j = after + 1
        }
        return letters >= 3 ? lastLetterEnd : nil
    }

    /// Collects output bytes and runs for one paragraph.
    struct Builder {
        var bytes: [UInt8] = []
        var runs: [SourceText.Run] = []
        var needRun = true

        var atWordStart: Bool { bytes.isEmpty || bytes.last == 0x20 }

        mutating func emit(byte: UInt8, line: Int, column: Int) {
            if bytes.isEmpty && (byte == 0x20 || byte == 0x09) { needRun = true; return }
            if needRun {
                runs.append(SourceText.Run(offset: bytes.count, line: line, column: column))
                needRun = false
            }
            bytes.append(byte)
        }

        mutating func emitContinuation(_ byte: UInt8) { bytes.append(byte) }

        mutating func emit(scalar: Unicode.Scalar, line: Int, column: Int) {
            var encoded: [UInt8] = []
            UTF8.encode(scalar) { encoded.append($0) }
            emit(byte: encoded[0], line: line, column: column)
            for b in encoded.dropFirst() { bytes.append(b) }
        }

        mutating func finish(into out: inout [SourceText]) {
            while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0D { bytes.removeLast() }
            if !bytes.isEmpty {
                while let last = runs.last, last.offset >= bytes.count { runs.removeLast() }
                out.append(SourceText(text: String(decoding: bytes, as: UTF8.self), runs: runs))
            }
            bytes.removeAll(keepingCapacity: true)
            runs.removeAll(keepingCapacity: true)
            needRun = true
        }
    }
}
