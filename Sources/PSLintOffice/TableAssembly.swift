import PSLintCore

/// A table cell while its row is being read: its own paragraphs, and the rows of any table
/// nested inside it (already flattened).
struct CellDraft {
    var paragraphs: [SourceText] = []
    var nestedRows: [TableRow] = []
    var isContinuation = false
    var span = 1
    var location: Location

    init(location: Location) {
        self.location = location
    }

    var cell: Cell {
        Cell(paragraphs: paragraphs, isContinuation: isContinuation, span: span, location: location)
    }

    /// An empty cell continuing this one in a row below (what a leading TAB is in the text layouts).
    var continuation: Cell {
        Cell(paragraphs: [], isContinuation: true, span: span, location: location)
    }
}

/// Turns the cells of one table row into the rows the source document gets.
///
/// Without nested tables that is one row. A nested table is spliced in the way the text
/// exports lay such a row out: the first nested row's cells take the place of the outer cell
/// (after the outer cell's own text, when it has some), and every further nested row becomes a
/// row of its own in which the other outer cells are empty continuation cells. So
/// `Education: | [level | specialty | qualification] × 2` reads as
/// `Education: | level | specialty | qualification` then `(cont.) | level | specialty | qualification`,
/// exactly like the L1 text layout.
///
/// As in the text readers, empty cells at the end of a row are dropped (one cell is kept), and
/// a row without any text gives no row at all.
///
/// Every cell made is charged to a budget (`maxCells` for a document): spans, rowspans and
/// nesting multiply cells, and a hostile file must not turn a few kilobytes into millions of
/// them. `rows` returns nil once the budget is spent.
enum TableAssembly {
    /// Far above any real standard (the 118-card order has about 30 000 cells).
    static let maxCells = 500_000
    static let overBudgetMessage = "has more than 500 000 table cells: refused"

    static func rows(from drafts: [CellDraft], location: Location, budget: inout Int) -> [TableRow]? {
        guard drafts.contains(where: { !$0.paragraphs.isEmpty || !$0.nestedRows.isEmpty }) else { return [] }
        guard drafts.contains(where: { !$0.nestedRows.isEmpty }) else {
            budget -= drafts.count
            return budget < 0 ? nil : [TableRow(cells: trimmed(drafts.map(\.cell)), location: location)]
        }
        // Each outer cell becomes a group of rows.
        var groups: [[[Cell]]] = []
        var rowLocations: [Location] = []
        for draft in drafts {
            guard !draft.nestedRows.isEmpty else {
                groups.append([[draft.cell]])
                continue
            }
            let hasOwnText = draft.paragraphs.contains { !$0.isBlank }
            var group: [[Cell]] = []
            group.reserveCapacity(draft.nestedRows.count)
            for (index, nested) in draft.nestedRows.enumerated() {
                var cells: [Cell] = []
                if hasOwnText { cells.append(index == 0 ? draft.cell : draft.continuation) }
                cells.append(contentsOf: nested.cells)
                budget -= cells.count
                if budget < 0 { return nil }
                group.append(cells)
                if index >= rowLocations.count { rowLocations.append(index == 0 ? location : nested.location) }
            }
            groups.append(group)
        }
        // The last group that reaches down to each output row: continuation cells are made only
        // before it (those after it would be empty cells at the end of the row).
        var lastGroup = [Int](repeating: 0, count: rowLocations.count)
        for (index, group) in groups.enumerated() {
            for row in 0..<group.count { lastGroup[row] = index }
        }
        var rows: [TableRow] = []
        rows.reserveCapacity(rowLocations.count)
        for index in 0..<rowLocations.count {
            var cells: [Cell] = []
            for groupIndex in 0...lastGroup[index] {
                if index < groups[groupIndex].count {
                    cells.append(contentsOf: groups[groupIndex][index])
                } else {
                    budget -= 1
                    if budget < 0 { return nil }
                    cells.append(drafts[groupIndex].continuation)
                }
            }
            rows.append(TableRow(cells: trimmed(cells), location: rowLocations[index]))
        }
        return rows
    }

    /// Drops empty cells at the end of a row, keeping at least one.
    static func trimmed(_ cells: [Cell]) -> [Cell] {
        var cells = cells
        while cells.count > 1, let last = cells.last, last.isEmpty { cells.removeLast() }
        return cells
    }
}
