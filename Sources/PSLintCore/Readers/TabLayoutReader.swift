/// L1 and L3: one table row a line with TAB between cells (a leading TAB continues a vertically
/// merged cell); other lines are paragraphs. L3 lines may carry Markdown heading marks and bold.
enum TabLayoutReader {
    static func read(_ b: UnsafeBufferPointer<UInt8>, lines: [LineSplitter.Line], markdown: Bool) -> [Block] {
        var blocks: [Block] = []
        blocks.reserveCapacity(lines.count)
        var scratch: [SourceText] = []
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
            var tabs: [Int] = []
            for i in start..<line.end where b[i] == 0x09 { tabs.append(i) }
            if tabs.isEmpty {
                scratch.removeAll(keepingCapacity: true)
                InlineMarkup.paragraphs(b, start: start, end: line.end, line: lineNumber, column: column, into: &scratch)
                for paragraph in scratch { blocks.append(.paragraph(paragraph)) }
                continue
            }
            var cells: [Cell] = []
            var cellStart = start
            var cellColumn = column
            for boundary in tabs + [line.end] {
                var paragraphs: [SourceText] = []
                InlineMarkup.paragraphs(b, start: cellStart, end: boundary, line: lineNumber, column: cellColumn, into: &paragraphs)
                let location = Location(line: lineNumber, column: cellColumn, snippet: Location.makeSnippet(paragraphs.first?.text ?? ""))
                let continuation = cells.isEmpty && paragraphs.isEmpty && boundary == start
                cells.append(Cell(paragraphs: paragraphs, isContinuation: continuation, location: location))
                // advance the column by the code points of the cell and the TAB
                var i = cellStart
                while i < boundary { if b[i] & 0xC0 != 0x80 { cellColumn += 1 }; i += 1 }
                cellColumn += 1
                cellStart = boundary + 1
            }
            // Trailing empty cells carry no meaning in these exports.
            while cells.count > 1, let last = cells.last, last.isEmpty { cells.removeLast() }
            let rowLocation = Location(line: lineNumber, column: column, snippet: Location.makeSnippet(cells.first { !$0.isEmpty }?.text ?? ""))
            blocks.append(.row(TableRow(cells: cells, location: rowLocation)))
        }
        return blocks
    }
}
