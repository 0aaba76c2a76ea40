/// Finds the paragraphs of `word/document.xml` and, in each, the byte ranges of its `w:t`
/// contents, by scanning the bytes (the XML is checked well-formed by libxml2 first). Nothing is
/// re-serialised: edits become splices of these ranges.
///
/// Paragraphs are counted exactly as the Word reader (PSLintOffice `DocxBodyParser`) counts
/// them for `Location.word.paragraph`: every `w:p` in document order, those in table cells
/// included, but none inside a subtree the reader skips (deleted or moved-away text, drawings
/// and text boxes, `mc:Fallback`, properties, the cells of a row deleted by tracked changes).
/// The text of a paragraph is its runs' `w:t` texts, with `w:tab`/`w:ptab` as TAB,
/// `w:br`/`w:cr` as LF and `w:noBreakHyphen` as '-'; hidden runs (`w:vanish`) and field codes
/// (before a field's `separate`) are not text.
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

    /// WordprocessingML elements whose subtree the reader does not read.
    static let skippedElements: Set<[UInt8]> = Set([
        "del", "moveFrom", "drawing", "pict", "object", "txbxContent", "sdtPr", "sdtEndPr", "pPrChange", "rPrChange",
        "sectPr", "tblPr", "tblGrid", "tblPrEx", "tcPrChange", "trPrChange", "tblPrChange", "tblGridChange",
        "numberingChange", "customXmlPr", "smartTagPr", "fldData", "tabs", "altChunk",
    ].map { Array($0.utf8) })

    private enum Kind: Equatable { case p, r, t, tab, br, hyphen, rPr, vanish, fldChar, tr, trPr, del, tc, skipped, other }

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
        var open: [Int] = []              // indices of the open paragraphs, innermost last
        var skipFrom: Int? = nil           // stack depth of the skipped subtree being passed over
        var textStart: Int? = nil          // content start of the `w:t` being recorded
        var hiddenRun = false
        var fields: [Bool] = []            // open fields, innermost last: true once past `separate`
        var deletedRows: [Bool] = []       // per open table row
        var prefix: [UInt8]? = nil         // the WordprocessingML prefix, known after the root tag
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
            let kind = prefix.map { classify(b, nameStart..<nameEnd, prefix: $0) } ?? .other
            let wantAttributes = !closing && (prefix == nil || kind == .vanish || kind == .fldChar)
            let (tagEnd, selfClosing, attributes) = scanTag(b, from: nameEnd, wantAttributes: wantAttributes)
            guard tagEnd < n else { throw FixError("word/document.xml ends inside a tag") }

            if prefix == nil {
                // The root element: the prefix bound to WordprocessingML.
                for (name, value) in attributes {
                    let bound: [UInt8]? = name.elementsEqual("xmlns".utf8) ? [] : name.starts(with: "xmlns:".utf8) ? Array(name.dropFirst(6)) : nil
                    guard let bound else { continue }
                    if wordNamespaces.contains(value), prefix == nil { prefix = bound }
                }
                guard prefix != nil else {
                    throw FixError("word/document.xml does not use the WordprocessingML namespace")
                }
                stack.append(.other)
                i = tagEnd + 1
                continue
            }

            if closing {
                let top = stack.popLast()
                if let from = skipFrom {
                    if stack.count <= from { skipFrom = nil }
                    i = tagEnd + 1
                    continue
                }
                switch top {
                case .t:
                    if let start = textStart, let paragraph = open.last {
                        paragraphs[paragraph].append(.text(start..<i))
                    }
                    textStart = nil
                case .p: open.removeLast()
                case .r: hiddenRun = false
                case .tr: deletedRows.removeLast()
                default: break
                }
                i = tagEnd + 1
                continue
            }

            if skipFrom == nil {
                let parent = stack.last
                let inRun = parent == .r && !open.isEmpty
                switch kind {
                case .p:
                    paragraphs.append([])
                    if !selfClosing { open.append(paragraphs.count - 1) }
                case .r:
                    hiddenRun = false
                case .t:
                    if inRun, !selfClosing, !hiddenRun, !fields.contains(false) { textStart = tagEnd + 1 }
                case .tab, .br, .hyphen:
                    if inRun, !hiddenRun, !fields.contains(false) {
                        let byte: UInt8 = kind == .tab ? 0x09 : kind == .br ? 0x0A : 0x2D
                        paragraphs[open[open.count - 1]].append(.separator(byte))
                    }
                case .vanish:
                    if parent == .rPr { hiddenRun = isOn(attributes, prefix: prefix!) }
                case .fldChar:
                    switch attribute("fldCharType", attributes, prefix: prefix!).map({ String(decoding: $0, as: UTF8.self) }) {
                    case "begin": fields.append(false)
                    case "separate": if !fields.isEmpty { fields[fields.count - 1] = true }
                    case "end": _ = fields.popLast()
                    default: break
                    }
                case .tr:
                    if !selfClosing { deletedRows.append(false) }
                case .del where parent == .trPr:
                    // A row deleted with change tracking on: its cells are not read.
                    if !deletedRows.isEmpty { deletedRows[deletedRows.count - 1] = true }
                case .del, .skipped:
                    if !selfClosing { skipFrom = stack.count }
                case .tc:
                    if deletedRows.last == true, !selfClosing { skipFrom = stack.count }
                case .rPr:
                    if parent != .r, !selfClosing { skipFrom = stack.count }
                case .trPr, .other: break
                }
            }
            if !selfClosing { stack.append(kind) }
            i = tagEnd + 1
        }
        guard stack.isEmpty, prefix != nil else { throw FixError("word/document.xml is truncated") }
        return paragraphs
    }

    /// A `w:` attribute's value (or the unprefixed one).
    private static func attribute(_ local: String, _ attributes: [([UInt8], [UInt8])], prefix: [UInt8]) -> [UInt8]? {
        let qualified = prefix.isEmpty ? Array(local.utf8) : prefix + [0x3A] + Array(local.utf8)
        return attributes.first { $0.0 == qualified }?.1 ?? attributes.first { $0.0.elementsEqual(local.utf8) }?.1
    }

    /// An on/off property: on unless `w:val` is 0, false or off.
    private static func isOn(_ attributes: [([UInt8], [UInt8])], prefix: [UInt8]) -> Bool {
        guard let value = attribute("val", attributes, prefix: prefix) else { return true }
        let text = String(decoding: value, as: UTF8.self).lowercased()
        return !(text == "0" || text == "false" || text == "off")
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
        guard let local = localName(b, name, prefix: prefix) else {
            // `mc:Fallback` repeats its `mc:Choice` for older readers; the reader skips it. Only
            // markup compatibility names an element «Fallback», whatever prefix it is given.
            var colon = name.lowerBound
            while colon < name.upperBound, b[colon] != 0x3A { colon += 1 }
            if colon < name.upperBound, b[(colon + 1)..<name.upperBound].elementsEqual("Fallback".utf8) { return .skipped }
            return .other
        }
        switch local.count {
        case 1:
            switch local.first! {
            case 0x70: return .p
            case 0x72: return .r
            case 0x74: return .t
            default: return .other
            }
        default:
            if local.elementsEqual("tab".utf8) || local.elementsEqual("ptab".utf8) { return .tab }
            if local.elementsEqual("br".utf8) || local.elementsEqual("cr".utf8) { return .br }
            if local.elementsEqual("noBreakHyphen".utf8) { return .hyphen }
            if local.elementsEqual("rPr".utf8) { return .rPr }
            if local.elementsEqual("vanish".utf8) { return .vanish }
            if local.elementsEqual("fldChar".utf8) { return .fldChar }
            if local.elementsEqual("tr".utf8) { return .tr }
            if local.elementsEqual("trPr".utf8) { return .trPr }
            if local.elementsEqual("tc".utf8) { return .tc }
            if local.elementsEqual("del".utf8) { return .del }
            if skippedElements.contains(Array(local)) { return .skipped }
            return .other
        }
    }

    /// The local part of a qualified name when its prefix is `prefix` (empty: no prefix).
    private static func localName(_ b: UnsafeBufferPointer<UInt8>, _ name: Range<Int>, prefix: [UInt8]) -> Slice<UnsafeBufferPointer<UInt8>>? {
        if prefix.isEmpty {
            for k in name where b[k] == 0x3A { return nil }
            return b[name]
        }
        guard name.count > prefix.count + 1, b[name.lowerBound + prefix.count] == 0x3A else { return nil }
        for k in 0..<prefix.count where b[name.lowerBound + k] != prefix[k] { return nil }
        return b[(name.lowerBound + prefix.count + 1)..<name.upperBound]
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
