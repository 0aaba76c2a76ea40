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
///
/// `package`-visible: the Word reader joins letter-spaced words with `letterSpacedRun` too.
package struct InlineMarkup {
    /// Appends the paragraphs of `bytes[start..<end]` (line `line`, code-point column `column` at `start`) to `out`.
    static func paragraphs(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, line: Int, column: Int, into out: inout [SourceText]) {
        var builder = Builder()
        paragraphs(bytes, start: start, end: end, line: line, column: column, builder: &builder, into: &out)
    }

    /// The same with a builder whose buffers are reused from call to call.
    static func paragraphs(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, line: Int, column: Int,
                           builder: inout Builder, into out: inout [SourceText]) {
        if let source = builder.source, let plain = plainRange(bytes, start: start, end: end) {
            // nothing to normalise: the paragraph is the trimmed segment, cut from the input
            if !plain.isEmpty {
                let run = SourceText.Run(offset: 0, line: line, column: column + plain.lowerBound - start)
                out.append(SourceText(text: UTF8Bytes.substring(source, plain), run: run))
            }
            return
        }
        let classes = plainClasses
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
                    builder.emit(byte: 0x20, at: nil, line: line, column: col)
                    i += 2; col += 1
                    continue
                }
            case 0x20, 0x09:
                builder.emit(byte: byte, at: i, line: line, column: col)
                i += 1; col += 1
                continue
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
                    let length = UTF8Bytes.scalarLength(bytes[j])
                    builder.emit(bytes, j..<(j + length), line: line, column: col)
                    j += length; col += 1
                }
                i = runEnd
                continue
            }
            // The rest of the word, and the words after it, in one copy: up to a byte that may start
            // markup, a TAB, two spaces, or a space before a letter-spaced word.
            var j = i + 1
            while true {
                j = nextSpecialByte(bytes, from: j, end: end)
                guard j + 1 < end, bytes[j] == 0x20, classes[Int(bytes[j + 1])] == 0, letterSpacedRun(bytes, at: j + 1, end: end) == nil else { break }
                j += 2
            }
            builder.emit(bytes, i..<j, line: line, column: col)
            col += UTF8Bytes.codePoints(bytes, from: i, to: j)
            i = j
        }
        builder.finish(into: &out)
    }

    /// A tag `<name …>` or `</name>` starting at `i`: its end and whether it ends a paragraph.
    /// Only the tags Word and the exports write are recognised; anything else stays text.
    static func tag(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (Int, Bool)? {
        var j = i + 1
        guard j < end else { return nil }
        if b[j] == 0x2F { j += 1 }  // '/'
        let nameStart = j
        var name: UInt64 = 0  // the lower-cased name, one byte a letter
        while j < end, isASCIILetterOrDigit(b[j]) {
            guard j - nameStart < 8 else { return nil }
            name = name << 8 | UInt64(b[j] | 0x20)
            j += 1
        }
        guard j > nameStart, isASCIILetter(b[nameStart]) else { return nil }
        guard j == end || b[j] == 0x3E || b[j] == 0x20 || b[j] == 0x2F || b[j] == 0x09 else { return nil }
        // find '>' within a bounded distance
        var k = j
        let limit = min(end, i + 300)
        while k < limit, b[k] != 0x3E { if b[k] == 0x3C { return nil }; k += 1 }
        guard k < limit else { return nil }
        if breakingTags.contains(name) { return (k + 1, true) }
        if inlineTags.contains(name) { return (k + 1, false) }
        return nil
    }

    static func tagKey(_ name: String) -> UInt64 { name.utf8.reduce(0) { $0 << 8 | UInt64($1) } }
    /// Tags that end a paragraph.
    static let breakingTags: Set<UInt64> = Set(["p", "li", "ol", "ul", "br", "div", "tr", "td"].map(tagKey))
    /// Tags that vanish inside a paragraph.
    static let inlineTags: Set<UInt64> = Set(["b", "i", "u", "span", "strong", "em", "sup", "sub", "a", "font", "s"].map(tagKey))

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
    package static func letterSpacedRun(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
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
    ///
    /// When every byte was copied verbatim from one stretch of the input (the usual case) and the
    /// input is available as a string, the paragraph's string is cut from it: a copy of bytes
    /// known to be valid, not validated again.
    struct Builder {
        var bytes: [UInt8] = []
        var runs: [SourceText.Run] = []
        var needRun = true
        /// The whole input, whose UTF-8 the offsets given to `emit` refer to.
        var source: String?
        /// Input offset of `bytes[0]`, and whether `bytes` is still `input[sourceStart...]` verbatim.
        private var sourceStart = -1
        private var verbatim = true

        init(source: String? = nil) { self.source = source }

        var atWordStart: Bool { bytes.isEmpty || bytes.last == 0x20 }

        @inline(__always)
        private mutating func track(_ offset: Int?) {
            guard let offset else { verbatim = false; return }
            if bytes.isEmpty { sourceStart = offset } else if sourceStart + bytes.count != offset { verbatim = false }
        }

        /// Appends one byte: the input's byte at `at`, or a replacement (`at` nil).
        mutating func emit(byte: UInt8, at offset: Int?, line: Int, column: Int) {
            if bytes.isEmpty && (byte == 0x20 || byte == 0x09) { needRun = true; return }
            if needRun {
                runs.append(SourceText.Run(offset: bytes.count, line: line, column: column))
                needRun = false
            }
            track(offset)
            bytes.append(byte)
        }

        /// Appends `source[range]` (no white space at its start) whose first character is at `column`.
        mutating func emit(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, column: Int) {
            if needRun {
                runs.append(SourceText.Run(offset: bytes.count, line: line, column: column))
                needRun = false
            }
            track(range.lowerBound)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[range]))
        }

        mutating func emit(scalar: Unicode.Scalar, line: Int, column: Int) {
            var encoded: [UInt8] = []
            UTF8.encode(scalar) { encoded.append($0) }
            emit(byte: encoded[0], at: nil, line: line, column: column)
            for b in encoded.dropFirst() { bytes.append(b) }
            verbatim = false
        }

        mutating func finish(into out: inout [SourceText]) {
            while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0D { bytes.removeLast() }
            if !bytes.isEmpty {
                while let last = runs.last, last.offset >= bytes.count { runs.removeLast() }
                let text: String
                if verbatim, let source {
                    text = UTF8Bytes.substring(source, sourceStart..<(sourceStart + bytes.count))
                } else {
                    text = String(decoding: bytes, as: UTF8.self)
                }
                // (the runs are copied, so that the buffer stays this builder's own and keeps its capacity)
                out.append(runs.count == 1 ? SourceText(text: text, run: runs[0]) : SourceText(text: text, runs: runs.withUnsafeBufferPointer { Array($0) }))
            }
            bytes.removeAll(keepingCapacity: true)
            runs.removeAll(keepingCapacity: true)
            needRun = true
            verbatim = true
            sourceStart = -1
        }
    }
}
