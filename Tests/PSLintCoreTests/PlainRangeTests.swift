import Foundation
import Testing
@testable import PSLintCore

/// The fast path of the inline normalisation skips eight bytes at a time; it must decide exactly
/// as a byte-by-byte scan does.
@Suite("Plain-segment fast path")
struct PlainRangeTests {
    /// The byte-by-byte decision: nil when the segment needs the full normalisation, else its trimmed range.
    static func reference(_ b: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Range<Int>? {
        var lower = start
        while lower < end, b[lower] == 0x20 || b[lower] == 0x09 { lower += 1 }
        guard lower < end else { return lower..<lower }
        if InlineMarkup.letterSpacedRun(b, at: lower, end: end) != nil { return nil }
        var i = lower, upper = lower
        while i < end {
            switch b[i] {
            case 0x3C, 0x26, 0x2A, 0xC2: return nil
            case 0x20, 0x09:
                i += 1
                if i < end, InlineMarkup.letterSpacedRun(b, at: i, end: end) != nil { return nil }
            default:
                i += 1
                upper = i
            }
        }
        return lower..<upper
    }

    static func agree(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { b in
            (0...min(3, b.count)).allSatisfy { start in
                InlineMarkup.plainRange(b, start: start, end: b.count) == reference(b, start: start, end: b.count)
            }
        }
    }

    @Test func specialBytesAtEveryPositionOfAWord() {
        for special in ["<p>", "&amp;", "**", "\u{A0}", " ", "\t", "а б в г"] {
            for position in 0...17 {
                let text = String(repeating: "х", count: position / 2) + String(repeating: "x", count: position % 2) + special + "Қазақстан"
                #expect(PlainRangeTests.agree(text), "\(special) after \(position) bytes")
                #expect(PlainRangeTests.agree("   " + text + "  \t"), "\(special) after \(position) bytes, padded")
            }
        }
        #expect(PlainRangeTests.agree(""))
        #expect(PlainRangeTests.agree("        "))
        #expect(PlainRangeTests.agree("Ж"))
    }

    @Test(.enabled(if: Corpus.available, "the corpus is not on this machine"))
    func everyCorpusLineAgrees() throws {
        let cells = try Corpus.cells()
        for (file, cell) in cells where !PlainRangeTests.agree(cell) {
            Issue.record("\(file): \(cell.prefix(60))")
            return
        }
        #expect(cells.count > 30_000)
    }
}
