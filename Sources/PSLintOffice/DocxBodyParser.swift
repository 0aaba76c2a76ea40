import PSLintCore

/// Reads `word/document.xml` in one streaming pass into source-document blocks.
///
/// - Paragraphs (`w:p`) are counted in document order, those inside table cells included, so
///   every text gets `WordLocation(paragraph:table:row:cell:)`. Blank paragraphs are counted but
///   not emitted (as the text readers emit no blank lines).
/// - Text is the `w:t` of runs joined; `w:tab`/`w:ptab` give a TAB, `w:noBreakHyphen` a '-',
///   and a line break (`w:br`, `w:cr`) splits the paragraph into separate `SourceText`s with
///   the same Word location. Hidden runs (`w:vanish`), field codes, deleted and moved-away text
///   are not content; inserted text is; a field shows its result.
/// - Automatic numbering is rendered in front of the text ("9. ") and marked by
///   `autoNumberLength`.
/// - Tables: see `TableAssembly` for vertical merges, spans and nested tables. Table, row and
///   cell indices are those of the top-level table (nested content reports the outer cell).
struct DocxBodyParser: XMLPartHandler {
    private struct TableState {
        var rowIndex = 0
        var rows: [TableRow] = []
        var row: [CellDraft] = []
        var rowLocation = Location.unknown
        var rowDeleted = false
        var cellIndex = 0
        var cell: CellDraft?
        var horizontalContinuation = false
    }

    private struct ParagraphState {
        var word: WordLocation
        var numId: Int?
        var level: Int?
        var style: String?
    }

    private var numbering: WordNumberingState
    private let styles: WordStyles
    private let names: DocxElementNames
    private(set) var blocks: [Block] = []
    private(set) var notices: [String] = []
    /// Called with each top-level block as soon as it is complete (see `StreamingDocumentReader`).
    private let onBlock: ((Block) -> Void)?

    private var sawBody = false
    private var paragraphCount = 0
    private var topTableCount = 0
    private var tables: [TableState] = []
    private var paragraph: ParagraphState?
    /// The open paragraph's text (the buffer is reused from paragraph to paragraph), and the
    /// offsets in it where line breaks fall.
    private var text = ParagraphText()
    private var lineBreaks: [Int] = []
    private var inParagraphProperties = false
    private var inNumberingProperties = false
    private var inRun = false
    private var inRunProperties = false
    private var hiddenRun = false
    private var inText = false
    private var inCellProperties = false
    private var inRowProperties = false
    /// Open fields, innermost last: true once past `separate` (showing the result).
    private var fields: [Bool] = []
    /// How many open fields are still in their code part: text shows only when none is.
    private var fieldsInCode = 0
    private var cellBudget = TableAssembly.maxCells
    private var overBudget = false

    private init(numbering: WordNumberingDefinitions, styles: WordStyles, names: DocxElementNames, onBlock: ((Block) -> Void)?) {
        self.numbering = WordNumberingState(definitions: numbering)
        self.styles = styles
        self.names = names
        self.onBlock = onBlock
    }

    private mutating func emit(_ block: Block) {
        blocks.append(block)
        onBlock?(block)
    }

    /// Reads the document part `bytes` (named `part` in messages) into blocks.
    static func parse(_ bytes: [UInt8], part: String, numbering: WordNumberingDefinitions,
                      styles: WordStyles, onBlock: ((Block) -> Void)? = nil) throws(InputError) -> DocxBodyParser {
        let parser = try XMLPartParser.parse(bytes, part: part) { names in
            DocxBodyParser(numbering: numbering, styles: styles, names: DocxElementNames(names), onBlock: onBlock)
        }
        guard parser.sawBody else { throw InputError("\(part) has no w:body: not a Word document body") }
        return parser
    }

    static let altChunkNotice = "the document embeds another document (w:altChunk) whose text is not read"

    // MARK: Events

    mutating func startElement(_ element: XMLElement) -> Bool {
        let name = element.localName
        if element.isWord {
            if name == names.body { sawBody = true }
            guard start(name, element) else {
                if name == names.altChunk, !notices.contains(DocxBodyParser.altChunkNotice) {
                    notices.append(DocxBodyParser.altChunkNotice)
                }
                return false
            }
        } else if element.namespace == names.markupCompatibilityNamespace, name == names.fallback {
            return false
        } else if element.namespace == names.mathNamespace, name == names.t {
            inText = true
        }
        return true
    }

    mutating func endElement(_ element: XMLElement) throws(InputError) {
        if element.isWord {
            end(element.localName)
            if overBudget { throw InputError(TableAssembly.overBudgetMessage) }
        } else if element.namespace == names.mathNamespace, element.localName == names.t {
            inText = false
        }
    }

    mutating func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if inText, !hiddenRun, fieldsInCode == 0, paragraph != nil {
            self.text.append(text)
        }
    }

    /// Handles an element start; false when the element and its subtree are to be skipped.
    private mutating func start(_ name: XMLName, _ element: XMLElement) -> Bool {
        switch names.kind(name) {
        case .p:
            paragraphCount += 1
            paragraph = ParagraphState(word: wordLocation(paragraph: paragraphCount))
            text.removeAll()
            lineBreaks.removeAll(keepingCapacity: true)
        case .r:
            inRun = true
            hiddenRun = false
        case .t:
            inText = inRun
        case .tab:
            if inRun, !inRunProperties, paragraph != nil { text.append(byte: 0x09) }
        case .br:
            if inRun, !inRunProperties, paragraph != nil { lineBreaks.append(text.count) }
        case .noBreakHyphen:
            if inRun, paragraph != nil { text.append(byte: 0x2D) }
        case .fldChar:
            switch element.attribute(names.fldCharType) {
            case "begin":
                fields.append(false)
                fieldsInCode += 1
            case "separate":
                if let last = fields.last, !last {
                    fields[fields.count - 1] = true
                    fieldsInCode -= 1
                }
            case "end":
                if let last = fields.popLast(), !last { fieldsInCode -= 1 }
            default: break
            }
        case .pPr:
            inParagraphProperties = paragraph != nil
        case .pStyle where inParagraphProperties:
            paragraph?.style = element.attribute(names.val)
        case .numPr where inParagraphProperties:
            inNumberingProperties = true
        case .ilvl where inNumberingProperties:
            paragraph?.level = element.intAttribute(names.val)
        case .numId where inNumberingProperties:
            paragraph?.numId = element.intAttribute(names.val)
        case .rPr:
            // Run properties matter (hidden text); the paragraph mark's do not.
            guard inRun, !inParagraphProperties else { return false }
            inRunProperties = true
        case .vanish where inRunProperties:
            hiddenRun = element.isOn(names.val)
        case .tbl:
            if tables.isEmpty { topTableCount += 1 }
            tables.append(TableState())
        case .tr:
            guard !tables.isEmpty else { return false }
            tables[tables.count - 1].rowIndex += 1
            tables[tables.count - 1].row.removeAll(keepingCapacity: true)
            tables[tables.count - 1].cellIndex = 0
            tables[tables.count - 1].rowDeleted = false
            tables[tables.count - 1].rowLocation = Location(word: wordLocation(paragraph: paragraphCount + 1, cell: false))
        case .trPr:
            inRowProperties = true
        case .del where inRowProperties:
            // A row deleted with change tracking on: not content.
            tables[tables.count - 1].rowDeleted = true
        case .tc:
            guard let table = tables.last, !table.rowDeleted else { return false }
            tables[tables.count - 1].cellIndex += 1
            tables[tables.count - 1].horizontalContinuation = false
            tables[tables.count - 1].cell = CellDraft(location: Location(word: wordLocation(paragraph: paragraphCount + 1)))
        case .tcPr:
            inCellProperties = tables.last?.cell != nil
        case .gridSpan where inCellProperties:
            tables[tables.count - 1].cell?.span = max(1, min(element.intAttribute(names.val) ?? 1, 64))
        case .vMerge where inCellProperties:
            tables[tables.count - 1].cell?.isContinuation = (element.attribute(names.val) ?? "continue") != "restart"
        case .hMerge where inCellProperties:
            tables[tables.count - 1].horizontalContinuation = (element.attribute(names.val) ?? "continue") != "restart"
        case .del, .skipped:
            return false
        default:
            break
        }
        return true
    }

    private mutating func end(_ name: XMLName) {
        switch names.kind(name) {
        case .p: finishParagraph()
        case .r: inRun = false; hiddenRun = false
        case .t: inText = false
        case .rPr: inRunProperties = false
        case .pPr: inParagraphProperties = false
        case .numPr: inNumberingProperties = false
        case .tcPr: inCellProperties = false
        case .trPr: inRowProperties = false
        case .tc: finishCell()
        case .tr: finishRow()
        case .tbl: finishTable()
        default: break
        }
    }

    /// Where the next text sits: the paragraph index, and the top-level table coordinates.
    private func wordLocation(paragraph: Int, cell: Bool = true) -> WordLocation {
        guard let outer = tables.first else { return WordLocation(paragraph: paragraph) }
        return WordLocation(paragraph: paragraph, table: topTableCount, row: outer.rowIndex,
                            cell: cell ? max(outer.cellIndex, 1) : nil)
    }

    /// Emits the paragraph's texts, one a line, the first with the automatic number in front.
    private mutating func finishParagraph() {
        guard let state = paragraph else { return }
        paragraph = nil
        var pendingPrefix = numberPrefix(state)
        let inCell = !tables.isEmpty && tables[tables.count - 1].cell != nil
        var lower = 0
        for line in 0...lineBreaks.count {
            let upper = line < lineBreaks.count ? lineBreaks[line] : text.count
            let finished = ParagraphText.finishWithoutPositions(text.bytes, lower..<upper, word: state.word, prefix: pendingPrefix)
            lower = upper
            guard let finished else { continue }
            pendingPrefix = ""
            if inCell {
                tables[tables.count - 1].cell!.paragraphs.append(finished)
            } else {
                emit(.paragraph(finished))
            }
        }
    }

    /// The automatic number of a paragraph: its own `w:numPr`, else its style's.
    private mutating func numberPrefix(_ state: ParagraphState) -> String {
        var numId = state.numId
        var level = state.level
        if numId == nil, let fromStyle = styles.numbering(forStyle: state.style) {
            numId = fromStyle.numId
            if level == nil { level = fromStyle.level ?? levelLinked(toStyle: state.style, numId: fromStyle.numId) }
        }
        guard let numId, numId != 0 else { return "" }
        return numbering.next(numId: numId, level: level ?? 0)
    }

    /// The level of list `numId` whose `w:pStyle` is `style` (a heading style tied to a level).
    private func levelLinked(toStyle style: String?, numId: Int) -> Int? {
        guard let style else { return nil }
        return (0...8).first { numbering.definitions.level(numId: numId, level: $0)?.style == style }
    }

    private mutating func finishCell() {
        guard let last = tables.indices.last, var cell = tables[last].cell.take() else { return }
        if let first = cell.paragraphs.first {
            cell.location.snippet = Snippet.make(first.text)
        }
        if tables[last].horizontalContinuation, !tables[last].row.isEmpty {
            // Legacy horizontal merge: the cell widens the one before it.
            let previous = tables[last].row.count - 1
            tables[last].row[previous].span += cell.span
            tables[last].row[previous].paragraphs.append(contentsOf: cell.paragraphs)
            return
        }
        tables[last].row.append(cell)
    }

    private mutating func finishRow() {
        guard let last = tables.indices.last else { return }
        // The row's cells are taken out, and their array goes back empty for the next row.
        var row: [CellDraft] = []
        swap(&row, &tables[last].row)
        defer {
            row.removeAll(keepingCapacity: true)
            swap(&row, &tables[last].row)
        }
        guard !tables[last].rowDeleted, !row.isEmpty else { return }
        var location = tables[last].rowLocation
        location.snippet = Snippet.make(row.first { !$0.paragraphs.isEmpty }?.paragraphs.first?.text ?? "")
        guard let rows = TableAssembly.rows(from: row, location: location, budget: &cellBudget) else {
            overBudget = true
            return
        }
        if tables.count == 1 {
            for assembled in rows { emit(.row(assembled)) }
        } else {
            tables[last].rows.append(contentsOf: rows)
        }
    }

    private mutating func finishTable() {
        guard let table = tables.popLast() else { return }
        guard !tables.isEmpty else { return }
        if tables[tables.count - 1].cell != nil {
            tables[tables.count - 1].cell!.nestedRows.append(contentsOf: table.rows)
        }
    }
}
