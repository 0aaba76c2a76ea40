import PSLintCore

/// Reads HTML pages (standards saved from the legal database) into a source document
/// (see docs/formats/word-and-html.md). Texts carry line and column runs and a Word-style
/// location (paragraph counter, table, row, cell).
public struct HTMLReader: DocumentReader {
    public init() {}

    public var extensions: [String] { ["html", "htm", "xhtml"] }

    public func read(bytes: [UInt8], path: String, options: ReadOptions) throws(InputError) -> SourceDocument {
        guard bytes.count <= options.maxFileSize else {
            throw InputError("is \(formatByteCount(bytes.count)), over the \(formatByteCount(options.maxFileSize)) limit (--max-file-size)")
        }
        guard !bytes.isEmpty else { throw InputError("is empty") }
        if let kind = FormatSniffer.describe(bytes), kind != "an HTML page", kind != "an XML file" {
            let advice = kind == "a Word .docx document" ? "; name it .docx" : ""
            throw InputError("is not an HTML page: it looks like \(kind)\(advice)")
        }
        let isUTF16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if !isUTF16, bytes.prefix(8192).contains(0) { throw InputError("is not an HTML page: it holds binary data") }
        let decoded = try HTMLEncoding.decode(bytes, forced: options.encoding)
        let blocks = try HTMLSAXParser.parse(decoded.utf8)
        return SourceDocument(path: path, format: .html, layout: nil, blocks: blocks, notices: decoded.notices)
    }
}
