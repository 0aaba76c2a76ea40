import PSLintCore

/// One HTML table while it is read: the open row and cell, and the grid columns that cells
/// with `rowspan` cover in the rows below.
struct HTMLTableState {
    /// A cell above that reaches down into the current row.
    struct Coverage {
        var remaining: Int
        var span: Int
        var location: Location
        var lastRow: Int
    }

    var rowIndex = 0
    var row: [CellDraft]?
    var rowLocation = Location.unknown
    var gridColumn = 0
    var coverage: [Int: Coverage] = [:]
    var cell: CellDraft?
    /// Grid column where the open cell starts (its coverage entry, when it has a rowspan).
    var cellColumn = 0
    /// Rows of a nested table, kept until the table ends.
    var rows: [TableRow] = []

    /// Empty continuation cells for the grid columns at the cursor that a rowspan above covers.
    mutating func fillCovered() {
        guard row != nil else { return }
        while let covered = coverage[gridColumn], covered.lastRow != rowIndex {
            var continuation = CellDraft(location: covered.location)
            continuation.isContinuation = true
            continuation.span = covered.span
            row!.append(continuation)
            use(column: gridColumn)
            gridColumn += covered.span
        }
    }

    /// Continuation cells for covered columns after the row's last real cell, and the count
    /// down of every rowspan this row passed.
    mutating func closeRowCoverage() {
        for column in coverage.keys.sorted() where column >= gridColumn {
            guard let covered = coverage[column], covered.lastRow != rowIndex else { continue }
            var continuation = CellDraft(location: covered.location)
            continuation.isContinuation = true
            continuation.span = covered.span
            row?.append(continuation)
        }
        for column in Array(coverage.keys) where coverage[column]?.lastRow != rowIndex {
            use(column: column)
        }
    }

    private mutating func use(column: Int) {
        guard var covered = coverage[column] else { return }
        covered.remaining -= 1
        covered.lastRow = rowIndex
        coverage[column] = covered.remaining > 0 ? covered : nil
    }

    /// Registers the open cell's rowspan (`rows` > 1) from its grid column.
    mutating func cover(rows: Int, span: Int, location: Location) {
        guard rows > 1 else { return }
        coverage[cellColumn] = Coverage(remaining: rows - 1, span: span, location: location, lastRow: rowIndex)
    }
}
