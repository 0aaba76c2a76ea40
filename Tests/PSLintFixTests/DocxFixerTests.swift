import Foundation
import PSLintCore
import Testing
import ZIPFoundation
@testable import PSLintFix

/// The .docx fixer against Fixtures/fix/docx/cards.docx (made by make-docx-fixtures.py with
/// python-docx; the expected texts were computed there with lxml).
@Suite struct DocxFixerTests {
    static func entries(_ package: [UInt8]) throws -> [(path: String, compressed: Bool, bytes: [UInt8])] {
        let archive = try Archive(data: Data(package), accessMode: .read, pathEncoding: nil)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return (entry.path, entry.isCompressed, [UInt8](data))
        }
    }

    /// The XML with every `w:t` element's content removed: equal before and after a fix means
    /// nothing outside character data changed.
    static func withoutTextContent(_ xml: [UInt8]) -> String {
        String(decoding: xml, as: UTF8.self).replacing(/<w:t( [^>]*)?>[^<]*<\/w:t>/, with: "<w:t/>")
    }

    /// The XML without ASCII digits (digits written as character references count as digits).
    static func withoutDigits(_ xml: [UInt8]) -> [UInt8] {
        let text = String(decoding: xml, as: UTF8.self).replacing(/&#x3([0-9]);/) { String($0.1) }
        return Array(text.utf8).filter { !($0 >= 0x30 && $0 <= 0x39) }
    }

    @Test func renumbersAndChangesNothingElse() throws {
        let original = try Support.bytes("docx/cards.docx")
        let edits = try Support.docxEdits()
        let outcome = try DocxFixer.apply(edits, to: original)
        #expect(outcome.refused.map(\.description) == [])
        #expect(outcome.applied.count == edits.count)

        let before = try DocxFixerTests.entries(original)
        let after = try DocxFixerTests.entries(outcome.bytes)
        // Same entries, same order, same compression method; every part but document.xml byte-identical.
        #expect(after.map(\.path) == before.map(\.path))
        #expect(after.map(\.compressed) == before.map(\.compressed))
        for (old, new) in zip(before, after) where old.path != "word/document.xml" {
            #expect(old.bytes == new.bytes, "\(old.path) changed")
        }
        let oldXML = try #require(before.first { $0.path == "word/document.xml" }).bytes
        let newXML = try #require(after.first { $0.path == "word/document.xml" }).bytes
        #expect(oldXML != newXML)
        // Outside w:t contents nothing changed; inside them, only digits did.
        #expect(DocxFixerTests.withoutTextContent(oldXML) == DocxFixerTests.withoutTextContent(newXML))
        #expect(Support.firstDifference(DocxFixerTests.withoutDigits(oldXML), DocxFixerTests.withoutDigits(newXML)) == nil)
        // And the paragraphs read as the fixture generator computed.
        let expected = try Support.docxExpectedTexts()
        let paragraphs = try WordParagraphs(xml: newXML)
        let texts = newXML.withUnsafeBufferPointer { b in
            (1...paragraphs.paragraphs.count).map { String(decoding: paragraphs.text(ofParagraph: $0, xml: b).text, as: UTF8.self) }
        }
        #expect(texts == expected.after)
    }

    @Test func aNumberSplitAcrossRunsGoesIntoTheFirstRun() throws {
        let original = try Support.bytes("docx/cards.docx")
        let xml = String(decoding: try DocxFixer.documentXML(of: original), as: UTF8.self)
        // The fixture splits «15» into a bold run «1» and a run «5. Карточка…».
        #expect(xml.contains("<w:t>1</w:t></w:r><w:r><w:t>5. Карточка"))
        let edit = TextEdit(location: Location(word: WordLocation(paragraph: 8)), oldText: "15", newText: "11")
        let fixed = String(decoding: try DocxFixer.documentXML(of: try DocxFixer.apply([edit], to: original).bytes), as: UTF8.self)
        #expect(fixed.contains("<w:t>11</w:t></w:r><w:r><w:t>. Карточка"))
        #expect(fixed.utf8.count == xml.utf8.count)
    }

    @Test func characterReferencesAndTrackedChangesAreHandled() throws {
        let original = try Support.bytes("docx/cards.docx")
        let xml = String(decoding: try DocxFixer.documentXML(of: original), as: UTF8.self)
        #expect(xml.contains("<w:t>&#x31;8. Наименование"))
        #expect(xml.contains("<w:delText>12</w:delText>"))
        let edits = [
            TextEdit(location: Location(word: WordLocation(paragraph: 12)), oldText: "18", newText: "13"),
            TextEdit(location: Location(word: WordLocation(paragraph: 10)), oldText: "17", newText: "12"),
        ]
        let fixed = String(decoding: try DocxFixer.documentXML(of: try DocxFixer.apply(edits, to: original).bytes), as: UTF8.self)
        #expect(fixed.contains("<w:t>13. Наименование"))
        // The deleted «12» stays deleted text; the inserted «17» became «12».
        #expect(fixed.contains("<w:delText>12</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"pslint\" w:date=\"2026-01-01T00:00:00Z\"><w:r><w:t>12</w:t>"))
    }

    @Test func onlyTheWholeNumberChanges() throws {
        let original = try Support.bytes("docx/cards.docx")
        let edit = TextEdit(location: Location(word: WordLocation(paragraph: 14)), oldText: "2", newText: "1")
        let fixed = String(decoding: try DocxFixer.documentXML(of: try DocxFixer.apply([edit], to: original).bytes), as: UTF8.self)
        #expect(fixed.contains("версия 1, 2025 г."))
    }

    @Test func aSecondRunChangesNothing() throws {
        let original = try Support.bytes("docx/cards.docx")
        let edits = try Support.docxEdits()
        let once = try DocxFixer.apply(edits, to: original)
        let twice = try DocxFixer.apply(edits, to: once.bytes)
        #expect(twice.applied.isEmpty)
        #expect(twice.bytes == once.bytes)
        // «2» → «1» finds nothing; every other old number is gone too.
        #expect(twice.refused.count == edits.count)
    }

    @Test func staleAndConflictingEditsAreRefused() throws {
        let original = try Support.bytes("docx/cards.docx")
        let edits = [
            TextEdit(location: Location(word: WordLocation(paragraph: 7)), oldText: "15", newText: "11"),
            TextEdit(location: Location(word: WordLocation(paragraph: 99)), oldText: "15", newText: "11"),
            TextEdit(location: Location(line: 8, column: 1), oldText: "15", newText: "11"),
            TextEdit(location: Location(word: WordLocation(paragraph: 8)), oldText: "15", newText: "11"),
            TextEdit(location: Location(word: WordLocation(paragraph: 8)), oldText: "15", newText: "12"),
            TextEdit(location: Location(word: WordLocation(paragraph: 8)), oldText: "15", newText: "11"),
        ]
        let outcome = try DocxFixer.apply(edits, to: original)
        #expect(outcome.applied.count == 1)
        #expect(outcome.refused.map(\.reason) == [
            "«15» is not in paragraph 7 («10. Карточка профессии \"Сетевой администратор\":»; the file changed since it was checked?)",
            "paragraph 99 does not exist (the document has 14)",
            "the edit names no Word paragraph",
            "overlaps the edit «15» → «11» in paragraph 8",
        ])
    }

    @Test func theReadersViewGuardsEveryEdit() throws {
        let original = try Support.bytes("docx/cards.docx")
        let edits = [
            TextEdit(location: Location(word: WordLocation(paragraph: 8)), oldText: "15", newText: "11"),
            TextEdit(location: Location(word: WordLocation(paragraph: 12)), oldText: "18", newText: "13"),
            TextEdit(location: Location(word: WordLocation(paragraph: 14)), oldText: "19", newText: "14"),
        ]
        let reader: [Int: ReaderParagraph] = [
            8: ReaderParagraph(text: "15. Карточка профессии \"Сетевой администратор\":"),
            // Word numbers this paragraph automatically: «18. » is not typed text.
            12: ReaderParagraph(text: "18. 18. Наименование государственного органа:", autoNumberLength: 4),
            // The reader shows other numbers than the editor finds: indices disagree.
            14: ReaderParagraph(text: "20. Дата ориентировочного пересмотра: 05.12.2028 г."),
        ]
        let outcome = try DocxFixer.apply(edits, to: original, reader: reader)
        #expect(outcome.applied.map(\.oldText) == ["15"])
        #expect(outcome.refused.map(\.reason) == [
            "paragraph 12 is numbered automatically by Word: its number is not typed text",
            "paragraph 14 reads differently from what the Word reader showed; not changed",
        ])
    }

    @Test(.enabled(if: Support.pythonDocxAvailable))
    func theFixedPackageOpensInPythonDocx() throws {
        let folder = try Support.temporaryFolder()
        defer { Support.cleanUp(folder) }
        let outcome = try DocxFixer.apply(try Support.docxEdits(), to: try Support.bytes("docx/cards.docx"))
        let path = folder.appendingPathComponent("fixed.docx")
        try Support.write(outcome.bytes, to: path)
        let (status, output) = try Support.checkDocxOpens(path.path, expecting: [
            "11. Карточка профессии", "13. Наименование государственного органа", "14. Номер версии и год выпуска: версия 1, 2025 г.",
        ])
        #expect(status == 0, "\(output)")
        #expect(output.contains("ok python-docx"))
    }

    @Test func diffShowsTheChangedParagraphs() throws {
        let outcome = try DocxFixer.apply([TextEdit(location: Location(word: WordLocation(paragraph: 8)), oldText: "15", newText: "11")],
                                          to: try Support.bytes("docx/cards.docx"), wantDiff: true)
        let lines = try #require(outcome.diffLines)
        let diff = UnifiedDiff.render(lines, oldLabel: "a/cards.docx", newLabel: "b/cards.docx")
        #expect(diff == """
        --- a/cards.docx
        +++ b/cards.docx
        @@ -5,7 +5,7 @@
         [5] Уровень квалификации по ОРК:
         [6] 6
         [7] 10. Карточка профессии "Сетевой администратор":
        -[8] 15. Карточка профессии "Сетевой администратор":
        +[8] 11. Карточка профессии "Сетевой администратор":
         [9] Навык 1:\tАнализ сетей & <протоколов>
         [10] 17. Карточка профессии "Системный инженер":
         [11] Глава 4. Технические данные профессионального стандарта

        """)
    }
}
