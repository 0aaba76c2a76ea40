import PSLintCore

/// Where a location sits, for ordering and for telling table rows apart.
extension Location {
    /// Document order as `Location`'s `<` sees it; nil when the location has no position.
    struct DocumentPosition: Comparable, Sendable {
        var major: Int
        var minor: Int
        static func < (lhs: DocumentPosition, rhs: DocumentPosition) -> Bool { (lhs.major, lhs.minor) < (rhs.major, rhs.minor) }
    }

    var documentPosition: DocumentPosition? {
        guard let major = word?.paragraph ?? line else { return nil }
        return DocumentPosition(major: major, minor: column ?? 0)
    }

    /// The table row a location sits in: Word's table and row, else the text line (one row a
    /// line in the text layouts).
    var tableRow: String? {
        if let word, let table = word.table, let row = word.row { return "t\(table)r\(row)" }
        return line.map { "l\($0)" }
    }
}
