/// Detects the text layout from the content (structure.md §5).
///
/// - L2 (legal-database export): lines holding only a TAB separate table cells, and prose
///   paragraphs are indented with NBSP; either is enough (an excerpt may have no table).
/// - L3 (Markdown-ish): lines opening with `#` heading marks or `**` bold; no Word or database
///   export writes them.
/// - L1 (Word table as text) otherwise.
enum LayoutDetector {
    static func detect(_ b: UnsafeBufferPointer<UInt8>, lines: [LineSplitter.Line]) -> TextLayout {
        var separatorLines = 0, tabRows = 0, markdown = 0, nbspIndented = 0
        for line in lines where line.end > line.start {
            if LegalDatabaseReader.separatorContent(b, line) != nil {
                if LegalDatabaseReader.isBareSeparator(b, line) { separatorLines += 1 }
                continue
            }
            if line.isBlank { continue }
            if UTF8Bytes.find(0x09, in: b, from: line.start, to: line.end) != nil { tabRows += 1 }
            let first = b[line.start]
            if first == 0x23 || (first == 0x2A && line.end - line.start > 1 && b[line.start + 1] == 0x2A) { markdown += 1 }
            if LegalDatabaseReader.startsWithNBSP(b, line) { nbspIndented += 1 }
        }
        if (separatorLines >= 10 && separatorLines > tabRows) || (nbspIndented >= 3 && tabRows == 0) { return .l2 }
        if markdown >= 2 { return .l3 }
        return .l1
    }
}
