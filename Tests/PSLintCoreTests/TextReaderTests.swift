import Testing
@testable import PSLintCore

/// The text reader: encodings, line ends, normalisation that keeps the original positions,
/// layout detection, and one-line errors for what is not a text draft.
@Suite("Text reader")
struct TextReaderTests {
    static let sample = "Код группы:\t2511-1\nНаименование профессии:\tИнженер\n"

    func read(_ bytes: [UInt8], _ options: ReadOptions = ReadOptions()) throws -> SourceDocument {
        try TextReader().read(bytes: bytes, path: "t.txt", options: options)
    }

    func texts(_ document: SourceDocument) -> [String] { paragraphs(document).map(\.text) }

    @Test func utf8WithAndWithoutByteOrderMark() throws {
        let plain = try read(Array(Self.sample.utf8))
        let marked = try read([0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8))
        #expect(texts(plain) == ["Код группы:", "2511-1", "Наименование профессии:", "Инженер"])
        #expect(texts(marked) == texts(plain))
        #expect(paragraphs(marked).first?.startLocation().column == 1, "the byte-order mark is no column")
        #expect(plain.notices.isEmpty && marked.notices.isEmpty)
    }

    @Test func utf16WithByteOrderMark() throws {
        let units = Array(Self.sample.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(texts(try read(little)) == ["Код группы:", "2511-1", "Наименование профессии:", "Инженер"])
        #expect(texts(try read(big)) == texts(try read(little)))
        #expect(throws: InputError.self) { try read([0xFF, 0xFE, 0x41]) }
    }

    @Test func windows1251IsTheFallbackWithANotice() throws {
        // "Код группы:" in Windows-1251
        let cp1251: [UInt8] = [0xCA, 0xEE, 0xE4, 0x20, 0xE3, 0xF0, 0xF3, 0xEF, 0xEF, 0xFB, 0x3A, 0x09, 0x32, 0x0A]
        let document = try read(cp1251)
        #expect(texts(document) == ["Код группы:", "2"])
        #expect(document.notices == ["not valid UTF-8: read as Windows-1251 (use --encoding to choose another)"])
        // --encoding overrides the detection, and then no notice is given
        let forced = try read(cp1251, ReadOptions(encoding: .windows1251))
        #expect(texts(forced) == ["Код группы:", "2"] && forced.notices.isEmpty)
        #expect(throws: InputError("is not valid UTF-8")) { try read(cp1251, ReadOptions(encoding: .utf8)) }
        #expect(TextEncodingChoice(name: "CP1251") == .windows1251 && TextEncodingChoice(name: "utf8") == .utf8)
    }

    @Test func lineEndsAndTheMissingFinalNewline() throws {
        let lf = try read(Array("a\tb\nc\n".utf8))
        let crlf = try read(Array("a\tb\r\nc\r\n".utf8))
        let cr = try read(Array("a\tb\rc".utf8))
        let open = try read(Array("a\tb\nc".utf8))
        for document in [crlf, cr, open] {
            #expect(texts(document) == texts(lf))
            #expect(paragraphs(document).map { "\($0.startLocation().line!):\($0.startLocation().column!)" } == ["1:1", "1:3", "2:1"])
        }
    }

    @Test func nbspBecomesASpaceWithoutMovingColumns() throws {
        // L2 paragraph indentation `\u{A0} \u{A0} ` and an NBSP inside the text
        let document = try read(Array("\u{A0} \u{A0} 5. Код:\u{A0}J068\n".utf8), ReadOptions(layout: .l2))
        let paragraph = try #require(paragraphs(document).first)
        #expect(paragraph.text == "5. Код: J068")
        #expect(paragraph.startLocation().column == 5, "NBSP counts one column")
        let code = paragraph.field(("5. Код: ".utf8.count)..<paragraph.utf8Count, clause: "5")
        #expect(code.value == "J068" && code.at == "1:13")
        #expect(code.location.clause == "5")
    }

    @Test func columnsCountCodePointsAndTabsCountOne() throws {
        let document = try read(Array("Ә\tәб\t\u{1F600}x\n".utf8))
        guard case .row(let row) = try #require(document.blocks.first) else { Issue.record("a row"); return }
        #expect(row.cells.map { $0.location.column } == [1, 3, 6])
        #expect(row.cells[2].paragraphs.first?.text == "\u{1F600}x")
        let x = row.cells[2].paragraphs[0].field(4..<5, clause: nil)
        #expect(x.value == "x" && x.at == "1:7", "an emoji is one code point")
    }

    @Test func markdownBoldAndHeadingMarksVanish() throws {
        let document = try read(Array("## **Профессиональный стандарт: \"X\"**\n### Глава 1\n**Глава 2**\n".utf8))
        #expect(document.layout == .l3)
        #expect(texts(document) == ["Профессиональный стандарт: \"X\"", "Глава 1", "Глава 2"])
        #expect(paragraphs(document)[0].startLocation().column == 6)
    }

    @Test func layoutDetection() throws {
        #expect(try Fixture.document("P01ab-level-and-link-rows-lost.l2.txt").layout == .l2)
        #expect(try Fixture.document("P11-numbering-anomalies.l2.txt").layout == .l2, "NBSP-indented paragraphs, no table")
        #expect(try Fixture.document("P02a-function-label-rows-later.l3.txt").layout == .l3)
        #expect(try Fixture.document("P06-html-fragments-in-cells.l1.txt").layout == .l1)
        // --layout overrides
        #expect(try Fixture.document("P06-html-fragments-in-cells.l1.txt", options: ReadOptions(layout: .l3)).layout == .l3)
    }

    @Test func notATextDraft() {
        #expect(throws: InputError("is empty")) { try read([]) }
        #expect(throws: InputError("is not a text file: it looks like a PDF file")) { try read(Array("%PDF-1.7\n".utf8)) }
        #expect(throws: InputError("is not a text file: it looks like a ZIP archive")) {
            try read([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])
        }
        #expect(throws: InputError("is not a text file: it looks like binary data")) { try read([0x41, 0x00, 0x42, 0x0A]) }
        #expect(throws: InputError.self) { try read(Array("x".utf8), ReadOptions(maxFileSize: 0)) }
    }

    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        let samples: [[UInt8]] = [
            Array("Ақпарат және байланыс 😀 ascii".utf8), [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xD0], [0x41, 0xD0, 0x41], Array(repeating: 0x41, count: 17) + [0xFF],
        ]
        for bytes in samples {
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == expected, "\(bytes)")
        }
    }

    /// The validator takes eight bytes at a time where it can, so every sequence is tried at every
    /// position of a word, between ASCII and between Cyrillic letters (two-byte sequences).
    @Test func utf8ValidationAgreesAtEveryPositionOfAWord() {
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xD0, 0xDF,
                                    0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        var sequences: [[UInt8]] = interesting.map { [$0] }
        for a in interesting { for b in interesting { sequences.append([a, b]); for c in interesting { sequences.append([a, b, c]) } } }
        // longer ones, from a fixed pseudo-random sequence
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return Int(state >> 33) }
        for _ in 0..<10_000 { sequences.append((0..<(4 + next() % 4)).map { _ in interesting[next() % interesting.count] }) }
        var disagreements: [[UInt8]] = []
        for sequence in sequences {
            for cyrillic in [false, true] {
                for before in 0...9 {
                    // `before` bytes of valid text, then the sequence, then more text
                    let text = cyrillic ? String(repeating: "ж", count: before / 2) + (before % 2 == 1 ? "a" : "") : String(repeating: "a", count: before)
                    let bytes = Array(text.utf8) + sequence + Array((cyrillic ? "жзийклмн" : "abcdefghijklmnop").utf8)
                    let expected = String(validating: bytes, as: UTF8.self) != nil
                    if bytes.withUnsafeBufferPointer(UTF8Validation.isValid) != expected { disagreements.append(bytes) }
                }
            }
        }
        #expect(disagreements.count == 0, "for example \(disagreements.first ?? [])")
        #expect(sequences.count > 20_000)
    }
}
