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
enum TableAssembly {
    static func rows(from drafts: [CellDraft], location: Location) -> [TableRow] {
        guard drafts.contains(where: { !$0.paragraphs.isEmpty || !$0.nestedRows.isEmpty }) else { return [] }
        guard drafts.contains(where: { !$0.nestedRows.isEmpty }) else {
            return [TableRow(cells: trimmed(drafts.map(\.cell)), location: location)]
        }
        // Each outer cell becomes a group of rows.
        var groups: [[[Cell]]] = []
        var rowLocations: [Location?] = []
        for draft in drafts {
            guard !draft.nestedRows.isEmpty else {
                groups.append([[draft.cell]])
                continue
            }
            let hasOwnText = draft.paragraphs.contains { !$0.isBlank }
            var group: [[Cell]] = []
            for (index, nested) in draft.nestedRows.enumerated() {
                var cells: [Cell] = []
                if hasOwnText { cells.append(index == 0 ? draft.cell : draft.continuation) }
                cells.append(contentsOf: nested.cells)
                group.append(cells)
                if index >= rowLocations.count { rowLocations.append(nil) }
                if index > 0, rowLocations[index] == nil { rowLocations[index] = nested.location }
            }
            groups.append(group)
        }
        let count = groups.map(\.count).max() ?? 1
        var rows: [TableRow] = []
        for index in 0..<count {
            var cells: [Cell] = []
            for (group, draft) in zip(groups, drafts) {
                if index < group.count {
                    cells.append(contentsOf: group[index])
                } else {
                    cells.append(draft.continuation)
                }
            }
            let rowLocation = index == 0 ? location : (rowLocations.indices.contains(index) ? rowLocations[index] ?? location : location)
            rows.append(TableRow(cells: trimmed(cells), location: rowLocation))
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
