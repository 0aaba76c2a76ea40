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
        var notices: [String] = []
        // One string of the whole input: paragraphs copied verbatim are cut from it.
        let input: String
        if options.encoding == nil, !TextReader.hasByteOrderMark(bytes), let text = TextReader.validUTF8String(bytes) {
            input = text  // the common case: UTF-8 without a byte-order mark, no --encoding
        } else {
            let decoded = try TextDecoding.decode(bytes, forced: options.encoding)
            if let notice = decoded.notice { notices.append(notice) }
            input = String(decoding: decoded.utf8, as: UTF8.self)
        }
        if input.isEmpty { throw InputError("holds no text") }
        var bytes = input
        return bytes.withUTF8 { buffer in
            let lines = LineSplitter.lines(buffer)
            let layout = options.layout ?? LayoutDetector.detect(buffer, lines: lines)
            let blocks: [Block]
            switch layout {
            case .l1, .l3: blocks = TabLayoutReader.read(buffer, lines: lines, markdown: layout == .l3, source: input)
            case .l2: blocks = LegalDatabaseReader.read(buffer, lines: lines, source: input)
            }
            return SourceDocument(path: path, format: .text, layout: layout, blocks: blocks, notices: notices)
        }
    }

    /// The string of `bytes` when they are valid UTF-8, validated once: by `UTF8Validation`, which
    /// checks the Cyrillic text of a draft two and a half times faster than the standard library, and
    /// then copied without a second validation where the standard library offers that.
    static func validUTF8String(_ bytes: [UInt8]) -> String? {
        guard TextDecoding.isValidUTF8(bytes) else { return nil }
        #if compiler(>=6.2)  // UTF8Span came with Swift 6.2 (the manifest allows 6.1)
        if #available(macOS 26, iOS 26, *) { return String(copying: UTF8Span(unchecked: bytes.span)) }
        #endif
        return String(decoding: bytes, as: UTF8.self)
    }

    static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// Names content that is certainly not a text draft: a known binary or package format
    /// (`FormatSniffer`; HTML fragments are fine in text drafts), or NUL bytes outside UTF-16.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        if let kind = FormatSniffer.describe(bytes), kind != "an HTML page", kind != "an XML file" { return kind }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        if bytes.prefix(8192).contains(0) { return "binary data" }
        return nil
    }
}
