/// Finds the paragraphs of `word/document.xml` and, in each, the byte ranges of its `w:t`
/// contents, by scanning the bytes (the XML is checked well-formed by libxml2 first). Nothing is
/// re-serialised: edits become splices of these ranges.
///
/// Paragraphs are numbered 1, 2, … in document order of their start tags, every `w:p` counted
/// (those inside table cells included), like the Word reader's `Location.word.paragraph`. The
/// text of a paragraph is its runs' `w:t` texts, with `w:tab` as TAB and `w:br`/`w:cr` as LF;
/// text inside `w:del` and `w:moveFrom` (deleted by tracked changes) is not part of it. A
/// paragraph nested in another (a text box) has its own text.
struct WordParagraphs {
    enum Piece: Hashable {
        /// Raw byte range of a `w:t` element's content.
        case text(Range<Int>)
        /// A character an empty element stands for (`w:tab` → TAB).
        case separator(UInt8)
    }

    /// Index 0 is paragraph 1.
    var paragraphs: [[Piece]] = []

    static let wordNamespaces: [[UInt8]] = [
        Array("http://schemas.openxmlformats.org/wordprocessingml/2006/main".utf8),
        Array("http://purl.oclc.org/ooxml/wordprocessingml/main".utf8),
    ]

    private enum Kind { case p, r, t, tab, br, deleted, other }

    init(xml bytes: [UInt8]) throws(FixError) {
        let result: Result<[[Piece]], FixError> = bytes.withUnsafeBufferPointer { b in
            do throws(FixError) { return .success(try WordParagraphs.scan(b)) } catch { return .failure(error) }
        }
        paragraphs = try result.get()
    }

    private static func scan(_ b: UnsafeBufferPointer<UInt8>) throws(FixError) -> [[Piece]] {
        let n = b.count
        var paragraphs: [[Piece]] = []
        var stack: [Kind] = []
        var open: [Int] = []          // indices of the open paragraphs, innermost last
        var deletedDepth = 0
        var textStart: Int? = nil      // content start of the `w:t` being recorded
        var prefix: [UInt8]? = nil     // the WordprocessingML prefix, known after the root tag
        var i = 0
        while i < n {
            guard b[i] == 0x3C else { i += 1; continue }
            if XMLTextContent.starts(b, i, n, "<!--") {
                i = (XMLTextContent.find(b, i + 4, n, "-->") ?? n) + 3; continue
            }
            if XMLTextContent.starts(b, i, n, "<![CDATA[") {
                i = (XMLTextContent.find(b, i + 9, n, "]]>") ?? n) + 3; continue
            }
            if XMLTextContent.starts(b, i, n, "<!") {
                throw FixError("word/document.xml has a DOCTYPE or other declaration: refused")
            }
            if XMLTextContent.starts(b, i, n, "<?") {
                i = (XMLTextContent.find(b, i + 2, n, "?>") ?? n) + 2; continue
            }
            let closing = i + 1 < n && b[i + 1] == 0x2F
            let nameStart = closing ? i + 2 : i + 1
            var nameEnd = nameStart
            while nameEnd < n, !isNameEnd(b[nameEnd]) { nameEnd += 1 }
            let (tagEnd, selfClosing, attributes) = scanTag(b, from: nameEnd, wantAttributes: prefix == nil && !closing)
            guard tagEnd < n else { throw FixError("word/document.xml ends inside a tag") }

            if prefix == nil {
                // The root element: find the prefix bound to the WordprocessingML namespace.
                for (name, value) in attributes where wordNamespaces.contains(value) {
                    if name.elementsEqual("xmlns".utf8) { prefix = []; break }
                    if name.starts(with: "xmlns:".utf8) { prefix = Array(name.dropFirst(6)); break }
                }
                guard prefix != nil else {
                    throw FixError("word/document.xml does not use the WordprocessingML namespace")
                }
            }
            let kind = classify(b, nameStart..<nameEnd, prefix: prefix ?? [])

            if closing {
                let top = stack.popLast()
                switch top {
                case .t:
                    if let start = textStart, let paragraph = open.last {
                        paragraphs[paragraph].append(.text(start..<i))
                    }
                    textStart = nil
                case .p: open.removeLast()
                case .deleted: deletedDepth -= 1
                default: break
                }
            } else {
                let inRun = stack.last == .r && deletedDepth == 0 && !open.isEmpty
                switch kind {
                case .p:
                    paragraphs.append([])
                    if !selfClosing { open.append(paragraphs.count - 1) }
                case .t:
                    if inRun, !selfClosing { textStart = tagEnd + 1 }
                case .tab:
                    if inRun { paragraphs[open[open.count - 1]].append(.separator(0x09)) }
                case .br:
                    if inRun { paragraphs[open[open.count - 1]].append(.separator(0x0A)) }
                case .deleted:
                    if !selfClosing { deletedDepth += 1 }
                case .r, .other: break
                }
                if !selfClosing { stack.append(kind) }
            }
            i = tagEnd + 1
        }
        guard stack.isEmpty, prefix != nil else { throw FixError("word/document.xml is truncated") }
        return paragraphs
    }

    private static func isNameEnd(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x2F || c == 0x3E
    }

    /// Scans a tag from just after its name to its `>`, skipping quoted attribute values.
    private static func scanTag(_ b: UnsafeBufferPointer<UInt8>, from start: Int, wantAttributes: Bool)
        -> (end: Int, selfClosing: Bool, attributes: [([UInt8], [UInt8])]) {
        var attributes: [([UInt8], [UInt8])] = []
        var i = start
        let n = b.count
        var selfClosing = false
        while i < n {
            let c = b[i]
            if c == 0x3E { break }
            if c == 0x2F { selfClosing = true; i += 1; continue }
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1; continue }
            selfClosing = false
            // An attribute: name = "value" or 'value'.
            let nameStart = i
            while i < n, b[i] != 0x3D, b[i] != 0x3E, b[i] != 0x20, b[i] != 0x09, b[i] != 0x0A, b[i] != 0x0D { i += 1 }
            let nameEnd = i
            while i < n, b[i] != 0x22, b[i] != 0x27, b[i] != 0x3E { i += 1 }
            guard i < n, b[i] != 0x3E else { continue }
            let quote = b[i]
            let valueStart = i + 1
            i = valueStart
            while i < n, b[i] != quote { i += 1 }
            if wantAttributes { attributes.append((Array(b[nameStart..<nameEnd]), Array(b[valueStart..<min(i, n)]))) }
            i += 1
        }
        return (i, selfClosing, attributes)
    }

    private static func classify(_ b: UnsafeBufferPointer<UInt8>, _ name: Range<Int>, prefix: [UInt8]) -> Kind {
        var localStart = name.lowerBound
        if prefix.isEmpty {
            for k in name where b[k] == 0x3A { return .other }
        } else {
            guard name.count > prefix.count + 1, b[name.lowerBound + prefix.count] == 0x3A else { return .other }
            for k in 0..<prefix.count where b[name.lowerBound + k] != prefix[k] { return .other }
            localStart = name.lowerBound + prefix.count + 1
        }
        let local = b[localStart..<name.upperBound]
        switch local.count {
        case 1:
            switch local.first! {
            case 0x70: return .p
            case 0x72: return .r
            case 0x74: return .t
            default: return .other
            }
        default:
            if local.elementsEqual("tab".utf8) { return .tab }
            if local.elementsEqual("br".utf8) || local.elementsEqual("cr".utf8) { return .br }
            if local.elementsEqual("del".utf8) || local.elementsEqual("moveFrom".utf8) { return .deleted }
            return .other
        }
    }

    /// The decoded text of paragraph `index` (1-based) with each piece's start in it.
    func text(ofParagraph index: Int, xml b: UnsafeBufferPointer<UInt8>) -> (text: [UInt8], pieces: [(offset: Int, content: XMLTextContent?)]) {
        var text: [UInt8] = []
        var pieces: [(offset: Int, content: XMLTextContent?)] = []
        for piece in paragraphs[index - 1] {
            switch piece {
            case .text(let range):
                let content = XMLTextContent(xml: b, range: range)
                pieces.append((text.count, content))
                text.append(contentsOf: content.text)
            case .separator(let byte):
                pieces.append((text.count, nil))
                text.append(byte)
            }
        }
        return (text, pieces)
    }
}
