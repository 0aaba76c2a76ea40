/// A paragraph of the source document with where it sits in its block: the parser's unit.
struct Piece: Sendable {
    var text: SourceText
    /// Index of the block in the document.
    var block: Int
    /// Cell index in its row (0-based), nil for a paragraph block.
    var cell: Int?
    /// Index of the paragraph inside its cell.
    var paragraphInCell: Int
    /// The first paragraph of a paragraph block, or of the first non-empty cell of a row.
    var startsBlock: Bool

    var isParagraphBlock: Bool { cell == nil }

    static func flatten(_ blocks: [Block]) -> [Piece] {
        var pieces: [Piece] = []
        // room for every paragraph (blank ones are left out), so that the array never grows
        pieces.reserveCapacity(blocks.reduce(0) { count, block in
            switch block {
            case .paragraph: return count + 1
            case .row(let row): return row.cells.reduce(count) { $0 + $1.paragraphs.count }
            }
        })
        for (index, block) in blocks.enumerated() { append(block, index: index, to: &pieces) }
        return pieces
    }

    /// Appends the pieces of `block`, the document's block number `index`.
    static func append(_ block: Block, index: Int, to pieces: inout [Piece]) {
        switch block {
        case .paragraph(let text):
            pieces.append(Piece(text: text, block: index, cell: nil, paragraphInCell: 0, startsBlock: true))
        case .row(let row):
            var first = true
            // (index loops: the enumerated pairs of cells cost more than the pieces themselves)
            for cellIndex in row.cells.indices {
                let paragraphs = row.cells[cellIndex].paragraphs
                for p in paragraphs.indices where !paragraphs[p].isBlank {
                    pieces.append(Piece(text: paragraphs[p], block: index, cell: cellIndex, paragraphInCell: p, startsBlock: first))
                    first = false
                }
            }
        }
    }
}

/// Small byte-level scans of paragraph texts.
enum TextScan {
    /// `N.` or `N)` at the start (after `-`/`*` list marks): the UTF-8 range of the number, and the
    /// offset where the rest begins. `terminator` is "." or ")".
    static func leadingNumber(_ b: UnsafeBufferPointer<UInt8>, terminator: UInt8, from: Int = 0) -> (range: Range<Int>, rest: Int)? {
        var i = from
        while i < b.count, b[i] == 0x20 || b[i] == 0x2D || b[i] == 0x2A || b[i] == 0x09 { i += 1 }
        let start = i
        while i < b.count, UTF8Bytes.isDigit(b[i]) { i += 1 }
        guard i > start, i - start <= 3 else { return nil }
        let end = i
        while i < b.count, b[i] == 0x20 { i += 1 }
        guard i < b.count, b[i] == terminator else { return nil }
        i += 1
        // "62.01" is a code, not a number: a dot must be followed by space or end
        if terminator == 0x2E, i < b.count, b[i] != 0x20, b[i] != 0x09 { return nil }
        while i < b.count, UTF8Bytes.isBlank(b[i]) { i += 1 }
        return (start..<end, i)
    }

    /// The same with the number's text.
    static func leadingNumber(_ text: String, terminator: UInt8) -> (number: String, range: Range<Int>, rest: Int)? {
        UTF8Bytes.with(text) { b in leadingNumber(b, terminator: terminator).map { (UTF8Bytes.string(b, $0.range), $0.range, $0.rest) } }
    }

    /// Whether the text is an ORK level token: `6`, `6.`, `5-6`, `5 - 6`, `-`.
    static func isLevelToken(_ text: String) -> Bool {
        UTF8Bytes.with(text) { b in
            let r = UTF8Bytes.trimmed(b, 0..<b.count)
            if r.count == 1, b[r.lowerBound] == 0x2D { return true }
            var digits = 0, dashes = 0
            var i = r.lowerBound
            while i < r.upperBound {
                let (v, length) = UTF8Bytes.scalar(b, at: i)
                i += length
                switch v {
                case 0x30...0x39: digits += 1
                case 0x2D, 0x2013, 0x2014: dashes += 1
                case 0x20, 0x2E, 0x2C: continue
                default: return false
                }
            }
            if r.count == 3, dashes == 1, digits == 0 { return true }  // "–"
            return digits >= 1 && digits <= 4 && dashes <= 1
        }
    }

    static func utf8Slice(_ text: String, _ range: Range<Int>) -> String {
        UTF8Bytes.with(text) { b in
            let lower = max(0, min(range.lowerBound, b.count)), upper = max(lower, min(range.upperBound, b.count))
            return UTF8Bytes.string(b, lower..<upper)
        }
    }
}
