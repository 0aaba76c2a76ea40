import Foundation
import PSLintCore
import Testing
@testable import PSLintFix

/// The text fixer against the fixtures of Fixtures/fix/make-text-fixtures.py: a real excerpt of
/// 004 in nine encodings and line-ending styles, with the expected bytes made by Python.
@Suite struct TextFixerTests {
    @Test(arguments: Support.textVariants)
    func renumbersEveryVariantByteForByte(variant: String) throws {
        let original = try Support.bytes("text/\(variant).txt")
        let expected = try Support.bytes("text/\(variant).fixed.txt")
        let edits = try Support.textEdits()
        #expect(original != expected)
        let outcome = try TextFixer.apply(edits, to: original)
        #expect(outcome.refused.map(\.description) == [])
        #expect(outcome.applied.count == edits.count)
        #expect(Support.firstDifference(outcome.bytes, expected) == nil)
    }

    @Test(arguments: Support.textVariants)
    func secondRunChangesNothing(variant: String) throws {
        let fixed = try Support.bytes("text/\(variant).fixed.txt")
        let edits = try Support.textEdits()
        let outcome = try TextFixer.apply(edits, to: fixed)
        #expect(outcome.applied.isEmpty)
        #expect(outcome.refused.count == edits.count)
        #expect(Support.firstDifference(outcome.bytes, fixed) == nil)
    }

    /// The reader's own locations (line, code-point column; BOM not counted) are what the
    /// fixer expects, in every encoding and line-ending style.
    @Test(arguments: Support.textVariants)
    func locationsFromTheTextReaderAreAccepted(variant: String) throws {
        let original = try Support.bytes("text/\(variant).txt")
        let document = try TextReader().read(bytes: original, path: "\(variant).txt", options: ReadOptions())
        var edits: [TextEdit] = []
        for text in document.blocks.flatMap(\.paragraphs) {
            guard let range = text.text.range(of: "15. Карточка") else { continue }
            let number = range.lowerBound..<text.text.index(range.lowerBound, offsetBy: 2)
            edits.append(TextEdit(location: text.location(of: number), oldText: "15", newText: "13"))
        }
        #expect(edits.count == 1)
        let outcome = try TextFixer.apply(edits, to: original)
        #expect(outcome.refused.map(\.description) == [])
        let decoded = try TextDecoding.decode(outcome.bytes).utf8
        #expect(String(decoding: decoded, as: UTF8.self).contains("\n13. Карточка профессии \"Сетевой администратор\"")
                || String(decoding: decoded, as: UTF8.self).contains("\r13. Карточка профессии \"Сетевой администратор\""))
    }

    @Test func refusesAStaleEditAndAppliesTheOthers() throws {
        var text = String(decoding: try Support.bytes("text/crlf.txt"), as: UTF8.self)
        // Someone edited the file after it was checked: card «15» became «16».
        text = text.replacingOccurrences(of: "15. Карточка", with: "16. Карточка")
        let edits = try Support.textEdits()
        let outcome = try TextFixer.apply(edits, to: Array(text.utf8))
        #expect(outcome.applied.count == edits.count - 1)
        #expect(outcome.refused.count == 1)
        let refusal = try #require(outcome.refused.first)
        #expect(refusal.edit.oldText == "15")
        #expect(refusal.description == "28:1: «15» → «13» not applied: found «16» where «15» was expected (the file changed since it was checked?)")
        #expect(String(decoding: outcome.bytes, as: UTF8.self).contains("16. Карточка"))
    }

    @Test func overlappingEditsKeepTheFirstAndDuplicatesApplyOnce() throws {
        let original = Array("9. А\n15. Б\n".utf8)
        let at = Location(line: 2, column: 1)
        let edits = [
            TextEdit(location: at, oldText: "15", newText: "10"),
            TextEdit(location: at, oldText: "15", newText: "10"),
            TextEdit(location: at, oldText: "15", newText: "11"),
            TextEdit(location: Location(line: 2, column: 2), oldText: "5", newText: "6"),
        ]
        let outcome = try TextFixer.apply(edits, to: original)
        #expect(outcome.bytes == Array("9. А\n10. Б\n".utf8))
        #expect(outcome.applied.count == 1)
        #expect(outcome.refused.count == 2)
        #expect(outcome.refused.allSatisfy { $0.reason.hasPrefix("overlaps the edit «15» → «10»") })
    }

    @Test func theEditGivenFirstWinsWhereverItSits() throws {
        let original = Array("15. А\n16. Б\n".utf8)
        let edits = [
            TextEdit(location: Location(line: 2, column: 1), oldText: "16", newText: "11"),
            TextEdit(location: Location(line: 1, column: 2), oldText: "5", newText: "6"),
            TextEdit(location: Location(line: 1, column: 1), oldText: "15", newText: "10"),
            TextEdit(location: Location(line: 2, column: 1), oldText: "1", newText: "2"),
        ]
        let outcome = try TextFixer.apply(edits, to: original)
        #expect(outcome.bytes == Array("16. А\n11. Б\n".utf8))
        #expect(outcome.applied == [edits[0], edits[1]])
        #expect(outcome.refused.map(\.edit) == [edits[2], edits[3]])
        #expect(outcome.refused.map(\.reason) == ["overlaps the edit «5» → «6» at 1:2", "overlaps the edit «16» → «11» at 2:1"])
    }

    @Test func refusesLocationsOutsideTheFile() throws {
        let original = Array("9. А\r\n10. Б".utf8)
        let edits = [
            TextEdit(location: Location(line: 3, column: 1), oldText: "10", newText: "11"),
            TextEdit(location: Location(line: 1, column: 9), oldText: "9", newText: "8"),
            TextEdit(location: Location(snippet: "9"), oldText: "9", newText: "8"),
            TextEdit(location: Location(line: 1, column: 1), oldText: "", newText: "8"),
        ]
        let outcome = try TextFixer.apply(edits, to: original)
        #expect(outcome.bytes == original)
        #expect(outcome.refused.map(\.reason) == [
            "line 3 does not exist (the file has 2)",
            "line 1 is shorter than 9 characters",
            "the edit has no line and column",
            "the edit replaces nothing (insertions are not supported)",
        ])
    }

    @Test func columnsCountCodePointsNotBytes() throws {
        // «ә» is 2 UTF-8 bytes, «😀» 4 UTF-8 bytes and a surrogate pair in UTF-16: each is 1 column.
        let line = "ә😀\t7) пункт"
        for (encoding, bom) in [(String.Encoding.utf8, [UInt8]()), (.utf16LittleEndian, [0xFF, 0xFE]), (.utf16BigEndian, [0xFE, 0xFF])] {
            let original = bom + [UInt8](line.data(using: encoding)!)
            let edit = TextEdit(location: Location(line: 1, column: 4), oldText: "7", newText: "5")
            let outcome = try TextFixer.apply([edit], to: original)
            #expect(outcome.refused.isEmpty)
            #expect(outcome.bytes == bom + [UInt8]("ә😀\t5) пункт".data(using: encoding)!))
        }
    }

    @Test func textThatCannotBeWrittenInWindows1251IsRefused() throws {
        let original: [UInt8] = [0xCF, 0xF3, 0xED, 0xEA, 0xF2, 0x20, 0x37]   // «Пункт 7» in Windows-1251
        let edits = [TextEdit(location: Location(line: 1, column: 7), oldText: "7", newText: "ә")]
        let outcome = try TextFixer.apply(edits, to: original)
        #expect(outcome.bytes == original)
        #expect(outcome.refused.first?.reason == "«ә» cannot be written in windows-1251")
        let cyrillic = try TextFixer.apply([TextEdit(location: Location(line: 1, column: 7), oldText: "7", newText: "Ж")], to: original)
        #expect(cyrillic.bytes == [0xCF, 0xF3, 0xED, 0xEA, 0xF2, 0x20, 0xC6])
    }

    @Test func undecodableInputIsAnError() throws {
        #expect(throws: FixError.self) { try TextFixer.apply([], to: [0xFF, 0xFE, 0x41]) }
        #expect(throws: FixError.self) { try Fixer.fixedText(original: [0xEF, 0xBB, 0xBF, 0xC3], edits: []) }
    }

    @Test func forcedEncodingIsHonoured() throws {
        // Bytes that are valid UTF-8 («Р7» as UTF-8) but were checked as Windows-1251 («Р 7»).
        let original: [UInt8] = [0xD0, 0xA0, 0x37]
        let edit = TextEdit(location: Location(line: 1, column: 3), oldText: "7", newText: "5")
        let asUTF8 = try TextFixer.apply([edit], to: original)
        #expect(asUTF8.refused.count == 1)
        let as1251 = try TextFixer.apply([edit], to: original, encoding: .windows1251)
        #expect(as1251.bytes == [0xD0, 0xA0, 0x35])
    }
}
