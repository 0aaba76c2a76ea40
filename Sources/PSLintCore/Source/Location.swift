/// Where something sits in a Word document: 1-based indices in document order.
/// `paragraph` counts every paragraph, those inside table cells included.
public struct WordLocation: Hashable, Sendable, Codable {
    // Stored as 32-bit integers (`Int32.min` for none): every located value carries one, and a
    // smaller location is cheaper to copy.
    private var storedParagraph: Int32
    private var storedTable: Int32
    private var storedRow: Int32
    private var storedCell: Int32

    public var paragraph: Int {
        get { Int(storedParagraph) }
        set { storedParagraph = Int32(clamping: newValue) }
    }
    public var table: Int? {
        get { Location.unpack(storedTable) }
        set { storedTable = Location.pack(newValue) }
    }
    public var row: Int? {
        get { Location.unpack(storedRow) }
        set { storedRow = Location.pack(newValue) }
    }
    public var cell: Int? {
        get { Location.unpack(storedCell) }
        set { storedCell = Location.pack(newValue) }
    }

    public init(paragraph: Int, table: Int? = nil, row: Int? = nil, cell: Int? = nil) {
        storedParagraph = Int32(clamping: paragraph)
        storedTable = Location.pack(table)
        storedRow = Location.pack(row)
        storedCell = Location.pack(cell)
    }

    private enum CodingKeys: String, CodingKey { case paragraph, table, row, cell }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(paragraph: try container.decode(Int.self, forKey: .paragraph),
                  table: try container.decodeIfPresent(Int.self, forKey: .table),
                  row: try container.decodeIfPresent(Int.self, forKey: .row),
                  cell: try container.decodeIfPresent(Int.self, forKey: .cell))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(paragraph, forKey: .paragraph)
        try container.encodeIfPresent(table, forKey: .table)
        try container.encodeIfPresent(row, forKey: .row)
        try container.encodeIfPresent(cell, forKey: .cell)
    }

    /// "paragraph 214, table 3 row 12 cell 2": the form a person can follow in Word.
    public var description: String {
        var text = "paragraph \(paragraph)"
        if let table {
            text += ", table \(table)"
            if let row { text += " row \(row)" }
            if let cell { text += " cell \(cell)" }
        }
        return text
    }
}

/// The one location type of the whole tool.
///
/// `line` and `column` are 1-based; columns count Unicode code points (TAB and NBSP count 1).
/// `word` is filled by the Word reader; `clause` is the standard's own paragraph number (пункт)
/// when the value sits inside one; `snippet` is the text found there, trimmed to a readable length.
public struct Location: Hashable, Sendable {
    public var line: Int? {
        get { Location.unpack(storedLine) }
        set { storedLine = Location.pack(newValue) }
    }
    public var column: Int? {
        get { Location.unpack(storedColumn) }
        set { storedColumn = Location.pack(newValue) }
    }
    // 32-bit, `Int32.min` for none (see `WordLocation`).
    private var storedLine: Int32
    private var storedColumn: Int32
    public var word: WordLocation?
    public var clause: String?
    /// The snippet as given, or (when `snippetIsCut` is false) the text it is cut from: the parser
    /// makes a location for every value, and most snippets are never read, so the cutting (code
    /// points counted, a new string made for a long value) waits until one is.
    private var snippetText: String
    private var snippetIsCut: Bool

    /// The text found there, trimmed to at most `snippetLimit` code points.
    public var snippet: String {
        get { snippetIsCut ? snippetText : Location.cutSnippet(snippetText) }
        set {
            snippetText = newValue
            snippetIsCut = true
        }
    }

    static func cutSnippet(_ source: String) -> String {
        UTF8Bytes.with(source) { UTF8Bytes.snippet($0, 0..<$0.count, whole: source, source: source) }
    }

    @inline(__always) static func pack(_ value: Int?) -> Int32 { value.map { Int32(clamping: $0) } ?? Int32.min }
    @inline(__always) static func unpack(_ value: Int32) -> Int? { value == Int32.min ? nil : Int(value) }

    public static func == (lhs: Location, rhs: Location) -> Bool {
        lhs.storedLine == rhs.storedLine && lhs.storedColumn == rhs.storedColumn && lhs.word == rhs.word && lhs.clause == rhs.clause
            && (lhs.snippetIsCut == rhs.snippetIsCut && lhs.snippetText == rhs.snippetText || lhs.snippet == rhs.snippet)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(line)
        hasher.combine(column)
        hasher.combine(word)
        hasher.combine(clause)
        hasher.combine(snippet)
    }

    public static let unknown = Location()

    /// The longest snippet kept, in characters.
    public static let snippetLimit = 80

    /// Counts code points, not grapheme clusters: this runs for every located value.
    public static func makeSnippet(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace
        if trimmed.utf8.count <= snippetLimit { return trimmed }
        let scalars = trimmed.unicodeScalars
        guard let cut = scalars.index(scalars.startIndex, offsetBy: snippetLimit, limitedBy: scalars.endIndex), cut != scalars.endIndex else {
            return trimmed
        }
        return String(String.UnicodeScalarView(scalars[scalars.startIndex..<scalars.index(before: cut)])) + "…"
    }

    /// A position a person can find: `12:5` for text files, the Word description for .docx.
    public var humanDescription: String {
        if let word { return word.description }
        if let line {
            if let column { return "\(line):\(column)" }
            return "\(line)"
        }
        return ""
    }

    public func with(clause: String?) -> Location {
        var copy = self
        copy.clause = clause
        return copy
    }
}

// The initialisers are declared here, outside the type, so that the type keeps its memberwise
// initialiser: the optimiser builds a location made with it in place, without copying it (and
// retaining its strings) once more.
extension Location {
    public init(line: Int? = nil, column: Int? = nil, word: WordLocation? = nil, clause: String? = nil, snippet: String = "") {
        self.init(storedLine: Location.pack(line), storedColumn: Location.pack(column), word: word, clause: clause,
                  snippetText: snippet, snippetIsCut: true)
    }

    /// A location whose snippet is cut from `snippetSource` (trimmed of space, TAB, CR and LF, at
    /// most `snippetLimit` code points with an ellipsis) when it is first read.
    @inline(__always)
    init(line: Int?, column: Int?, word: WordLocation?, clause: String?, snippetSource: String) {
        self.init(storedLine: Location.pack(line), storedColumn: Location.pack(column), word: word, clause: clause,
                  snippetText: snippetSource, snippetIsCut: false)
    }
}

extension Location: Comparable {
    /// Document order: Word paragraph, else line and column.
    public static func < (lhs: Location, rhs: Location) -> Bool {
        let l = (lhs.word?.paragraph ?? lhs.line ?? Int.max, lhs.column ?? 0)
        let r = (rhs.word?.paragraph ?? rhs.line ?? Int.max, rhs.column ?? 0)
        return l < r
    }
}
