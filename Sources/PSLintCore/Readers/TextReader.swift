/// Reads the three text layouts (L1, L2, L3) of structure.md §5 into a source document.
public struct TextReader: DocumentReader {
    public init() {}
    public var extensions: [String] { ["txt", "text", "md"] }

    public func read(bytes: [UInt8], path: String, options: ReadOptions) throws(InputError) -> SourceDocument {
        guard bytes.count <= options.maxFileSize else {
            throw InputError("is larger than the \(options.maxFileSize / (1024 * 1024)) MiB limit (--max-file-size)")
        }
        if bytes.isEmpty { throw InputError("is empty") }
        if let kind = TextReader.binaryKind(bytes) { throw InputError("is not a text file: it looks like \(kind)") }
        let decoded = try TextDecoding.decode(bytes, forced: options.encoding)
        var notices: [String] = []
        if let notice = decoded.notice { notices.append(notice) }
        let utf8 = decoded.utf8
        return utf8.withUnsafeBufferPointer { buffer in
            let lines = LineSplitter.lines(buffer)
            let layout = options.layout ?? LayoutDetector.detect(buffer, lines: lines)
            let blocks: [Block]
            switch layout {
            case .l1, .l3: blocks = TabLayoutReader.read(buffer, lines: lines, markdown: layout == .l3)
            case .l2: blocks = LegalDatabaseReader.read(buffer, lines: lines)
            }
            return SourceDocument(path: path, format: .text, layout: layout, blocks: blocks, notices: notices)
        }
    }

    /// Names binary content that is certainly not a text draft (NUL bytes outside UTF-16, known magic numbers).
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: Array("%PDF".utf8)) { return "a PDF file" }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "a zip archive (a .docx? name it .docx)" }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "a Word 97–2003 .doc file: convert it to .docx" }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "a PNG image" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "a JPEG image" }
        if bytes.starts(with: Array("{\\rtf".utf8)) { return "an RTF file: convert it to .docx" }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        let sample = bytes.prefix(8192)
        if sample.contains(0) { return "binary data" }
        return nil
    }
}

/// Physical lines of a UTF-8 buffer: byte ranges without the line terminator (LF, CRLF or CR).
enum LineSplitter {
    struct Line {
        var start: Int
        var end: Int
        var isBlank: Bool
    }

    static func lines(_ b: UnsafeBufferPointer<UInt8>) -> [Line] {
        var lines: [Line] = []
        lines.reserveCapacity(b.count / 40)
        var start = 0
        var blank = true
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c == 0x0A || c == 0x0D {
                lines.append(Line(start: start, end: i, isBlank: blank))
                if c == 0x0D, i + 1 < n, b[i + 1] == 0x0A { i += 1 }
                start = i + 1
                blank = true
            } else if blank, c != 0x20, c != 0x09 {
                if c == 0xC2, i + 1 < n, b[i + 1] == 0xA0 { i += 1 } else { blank = false }
            }
            i += 1
        }
        if start < n { lines.append(Line(start: start, end: n, isBlank: blank)) }
        return lines
    }
}

/// Detects the text layout from the content.
enum LayoutDetector {
    static func detect(_ b: UnsafeBufferPointer<UInt8>, lines: [LineSplitter.Line]) -> TextLayout {
        var separatorLines = 0, tabRows = 0, markdown = 0
        for line in lines where line.end > line.start {
            if LegalDatabaseReader.separatorContent(b, line) != nil {
                if LegalDatabaseReader.isBareSeparator(b, line) { separatorLines += 1 }
                continue
            }
            if line.isBlank { continue }
            var hasTab = false
            for i in line.start..<line.end where b[i] == 0x09 { hasTab = true; break }
            if hasTab { tabRows += 1 }
            let first = b[line.start]
            if first == 0x23 || (first == 0x2A && line.end - line.start > 1 && b[line.start + 1] == 0x2A) { markdown += 1 }
        }
        if separatorLines >= 10 && separatorLines > tabRows { return .l2 }
        if markdown >= 3 { return .l3 }
        return .l1
    }
}
