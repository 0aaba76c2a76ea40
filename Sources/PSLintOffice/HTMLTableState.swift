import PSLintCore

/// One HTML table while it is read: the open row and cell, and the grid columns that cells
/// with `rowspan` cover in the rows below.
struct HTMLTableState {
    /// A cell above that reaches down into later rows: it covers its columns until `untilRow`
    /// (exclusive). Nothing is counted down row by row, so rows cost only the columns they visit.
    struct Coverage {
        var untilRow: Int
        var span: Int
        var location: Location
    }

    var rowIndex = 0
    var row: [CellDraft]?
    var rowLocation = Location.unknown
    var gridColumn = 0
    var coverage: [Int: Coverage] = [:]
    var cell: CellDraft?
    /// Grid column where the open cell starts (its coverage entry, when it has a rowspan).
    var cellColumn = 0
    /// The open cell has a rowspan (its coverage entry is at `cellColumn`).
    var cellCovers = false
    /// Rows of a nested table, kept until the table ends.
    var rows: [TableRow] = []

    /// Empty continuation cells for the grid columns at the cursor that a rowspan above covers
    /// (at most `limit`); returns how many were made. Covered columns after the row's last real
    /// cell get none: they would be empty cells at the end of the row, which are dropped.
    mutating func fillCovered(limit: Int) -> Int {
        guard row != nil else { return 0 }
        var made = 0
        while let covered = coverage[gridColumn], made < limit {
            guard covered.untilRow > rowIndex else {
                coverage[gridColumn] = nil
                break
            }
            var continuation = CellDraft(location: covered.location)
            continuation.isContinuation = true
            continuation.span = covered.span
            row!.append(continuation)
            made += 1
            gridColumn += covered.span
        }
        return made
    }

    /// Registers the open cell's rowspan (`rows` > 1) from its grid column.
    mutating func cover(rows: Int, span: Int, location: Location) {
        cellCovers = rows > 1
        guard rows > 1 else { return }
        coverage[cellColumn] = Coverage(untilRow: rowIndex + rows, span: span, location: location)
    }
}
