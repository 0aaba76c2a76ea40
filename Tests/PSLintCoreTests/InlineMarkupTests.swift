import Foundation
import Testing
@testable import PSLintCore

/// The full inline normalisation copies whole stretches of words at once; it must give the same
/// paragraphs (text and runs) as copying one word at a time, the way it was first written.
@Suite("Inline normalisation")
struct InlineMarkupTests {
    /// The word-by-word normalisation: a word is copied up to the next space, TAB or byte that may
    /// start markup, and a letter-spaced run is looked for at every word start.
    static func wordByWord(_ text: String) -> [SourceText] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { b in
            var builder = InlineMarkup.Builder()
            var out: [SourceText] = []
            let end = b.count
            var i = 0, col = 1
            while i < end {
                switch b[i] {
                case 0x3C:
                    if let (tagEnd, breaks) = InlineMarkup.tag(b, at: i, end: end) {
                        if breaks { builder.finish(into: &out) }
                        col += tagEnd - i; i = tagEnd; builder.needRun = true
                        continue
                    }
                case 0x26:
                    if let (entityEnd, scalar) = InlineMarkup.entity(b, at: i, end: end) {
                        builder.emit(scalar: scalar, line: 1, column: col)
                        col += entityEnd - i; i = entityEnd; builder.needRun = true
                        continue
                    }
                case 0x2A:
                    if i + 1 < end, b[i + 1] == 0x2A { i += 2; col += 2; builder.needRun = true; continue }
                case 0xC2:
                    if i + 1 < end, b[i + 1] == 0xA0 { builder.emit(byte: 0x20, at: nil, line: 1, column: col); i += 2; col += 1; continue }
                case 0x20, 0x09:
                    builder.emit(byte: b[i], at: i, line: 1, column: col); i += 1; col += 1
                    continue
                default:
                    break
                }
                if builder.atWordStart, let runEnd = InlineMarkup.letterSpacedRun(b, at: i, end: end) {
                    var j = i
                    while j < runEnd {
                        if b[j] == 0x20 { j += 1; col += 1; builder.needRun = true; continue }
                        let length = UTF8Bytes.scalarLength(b[j])
                        builder.emit(b, j..<(j + length), line: 1, column: col)
                        j += length; col += 1
                    }
                    i = runEnd
                    continue
                }
                var j = i + 1, codePoints = 1
                while j < end, ![0x20, 0x09, 0x3C, 0x26, 0x2A, 0xC2].contains(b[j]) {
                    if b[j] & 0xC0 != 0x80 { codePoints += 1 }
                    j += 1
                }
                builder.emit(b, i..<j, line: 1, column: col)
                col += codePoints; i = j
            }
            builder.finish(into: &out)
            return out
        }
    }

    static func normalised(_ text: String) -> [SourceText] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { b in
            var out: [SourceText] = []
            InlineMarkup.paragraphs(b, start: 0, end: b.count, line: 1, column: 1, into: &out)
            return out
        }
    }

    static func agree(_ text: String) -> Bool {
        let expected = wordByWord(text), actual = normalised(text)
        return expected.map(\.text) == actual.map(\.text) && expected.map(\.runs) == actual.map(\.runs)
    }

    @Test func stretchesEndWhereAWordByWordCopyWouldLook() {
        let pieces = ["Анализ", "x", " ", "  ", "\t", "<p>", "</li>", "<b>", "<x", "&amp;", "&zz;", "**", "*", "\u{A0}", "«", "»",
                      "а б в г", " и б а з о в о е", "1.", "Қазақстан", "т.е.", "A B C"]
        for first in pieces {
            for second in pieces {
                for third in ["", " конец", "д е ж", "<br>"] {
                    let text = first + second + " слово " + second + first + third
                    #expect(InlineMarkupTests.agree(text), "\(text)")
                }
            }
        }
        #expect(InlineMarkupTests.normalised("Р а з р а б о т к а  <b>проекта</b>&nbsp;и т.д.").map(\.text) == ["Разработка  проекта и т.д."])
    }

    @Test(.enabled(if: Corpus.available, "the corpus is not on this machine"))
    func everyCorpusCellAgrees() throws {
        let cells = try Corpus.cells()
        for (file, cell) in cells where !InlineMarkupTests.agree(cell) {
            Issue.record("\(file): \(cell.prefix(60))")
            return
        }
        #expect(cells.count > 30_000)
    }
}
