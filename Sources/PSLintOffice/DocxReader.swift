import PSLintCore

/// Reads Word `.docx` drafts into a source document (see docs/formats/word-and-html.md).
///
/// The package is opened in memory; only `word/document.xml`, `word/numbering.xml` and
/// `word/styles.xml` are ever inflated (comments, headers, footers, footnotes are not content
/// and are never opened). Every failure is an `InputError` with a one-line message.
public struct DocxReader: StreamingDocumentReader {
    public var limits: ZipLimits

    public init(limits: ZipLimits = .default) {
        self.limits = limits
    }

    public var extensions: [String] { ["docx", "docm"] }

    static let documentPart = "word/document.xml"
    static let numberingPart = "word/numbering.xml"
    static let stylesPart = "word/styles.xml"

    public func read(bytes: [UInt8], path: String, options: ReadOptions) throws(InputError) -> SourceDocument {
        try read(bytes: bytes, path: path, options: options, onBlock: nil)
    }

    public func read(bytes: [UInt8], path: String, options: ReadOptions, onBlock: ((Block) -> Void)?) throws(InputError) -> SourceDocument {
        guard bytes.count <= options.maxFileSize else {
            throw InputError("is \(formatByteCount(bytes.count)), over the \(formatByteCount(options.maxFileSize)) limit (--max-file-size)")
        }
        guard !bytes.isEmpty else { throw InputError("is empty") }
        let package = try DocxReader.openPackage(bytes)
        guard let document = package.entry(named: DocxReader.documentPart) else {
            if let kind = FormatSniffer.describe(bytes), kind != "a ZIP archive", kind != "a Word .docx document" {
                throw InputError("is not a Word document: it looks like \(kind)")
            }
            throw InputError("has no \(DocxReader.documentPart): not a Word document")
        }
        // The styles and the list definitions are read while the body is inflated (with two
        // threads); failures are reported in the same order either way: styles, numbering, body.
        let parts = parallelMap([Part.definitions, .body], jobs: options.jobs) { part -> Part.Read in
            switch part {
            case .definitions: return .definitions(Result { () throws(InputError) in try readDefinitions(package) })
            case .body: return .body(Result { () throws(InputError) in try readPart(document, from: package) })
            }
        }
        guard case .definitions(let definitions) = parts[0], case .body(let body) = parts[1] else { preconditionFailure("parts in order") }
        let (styles, numbering) = try definitions.get()
        let parser = try DocxBodyParser.parse(body.get(), part: DocxReader.documentPart, numbering: numbering, styles: styles,
                                              onBlock: onBlock)
        return SourceDocument(path: path, format: .docx, layout: nil, blocks: parser.blocks, notices: parser.notices)
    }

    /// What `read` does on its two threads.
    private enum Part: Sendable {
        case definitions, body
        enum Read: Sendable {
            case definitions(Result<(WordStyles, WordNumberingDefinitions), InputError>)
            case body(Result<[UInt8], InputError>)
        }
    }

    /// `word/styles.xml` and `word/numbering.xml`, each empty when the package has none.
    private func readDefinitions(_ package: ZipPackage) throws(InputError) -> (WordStyles, WordNumberingDefinitions) {
        let styles = try package.entry(named: DocxReader.stylesPart).map { entry throws(InputError) in
            try WordStyles.parse(readPart(entry, from: package), part: DocxReader.stylesPart)
        } ?? .empty
        let numbering = try package.entry(named: DocxReader.numberingPart).map { entry throws(InputError) in
            try WordNumberingDefinitions.parse(readPart(entry, from: package), part: DocxReader.numberingPart)
        } ?? .empty
        return (styles, numbering)
    }

    /// The ZIP directory, or an error that names what the file really is.
    static func openPackage(_ bytes: [UInt8]) throws(InputError) -> ZipPackage {
        let isZip = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
        guard isZip else {
            if let kind = FormatSniffer.describe(bytes) {
                let advice: String
                switch kind {
                case _ where kind.hasPrefix("a legacy Word"), "an RTF file", "a Word 2003 XML document", "a Word flat XML (.xml) document":
                    advice = "; save it as .docx"
                case "an HTML page": advice = "; name it .html"
                default: advice = ""
                }
                throw InputError("is not a Word document: it looks like \(kind)\(advice)")
            }
            if looksLikeText(bytes) { throw InputError("is not a Word document: it looks like plain text") }
            throw InputError("is not a valid .docx (zip) file: it does not start with a zip signature")
        }
        do {
            return try ZipPackage(bytes: bytes)
        } catch {
            throw InputError("is not a valid .docx (zip) file: \(message(error))")
        }
    }

    private func readPart(_ entry: ZipPackage.Entry, from package: ZipPackage) throws(InputError) -> [UInt8] {
        do {
            return try package.read(entry, limits: limits)
        } catch {
            throw InputError("\(entry.name) \(DocxReader.message(error))")
        }
    }

    static func message(_ failure: ZipPackage.Failure) -> String {
        switch failure {
        case .invalid(let text), .entry(let text), .tooLarge(let text): return text
        }
    }

    /// Valid UTF-8 without control characters other than TAB, CR, LF in the first 4 KiB.
    static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        let sample = Array(bytes.prefix(4096))
        if sample.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) { return false }
        // A cut multi-byte sequence at the end of the sample is fine.
        var trimmed = sample
        while let last = trimmed.last, last & 0xC0 == 0x80 || last >= 0xC0, trimmed.count > sample.count - 4 { trimmed.removeLast() }
        return TextDecoding.isValidUTF8(trimmed)
    }
}
