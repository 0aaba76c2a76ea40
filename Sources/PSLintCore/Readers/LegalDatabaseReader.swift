/// L2, the legal-database export: paragraph lines indented with NBSP, and tables whose cells
/// each occupy one or more lines, separated by a line holding one TAB.
///
/// A row starts with a TAB line; further TAB lines separate its cells; the last cell of a row is
/// followed by one blank line (an empty cell is one blank line, so `TAB, blank, TAB` is an
/// empty cell inside a row while `text, blank, TAB` and `TAB, blank, blank, TAB` start a new row).
/// Inside a cell, each non-blank line is a paragraph (blank lines separate Word paragraphs and the
/// lines of merged cells, P1). The table ends at an NBSP-indented paragraph line, a chapter heading,
/// or an indented line after a blank line.
enum LegalDatabaseReader {
    /// If the line is a cell separator (first non-space byte a TAB), the byte offset after the TAB.
    @inline(__always)
    static func separatorContent(_ b: UnsafeBufferPointer<UInt8>, _ line: LineSplitter.Line) -> Int? {
        var i = line.start
        while i < line.end, b[i] == 0x20 { i += 1 }
        guard i < line.end, b[i] == 0x09 else { return nil }
        return i + 1
    }

    /// A separator line with nothing but white space after the TAB.
    static func isBareSeparator(_ b: UnsafeBufferPointer<UInt8>, _ line: LineSplitter.Line) -> Bool {
        guard let after = separatorContent(b, line) else { return false }
        var i = after
        while i < line.end {
            if b[i] == 0x20 || b[i] == 0x09 { i += 1; continue }
            if b[i] == 0xC2, i + 1 < line.end, b[i + 1] == 0xA0 { i += 2; continue }
            return false
        }
        return true
    }

    static func startsWithNBSP(_ b: UnsafeBufferPointer<UInt8>, _ line: LineSplitter.Line) -> Bool {
        line.end - line.start >= 2 && b[line.start] == 0xC2 && b[line.start + 1] == 0xA0
    }

    static func startsWithSpace(_ b: UnsafeBufferPointer<UInt8>, _ line: LineSplitter.Line) -> Bool {
        line.end > line.start && b[line.start] == 0x20
    }

    /// The row being read. One builder serves the whole table: the line buffer keeps its capacity
    /// from cell to cell; each row and cell gets an array of its own, filled in place and moved
    /// into the block (a reused buffer copied out would retain every element once more).
    struct RowBuilder {
        /// The first line of the current row; nil between rows.
        var line: Int?
        var cells: [Cell] = []
        /// Lines of the current cell: number, byte range, the code-point column of `start`, blank.
        var cellLines: [(line: Int, start: Int, end: Int, column: Int, blank: Bool)] = []
        /// The number of cells of the previous row: room reserved for the next one.
        var lastRowCount = 0

        mutating func finishCell(_ b: UnsafeBufferPointer<UInt8>, builder: inout InlineMarkup.Builder, rowEnds: inout Bool) {
            rowEnds = cellLines.count >= 2 && cellLines.last!.blank
            if rowEnds { cellLines.removeLast() }
            var paragraphs: [SourceText] = []
            for line in cellLines where !line.blank {
                InlineMarkup.paragraphs(b, start: line.start, end: line.end, line: line.line, column: line.column, builder: &builder, into: &paragraphs)
            }
            let first = cellLines.first
            let location = Location(line: first?.line ?? self.line, column: first?.column ?? 1, word: nil, clause: nil,
                                    snippetSource: Snippets.source(of: paragraphs))
            if cells.isEmpty { cells.reserveCapacity(lastRowCount) }
            cells.append(Cell(paragraphs: paragraphs, isContinuation: cells.isEmpty && paragraphs.isEmpty, location: location))
            cellLines.removeAll(keepingCapacity: true)
        }

        /// The cells of the row, moved out; the builder is left empty for the next row.
        mutating func takeCells() -> [Cell] {
            lastRowCount = cells.count
            defer { cells = [] }
            return cells
        }
    }

    static func read(_ b: UnsafeBufferPointer<UInt8>, lines: [LineSplitter.Line], source: String? = nil) -> [Block] {
        var blocks: [Block] = []
        var row = RowBuilder()
        var previousBlank = false
        var builder = InlineMarkup.Builder(source: source)

        func flushRow() {
            guard row.line != nil else { return }
            var rowEnds = false
            if !row.cellLines.isEmpty || row.cells.isEmpty { row.finishCell(b, builder: &builder, rowEnds: &rowEnds) }
            while row.cells.count > 1, let last = row.cells.last, last.isEmpty { row.cells.removeLast() }
            let rowLocation = Location(line: row.line, column: 1, word: nil, clause: nil, snippetSource: Snippets.source(of: row.cells))
            blocks.append(.row(TableRow(cells: row.takeCells(), location: rowLocation)))
            row.line = nil
        }

        for (index, line) in lines.enumerated() {
            let number = index + 1
            if let after = separatorContent(b, line) {
                if row.line != nil {
                    var rowEnds = false
                    row.finishCell(b, builder: &builder, rowEnds: &rowEnds)
                    if rowEnds { flushRow() }
                }
                if row.line == nil { row.line = number }
                if after < line.end && !isBareSeparator(b, line) {
                    row.cellLines.append((number, after, line.end, 1 + UTF8Bytes.codePoints(b, from: line.start, to: after), false))
                }
                previousBlank = false
                continue
            }
            if row.line != nil {
                let endsTable = !line.isBlank && (startsWithNBSP(b, line) || ChapterHeadingSniffer.isChapterHeading(b, line.start, line.end)
                    || (previousBlank && startsWithSpace(b, line)))
                if !endsTable {
                    row.cellLines.append((number, line.start, line.end, 1, line.isBlank))
                    previousBlank = line.isBlank
                    continue
                }
                flushRow()
            }
            previousBlank = line.isBlank
            if line.isBlank { continue }
            var paragraphs: [SourceText] = []
            InlineMarkup.paragraphs(b, start: line.start, end: line.end, line: number, column: 1, builder: &builder, into: &paragraphs)
            for paragraph in paragraphs { blocks.append(.paragraph(paragraph)) }
        }
        flushRow()
        return blocks
    }
}

/// A quick byte-level test for a chapter heading line (`Глава 4.`, `4-тарау.`, `4-ші тарау.`, `4- тарау.`).
enum ChapterHeadingSniffer {
    static let tarau = Array("тарау".utf8)
    static let glava = Array("Глава".utf8)

    static func isChapterHeading(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end, b[i] == 0x20 || b[i] == 0x23 || b[i] == 0x2A || (b[i] == 0xC2 && i + 1 < end && b[i + 1] == 0xA0) {
            i += b[i] == 0xC2 ? 2 : 1
        }
        if matches(b, i, end, glava) { return true }
        let digitsStart = i
        while i < end, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        guard i > digitsStart, i - digitsStart <= 2 else { return false }
        while i < end, b[i] == 0x20 { i += 1 }
        guard i < end, b[i] == 0x2D else { return false }
        // within the next 16 bytes: "тарау"
        let limit = min(end, i + 24)
        var j = i
        while j < limit {
            if matches(b, j, end, tarau) { return true }
            j += 1
        }
        return false
    }

    @inline(__always)
    static func matches(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ word: [UInt8]) -> Bool {
        guard end - i >= word.count else { return false }
        for k in 0..<word.count where b[i + k] != word[k] { return false }
        return true
    }
}
