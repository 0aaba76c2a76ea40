/// The input formats pslint reads.
public enum DocumentFormat: String, Sendable, Codable {
    case text, docx, html
}

/// The three text layouts of structure.md §5.
public enum TextLayout: String, Sendable, Codable, CaseIterable {
    /// A Word table exported as text: one row a line, TAB between cells, HTML fragments in cells.
    case l1 = "L1"
    /// The legal-database export: each cell on its own lines, a TAB-only line between cells.
    case l2 = "L2"
    /// Markdown-ish: `#` headings and `**` around L1 tables.
    case l3 = "L3"
}

/// One cell of a table row. Its content is one or more paragraphs (a cell of a Word table
/// can hold several; HTML fragments `<p>`, `<li>` inside a text cell are paragraph breaks too).
public struct Cell: Hashable, Sendable {
    public var paragraphs: [SourceText]
    /// The cell continues a vertically merged cell above it (Word `vMerge` continuation; the
    /// leading TAB of the text layouts). Its content is usually empty.
    public var isContinuation: Bool
    /// Number of grid columns the cell spans (Word `gridSpan`, HTML `colspan`).
    public var span: Int
    /// Location of the cell itself (its first character, or where it starts when empty).
    public var location: Location

    public init(paragraphs: [SourceText], isContinuation: Bool = false, span: Int = 1, location: Location) {
        self.paragraphs = paragraphs
        self.isContinuation = isContinuation
        self.span = span
        self.location = location
    }

    /// The paragraphs that hold text.
    public var nonBlankParagraphs: [SourceText] { paragraphs.filter { !$0.isBlank } }
    public var isEmpty: Bool { paragraphs.allSatisfy(\.isBlank) }
    /// All paragraphs joined by a space, for display.
    public var text: String { nonBlankParagraphs.map { $0.text.trimmingWhitespace }.joined(separator: " ") }
}

/// One row of a table.
public struct TableRow: Hashable, Sendable {
    public var cells: [Cell]
    public var location: Location

    public init(cells: [Cell], location: Location) {
        self.cells = cells
        self.location = location
    }
}

/// A block of a source document, in document order.
public enum Block: Hashable, Sendable {
    case paragraph(SourceText)
    case row(TableRow)

    public var location: Location {
        switch self {
        case .paragraph(let text): return text.location
        case .row(let row): return row.location
        }
    }

    /// Every paragraph of the block in reading order (a row's cells left to right).
    public var paragraphs: [SourceText] {
        switch self {
        case .paragraph(let text): return [text]
        case .row(let row): return row.cells.flatMap(\.paragraphs)
        }
    }
}

/// What a reader makes of a file: format-independent blocks with locations.
public struct SourceDocument: Sendable {
    public var path: String
    public var format: DocumentFormat
    public var layout: TextLayout?
    public var blocks: [Block]
    /// One-line notices about how the file was read (e.g. "read as Windows-1251").
    public var notices: [String]

    public init(path: String, format: DocumentFormat, layout: TextLayout?, blocks: [Block], notices: [String] = []) {
        self.path = path
        self.format = format
        self.layout = layout
        self.blocks = blocks
        self.notices = notices
    }
}

/// A file that cannot be read as a draft: the message is one line and names no path
/// (the caller prefixes the path).
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Options every reader honours.
public struct ReadOptions: Sendable {
    public var encoding: TextEncodingChoice?
    public var layout: TextLayout?
    /// Files larger than this are refused before they are read.
    public var maxFileSize: Int
    /// Threads a reader may use for one file (the Word reader inflates the body while it reads
    /// the styles); the document is the same whatever the number.
    public var jobs: Int

    public static let defaultMaxFileSize = 64 * 1024 * 1024

    public init(encoding: TextEncodingChoice? = nil, layout: TextLayout? = nil, maxFileSize: Int = ReadOptions.defaultMaxFileSize,
                jobs: Int = 1) {
        self.encoding = encoding
        self.layout = layout
        self.maxFileSize = maxFileSize
        self.jobs = jobs
    }
}

/// A reader turns the bytes of one file into a source document.
public protocol DocumentReader: Sendable {
    /// File name extensions this reader takes, lower-case, without the dot.
    var extensions: [String] { get }
    func read(bytes: [UInt8], path: String, options: ReadOptions) throws(InputError) -> SourceDocument
}

/// A reader that hands over each top-level block (a paragraph, or a row of a top-level table) as
/// soon as it is complete, so that standards can be built while the rest is still being read
/// (`StandardStream`). The document it returns is the one `read(bytes:path:options:)` returns.
public protocol StreamingDocumentReader: DocumentReader {
    func read(bytes: [UInt8], path: String, options: ReadOptions, onBlock: ((Block) -> Void)?) throws(InputError) -> SourceDocument
}
