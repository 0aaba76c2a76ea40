/// A paragraph of the source document with where it sits in its block: the parser's unit.
struct Piece {
    var text: SourceText
    /// Index of the block in the document.
    var block: Int
    /// Cell index in its row (0-based), nil for a paragraph block.
    var cell: Int?
    /// Index of the paragraph inside its cell.
    var paragraphInCell: Int

    var isParagraphBlock: Bool { cell == nil }
    /// The first paragraph of a paragraph block, or of the first non-empty cell of a row.
    var startsBlock: Bool

    static func flatten(_ blocks: [Block]) -> [Piece] {
        var pieces: [Piece] = []
        pieces.reserveCapacity(blocks.count * 2)
        for (index, block) in blocks.enumerated() {
            switch block {
            case .paragraph(let text):
                pieces.append(Piece(text: text, block: index, cell: nil, paragraphInCell: 0, startsBlock: true))
            case .row(let row):
                var first = true
                for (cellIndex, cell) in row.cells.enumerated() {
                    for (p, text) in cell.paragraphs.enumerated() where !text.isBlank {
                        pieces.append(Piece(text: text, block: index, cell: cellIndex, paragraphInCell: p, startsBlock: first))
                        first = false
                    }
                }
            }
        }
        return pieces
    }
}

/// Small byte-level helpers on paragraph texts.
enum TextScan {
    /// `N.` or `N)` at the start (after `-`/`*` list marks): the number text, its UTF-8 range,
    /// and the offset where the rest begins. `terminator` is "." or ")".
    static func leadingNumber(_ text: String, terminator: UInt8) -> (number: String, range: Range<Int>, rest: Int)? {
        let b = Array(text.utf8)
        var i = 0
        while i < b.count, b[i] == 0x20 || b[i] == 0x2D || b[i] == 0x2A || b[i] == 0x09 { i += 1 }
        let start = i
        while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        guard i > start, i - start <= 3 else { return nil }
        let end = i
        while i < b.count, b[i] == 0x20 { i += 1 }
        guard i < b.count, b[i] == terminator else { return nil }
        i += 1
        // "62.01" is a code, not a number: a dot must be followed by space or end
        if terminator == 0x2E, i < b.count, b[i] != 0x20, b[i] != 0x09 { return nil }
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        return (String(decoding: b[start..<end], as: UTF8.self), start..<end, i)
    }

    /// Whether the text is an ORK level token: `6`, `6.`, `5-6`, `5 - 6`, `-`.
    static func isLevelToken(_ text: String) -> Bool {
        let t = text.trimmingWhitespace
        if t == "-" || t == "–" { return true }
        var digits = 0, dashes = 0
        for scalar in t.unicodeScalars {
            if ("0"..."9").contains(scalar) { digits += 1; continue }
            if scalar == "-" || scalar == "–" || scalar == "—" { dashes += 1; continue }
            if scalar == " " || scalar == "." || scalar == "," { continue }
            return false
        }
        return digits >= 1 && digits <= 4 && dashes <= 1
    }

    static func utf8Slice(_ text: String, _ range: Range<Int>) -> String {
        let b = Array(text.utf8)
        let lower = max(0, min(range.lowerBound, b.count)), upper = max(lower, min(range.upperBound, b.count))
        return String(decoding: b[lower..<upper], as: UTF8.self)
    }
}
