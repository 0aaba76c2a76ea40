/// The character data of one element (a `w:t`), decoded as an XML parser would, with the byte
/// range in the XML that each decoded byte came from: the map lets an edit of the decoded text
/// become a splice of the raw XML bytes.
///
/// Handles the five predefined entities, character references, CDATA sections, comments and
/// processing instructions, and line-end normalisation (CRLF and CR read as LF). A DOCTYPE is
/// refused before this runs, so no other entity can occur in well-formed input.
struct XMLTextContent {
    /// Decoded UTF-8 bytes.
    var text: [UInt8] = []
    /// For decoded byte i: the raw bytes `rawStart[i]..<rawEnd[i]` it came from (a character
    /// reference or CRLF maps several raw bytes to one character).
    var rawStart: [Int] = []
    var rawEnd: [Int] = []
    /// Decoded byte i sits in a CDATA section (where text is written without escaping).
    var inCDATA: [Bool] = []

    init() {}

    init(xml b: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        var i = range.lowerBound
        let end = range.upperBound
        text.reserveCapacity(end - i)
        while i < end {
            let c = b[i]
            if c == 0x26 { // &
                var j = i + 1
                while j < end, b[j] != 0x3B { j += 1 }
                guard j < end, let scalar = XMLTextContent.entity(b, i + 1, j) else {
                    append(c, i, i + 1); i += 1; continue
                }
                appendScalar(scalar, i, j + 1)
                i = j + 1
            } else if c == 0x3C { // <
                if XMLTextContent.starts(b, i, end, "<![CDATA[") {
                    let contentStart = i + 9
                    let close = XMLTextContent.find(b, contentStart, end, "]]>") ?? end
                    var k = contentStart
                    let first = text.count
                    while k < close { k = appendLiteral(b, k, close) }
                    for index in first..<text.count { inCDATA[index] = true }
                    i = min(end, close + 3)
                } else if XMLTextContent.starts(b, i, end, "<!--") {
                    i = min(end, (XMLTextContent.find(b, i + 4, end, "-->") ?? end) + 3)
                } else if XMLTextContent.starts(b, i, end, "<?") {
                    i = min(end, (XMLTextContent.find(b, i + 2, end, "?>") ?? end) + 2)
                } else {
                    // A child element (invalid inside w:t): skipped, which breaks the mapping's
                    // contiguity so that no edit can span it.
                    while i < end, b[i] != 0x3E { i += 1 }
                    i += 1
                }
            } else {
                i = appendLiteral(b, i, end)
            }
        }
    }

    /// Copies one literal byte (CR and CRLF become LF). Returns the next offset.
    private mutating func appendLiteral(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        if b[i] == 0x0D {
            let next = i + 1 < end && b[i + 1] == 0x0A ? i + 2 : i + 1
            append(0x0A, i, next)
            return next
        }
        append(b[i], i, i + 1)
        return i + 1
    }

    private mutating func append(_ byte: UInt8, _ start: Int, _ end: Int) {
        text.append(byte); rawStart.append(start); rawEnd.append(end); inCDATA.append(false)
    }

    private mutating func appendScalar(_ scalar: Unicode.Scalar, _ start: Int, _ end: Int) {
        UTF8.encode(scalar) { append($0, start, end) }
    }

    /// The character an entity or character reference between `&` and `;` stands for.
    static func entity(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Unicode.Scalar? {
        let name = Array(b[start..<end])
        switch name {
        case Array("lt".utf8): return "<"
        case Array("gt".utf8): return ">"
        case Array("amp".utf8): return "&"
        case Array("quot".utf8): return "\""
        case Array("apos".utf8): return "'"
        default: break
        }
        guard name.count >= 2, name[0] == 0x23 else { return nil }
        let hex = name[1] == 0x78
        var value: UInt32 = 0
        for digit in name[(hex ? 2 : 1)...] {
            let d: UInt32
            switch digit {
            case 0x30...0x39: d = UInt32(digit - 0x30)
            case 0x61...0x66 where hex: d = UInt32(digit - 0x61 + 10)
            case 0x41...0x46 where hex: d = UInt32(digit - 0x41 + 10)
            default: return nil
            }
            value = value &* (hex ? 16 : 10) &+ d
            if value > 0x10FFFF { return nil }
        }
        return Unicode.Scalar(value)
    }

    static func starts(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard i + count <= end else { return false }
        let pointer = literal.utf8Start
        for k in 0..<count where b[i + k] != pointer[k] { return false }
        return true
    }

    static func find(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int, _ literal: StaticString) -> Int? {
        var i = from
        while i < end {
            if b[i] == literal.utf8Start[0], starts(b, i, end, literal) { return i }
            i += 1
        }
        return nil
    }

    /// The raw byte range of decoded bytes `range`, if they come from one contiguous run of raw
    /// bytes (no markup, comment or CDATA boundary in between).
    func rawRange(of range: Range<Int>) -> Range<Int>? {
        guard !range.isEmpty else { return nil }
        for i in range.lowerBound..<(range.upperBound - 1) {
            let sameSource = rawStart[i] == rawStart[i + 1] && rawEnd[i] == rawEnd[i + 1]
            if !sameSource && rawEnd[i] != rawStart[i + 1] { return nil }
        }
        return rawStart[range.lowerBound]..<rawEnd[range.upperBound - 1]
    }

    /// `text` as it must be written at decoded offset `offset`: escaped in character data; as is
    /// in a CDATA section (nil if it would close the section).
    func rawReplacement(_ text: String, at offset: Int) -> [UInt8]? {
        if offset < inCDATA.count, inCDATA[offset] {
            return text.contains("]]>") ? nil : Array(text.utf8)
        }
        var out: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x0D: out.append(contentsOf: "&#13;".utf8)
            default: out.append(byte)
            }
        }
        return out
    }
}
