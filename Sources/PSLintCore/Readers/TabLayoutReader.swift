/// L1 and L3: one table row a line with TAB between cells (a leading TAB continues a vertically
/// merged cell); other lines are paragraphs. L3 lines may carry Markdown heading marks and bold.
enum TabLayoutReader {
    static func read(_ b: UnsafeBufferPointer<UInt8>, lines: [LineSplitter.Line], markdown: Bool, source: String? = nil) -> [Block] {
        var blocks: [Block] = []
        blocks.reserveCapacity(lines.count)
        var scratch: [SourceText] = []
        var tabs: [Int] = []
        var builder = InlineMarkup.Builder(source: source)
        for (index, line) in lines.enumerated() where !line.isBlank {
            let lineNumber = index + 1
            var start = line.start
            var column = 1
            if markdown {
                // '#'… heading marks and the space after them
                var i = start
                while i < line.end, b[i] == 0x23 { i += 1 }
                if i > start, i < line.end, b[i] == 0x20 {
                    while i < line.end, b[i] == 0x20 { i += 1 }
                    column += i - start
                    start = i
                }
            }
            tabs.removeAll(keepingCapacity: true)
            var from = start
            while let tab = UTF8Bytes.find(0x09, in: b, from: from, to: line.end) { tabs.append(tab); from = tab + 1 }
            if tabs.isEmpty {
                scratch.removeAll(keepingCapacity: true)
                InlineMarkup.paragraphs(b, start: start, end: line.end, line: lineNumber, column: column, builder: &builder, into: &scratch)
                for paragraph in scratch { blocks.append(.paragraph(paragraph)) }
                continue
            }
            var cellStart = start
            var cellColumn = column
            tabs.append(line.end)
            // Each row and cell gets its own array, filled in place and moved into the block: a
            // reused buffer copied out would retain every element once more.
            var cells: [Cell] = []
            cells.reserveCapacity(tabs.count)
            for boundary in tabs {
                var paragraphs: [SourceText] = []
                InlineMarkup.paragraphs(b, start: cellStart, end: boundary, line: lineNumber, column: cellColumn, builder: &builder, into: &paragraphs)
                let location = Location(line: lineNumber, column: cellColumn, word: nil, clause: nil, snippetSource: Snippets.source(of: paragraphs))
                let continuation = cells.isEmpty && paragraphs.isEmpty && boundary == start
                cells.append(Cell(paragraphs: paragraphs, isContinuation: continuation, location: location))
                // advance the column by the code points of the cell and the TAB
                cellColumn += UTF8Bytes.codePoints(b, from: cellStart, to: boundary) + 1
                cellStart = boundary + 1
            }
            // Trailing empty cells carry no meaning in these exports.
            while cells.count > 1, let last = cells.last, last.isEmpty { cells.removeLast() }
            let rowLocation = Location(line: lineNumber, column: column, word: nil, clause: nil, snippetSource: Snippets.source(of: cells))
            blocks.append(.row(TableRow(cells: cells, location: rowLocation)))
        }
        return blocks
    }
}

/// Snippets of cells and rows for their locations, made on bytes.
enum Snippets {
    /// The text the snippet of a cell is cut from: its first paragraph's (`Location` cuts it when read).
    static func source(of paragraphs: [SourceText]) -> String {
        paragraphs.isEmpty ? "" : paragraphs[0].text
    }

    /// The text the snippet of a row is cut from: its first non-empty cell's.
    static func source(of cells: [Cell]) -> String {
        guard let cell = cells.first(where: { !$0.paragraphs.isEmpty }) else { return "" }
        return source(of: cell.paragraphs)
    }
}
