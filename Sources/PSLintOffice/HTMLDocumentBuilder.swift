import PSLintCore

/// Builds source-document blocks from the SAX events of libxml2's HTML parser.
///
/// - `p`, `div`, `br`, `li`, `h1`…`h6` and the other block elements end a paragraph; white space
///   collapses as a browser collapses it (kept inside `pre`, where a line feed ends a paragraph).
/// - `head`, `script`, `style`, `title`, `template`, `noscript` and form controls are not content.
/// - `ol` items get their number as a browser shows it ("1. ", marked by `autoNumberLength`),
///   unless the list is styled `list-style-type: none`; bullets are not rendered.
/// - Tables: `td`/`th` with `colspan` (the cell's span) and `rowspan` (an empty continuation cell
///   in each covered grid position of the rows below); nested tables as `TableAssembly` splices them.
/// - Every text gets its line and column (runs) and a Word-style location: a paragraph counter
///   (texts that hold something, in reading order) and the top-level table, row and cell.
final class HTMLDocumentBuilder {
    private struct ListState {
        var ordered: Bool
        var counter: Int
        var style: String
        var hidden: Bool
    }

    private(set) var blocks: [Block] = []
    private var paragraphCount = 0
    private var topTableCount = 0
    private var tables: [HTMLTableState] = []
    private var lists: [ListState] = []
    private var text = ParagraphText()
    /// Collapsed white space waiting for the next visible character: where it started.
    private var pendingSpace: (line: Int, column: Int)?
    private var pendingPrefix = ""
    private var skipDepth = 0
    private var cellBudget = TableAssembly.maxCells
    /// Set when the document makes more table cells than `TableAssembly.maxCells`.
    private(set) var overBudget = false
    private var preDepth = 0

    static let skipped: Set<String> = ["head", "script", "style", "title", "template", "noscript", "select", "textarea",
                                       "svg", "math", "object", "iframe", "canvas", "audio", "video", "button"]
    static let breaking: Set<String> = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd",
                                        "blockquote", "pre", "section", "article", "header", "footer", "nav", "aside", "main",
                                        "address", "figure", "figcaption", "hr", "caption", "center", "form", "fieldset",
                                        "legend", "details", "summary", "body", "html", "thead", "tbody", "tfoot"]

    // MARK: Events

    func startElement(_ name: String, attributes: [String: String]) {
        if skipDepth > 0 || HTMLDocumentBuilder.skipped.contains(name) {
            skipDepth += 1
            return
        }
        switch name {
        case "table":
            flush()
            if tables.isEmpty { topTableCount += 1 }
            tables.append(HTMLTableState())
        case "tr":
            flush()
            startRow()
        case "td", "th":
            flush()
            startCell(colspan: attributes["colspan"], rowspan: attributes["rowspan"])
        case "ol", "ul":
            flush()
            let style = attributes["type"] ?? "1"
            let css = (attributes["style"] ?? "").lowercased().filter { $0 != " " }
            let hidden = css.contains("list-style-type:none") || css.contains("list-style:none")
            let start = attributes["start"].flatMap(HTMLDocumentBuilder.leadingInteger) ?? 1
            lists.append(ListState(ordered: name == "ol", counter: start - 1, style: style, hidden: hidden))
        case "li":
            flush()
            guard !lists.isEmpty, lists[lists.count - 1].ordered else { break }
            let value = attributes["value"].flatMap(HTMLDocumentBuilder.leadingInteger)
            lists[lists.count - 1].counter = value ?? lists[lists.count - 1].counter + 1
            let list = lists[lists.count - 1]
            if !list.hidden { pendingPrefix = HTMLDocumentBuilder.listNumber(list.counter, style: list.style) + ". " }
        case "pre":
            flush()
            preDepth += 1
        default:
            if HTMLDocumentBuilder.breaking.contains(name) { flush() }
        }
    }

    func endElement(_ name: String) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        switch name {
        case "table":
            flush()
            finishTable()
        case "tr":
            flush()
            finishRow()
        case "td", "th":
            flush()
            finishCell()
        case "ol", "ul":
            flush()
            _ = lists.popLast()
        case "li":
            flush()
            pendingPrefix = ""
        case "pre":
            flush()
            preDepth = max(0, preDepth - 1)
        case "br":
            break
        default:
            if HTMLDocumentBuilder.breaking.contains(name) { flush() }
        }
    }

    /// A piece of text that starts at `line`:`column` of the page. When `verbatim`, it is a copy
    /// of the page (line feeds inside move the position to the next line); otherwise (a decoded
    /// entity) all of it is placed at the start.
    func characters(_ chunk: UnsafeBufferPointer<UInt8>, line startLine: Int, column startColumn: Int, verbatim: Bool) {
        guard skipDepth == 0 else { return }
        var line = startLine, column = startColumn
        var index = 0
        let count = chunk.count
        while index < count {
            let byte = chunk[index]
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
            if isSpace {
                if preDepth > 0 {
                    if byte == 0x0A { flush() } else { text.appendSpace(line: line, column: column) }
                } else if pendingSpace == nil, !text.isEmpty {
                    pendingSpace = (line, column)
                }
                if verbatim, byte == 0x0A { line += 1; column = 1 } else if verbatim { column += 1 }
                index += 1
                continue
            }
            var end = index
            var scalars = 0
            while end < count {
                let next = chunk[end]
                if next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0C || next == 0x0D { break }
                if next & 0xC0 != 0x80 { scalars += 1 }
                end += 1
            }
            if let space = pendingSpace {
                text.appendSpace(line: space.line, column: space.column)
                pendingSpace = nil
            }
            text.append(segment: UnsafeBufferPointer(rebasing: chunk[index..<end]), line: line, column: column, scalars: scalars)
            if verbatim { column += scalars }
            index = end
        }
    }

    func finish() -> [Block] {
        flush()
        while !tables.isEmpty { finishTable() }
        return blocks
    }

    // MARK: Paragraphs

    private func flush() {
        pendingSpace = nil
        guard !text.isEmpty else { return }
        let word = wordLocation(paragraph: paragraphCount + 1)
        let finished = text.finish(word: word, prefix: pendingPrefix)
        text.removeAll()
        guard let paragraph = finished else { return }
        paragraphCount += 1
        pendingPrefix = ""
        if let index = tables.lastIndex(where: { $0.cell != nil }) {
            tables[index].cell!.paragraphs.append(paragraph)
        } else {
            blocks.append(.paragraph(paragraph))
        }
    }

    private func wordLocation(paragraph: Int) -> WordLocation {
        guard let outer = tables.first else { return WordLocation(paragraph: paragraph) }
        let cell = outer.cell != nil ? outer.row.map { $0.count + 1 } : nil
        return WordLocation(paragraph: paragraph, table: topTableCount, row: outer.row == nil ? nil : outer.rowIndex, cell: cell)
    }

    // MARK: Tables

    private func startRow() {
        guard !tables.isEmpty else { return }
        if tables[tables.count - 1].row != nil { finishRow() }
        tables[tables.count - 1].rowIndex += 1
        tables[tables.count - 1].row = []
        tables[tables.count - 1].gridColumn = 0
        tables[tables.count - 1].rowLocation = Location(word: wordLocation(paragraph: paragraphCount + 1))
    }

    private func startCell(colspan: String?, rowspan: String?) {
        guard !tables.isEmpty else { return }
        if tables[tables.count - 1].cell != nil { finishCell() }
        if tables[tables.count - 1].row == nil { startRow() }
        cellBudget -= tables[tables.count - 1].fillCovered(limit: max(cellBudget, 0))
        if cellBudget <= 0 { overBudget = true }
        let span = max(1, min(colspan.flatMap(HTMLDocumentBuilder.leadingInteger) ?? 1, 1000))
        var rows = max(0, min(rowspan.flatMap(HTMLDocumentBuilder.leadingInteger) ?? 1, 65534))
        if rows == 0 { rows = 65534 }  // rowspan="0": to the end of the table
        tables[tables.count - 1].cellColumn = tables[tables.count - 1].gridColumn
        tables[tables.count - 1].gridColumn += span
        var cell = CellDraft(location: .unknown)
        cell.span = span
        tables[tables.count - 1].cell = cell
        // The location needs the cell open (for its index).
        let location = Location(word: wordLocation(paragraph: paragraphCount + 1))
        tables[tables.count - 1].cell!.location = location
        tables[tables.count - 1].cover(rows: rows, span: span, location: location)
    }

    private func finishCell() {
        guard !tables.isEmpty, var cell = tables[tables.count - 1].cell else { return }
        tables[tables.count - 1].cell = nil
        if let first = cell.paragraphs.first { cell.location.snippet = Snippet.make(first.text) }
        let column = tables[tables.count - 1].cellColumn
        if tables[tables.count - 1].cellCovers, var covered = tables[tables.count - 1].coverage[column] {
            covered.location = cell.location
            tables[tables.count - 1].coverage[column] = covered
        }
        tables[tables.count - 1].row?.append(cell)
    }

    private func finishRow() {
        guard !tables.isEmpty else { return }
        if tables[tables.count - 1].cell != nil { finishCell() }
        guard tables[tables.count - 1].row != nil else { return }
        let table = tables[tables.count - 1]
        tables[tables.count - 1].row = nil
        guard let drafts = table.row else { return }
        var location = table.rowLocation
        location.snippet = Snippet.make(drafts.first { !$0.paragraphs.isEmpty }?.paragraphs.first?.text ?? "")
        guard let rows = TableAssembly.rows(from: drafts, location: location, budget: &cellBudget) else {
            overBudget = true
            return
        }
        if tables.count == 1 {
            blocks.append(contentsOf: rows.map(Block.row))
        } else {
            tables[tables.count - 1].rows.append(contentsOf: rows)
        }
    }

    private func finishTable() {
        guard !tables.isEmpty else { return }
        finishRow()
        let table = tables.removeLast()
        guard !tables.isEmpty, !table.rows.isEmpty else { return }
        if tables[tables.count - 1].cell != nil {
            tables[tables.count - 1].cell!.nestedRows.append(contentsOf: table.rows)
        } else if tables.count == 1 {
            blocks.append(contentsOf: table.rows.map(Block.row))
        } else {
            tables[tables.count - 1].rows.append(contentsOf: table.rows)
        }
    }

    /// The integer an attribute starts with, as browsers read `rowspan="3px"`; nil without digits.
    static func leadingInteger(_ text: String) -> Int? {
        var digits = 0, value = 0
        var negative = false
        var scalars = text.unicodeScalars.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        if scalars.first == "-" { negative = true; scalars = scalars.dropFirst() }
        for scalar in scalars {
            guard scalar.value >= 0x30, scalar.value <= 0x39, digits < 9 else { break }
            value = value * 10 + Int(scalar.value - 0x30)
            digits += 1
        }
        guard digits > 0 else { return nil }
        return negative ? -value : value
    }

    /// An `ol` item number in the list's `type`: 1, a, A, i, I.
    static func listNumber(_ value: Int, style: String) -> String {
        switch style {
        case "a": return WordNumberFormat.format(value, as: "lowerLetter")
        case "A": return WordNumberFormat.format(value, as: "upperLetter")
        case "i": return WordNumberFormat.format(value, as: "lowerRoman")
        case "I": return WordNumberFormat.format(value, as: "upperRoman")
        default: return String(value)
        }
    }
}
