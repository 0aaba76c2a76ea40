import Foundation
import PSLintCore
import PSLintOffice
import Testing
@testable import PSLintFix

/// The fixer finds a paragraph by the index the Word reader gave it: both must count the same
/// paragraphs and see the same numbers in them. Checked on every .docx fixture in the project.
@Suite struct ReaderAlignmentTests {
    static func docxFixtures() -> [String] {
        let root = Support.root.appendingPathComponent("Fixtures")
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".docx") }.sorted()
    }

    @Test func thereAreFixturesToCompare() {
        #expect(ReaderAlignmentTests.docxFixtures().contains("fix/docx/cards.docx"))
    }

    @Test(arguments: docxFixtures())
    func everyParagraphTheReaderShowsHasTheSameNumbers(fixture: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Support.root.appendingPathComponent("Fixtures/\(fixture)")))
        let document: SourceDocument
        do {
            document = try DocxReader().read(bytes: bytes, path: fixture, options: ReadOptions())
        } catch {
            return   // a hostile fixture the reader refuses: nothing to align
        }
        let reader = ReaderParagraph.paragraphs(of: document)
        let xml = try DocxFixer.documentXML(of: bytes)
        let scanned = try WordParagraphs(xml: xml)
        #expect(!reader.isEmpty)
        try xml.withUnsafeBufferPointer { b in
            for (index, shown) in reader.sorted(by: { $0.key < $1.key }) {
                try #require(index <= scanned.paragraphs.count, "paragraph \(index) of \(fixture) is beyond the scanner's \(scanned.paragraphs.count)")
                let text = scanned.text(ofParagraph: index, xml: b).text
                let typed = Array(shown.text.utf8).dropFirst(shown.autoNumberLength)
                #expect(NumberToken.tokens(typed) == NumberToken.tokens(text),
                        "\(fixture) paragraph \(index): reader «\(shown.text)», fixer «\(String(decoding: text, as: UTF8.self))»")
            }
        }
    }

    /// Renumbers the first number of every paragraph that has one, then reads the result with
    /// the Word reader: exactly those numbers changed, every other paragraph reads as before.
    @Test(arguments: docxFixtures())
    func everyNumberCanBeRenumberedAndReadsBackAsIntended(fixture: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Support.root.appendingPathComponent("Fixtures/\(fixture)")))
        guard let document = try? DocxReader().read(bytes: bytes, path: fixture, options: ReadOptions()) else { return }
        let before = ReaderParagraph.paragraphs(of: document)
        var edits: [TextEdit] = []
        var expected = before
        for (index, shown) in before {
            let typed = Array(shown.text.utf8).dropFirst(shown.autoNumberLength)
            guard let number = NumberToken.tokens(typed).first else { continue }
            let new = Array("7".utf8) + number
            edits.append(TextEdit(location: Location(word: WordLocation(paragraph: index)), oldText: String(decoding: number, as: UTF8.self),
                                  newText: String(decoding: new, as: UTF8.self)))
            var text = Array(shown.text.utf8)
            let range = try #require(NumberToken.firstOccurrence(of: number, in: text, from: shown.autoNumberLength))
            text.replaceSubrange(range, with: new)
            expected[index]?.text = String(decoding: text, as: UTF8.self)
        }
        #expect(edits.count >= 5)
        let outcome = try DocxFixer.apply(edits, to: bytes, reader: before)
        #expect(outcome.refused.map(\.description) == [])
        #expect(outcome.applied.count == edits.count)
        let after = ReaderParagraph.paragraphs(of: try DocxReader().read(bytes: outcome.bytes, path: fixture, options: ReadOptions()))
        #expect(after.count == expected.count)
        for (index, paragraph) in expected {
            #expect(after[index]?.text == paragraph.text, "\(fixture) paragraph \(index)")
        }
    }

    @Test func theFixerUsesTheReaderOnItsOwn() throws {
        // Through the public entry point the reader's view is taken from the file itself.
        let folder = try Support.temporaryFolder()
        defer { Support.cleanUp(folder) }
        let file = folder.appendingPathComponent("cards.docx")
        let original = try Support.bytes("docx/cards.docx")
        try Support.write(original, to: file)
        // Paragraph 13 is auto-numbered ("1." from the List Number style): its typed text has no number.
        let edits = [TextEdit(location: Location(word: WordLocation(paragraph: 13)), oldText: "1", newText: "2")]
        let result = Fixer.apply(diagnostics: [Support.diagnostic(edits)], to: file.path, original: original, format: .docx,
                                 options: FixOptions(dryRun: true))
        #expect(result.editsApplied == 0)
        #expect(result.editsRefused.count == 1)
        #expect(result.editsRefused.first?.contains("paragraph 13") == true)
    }
}
