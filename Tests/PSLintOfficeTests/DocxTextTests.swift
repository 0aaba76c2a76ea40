import Testing
import PSLintCore
@testable import PSLintOffice

/// What counts as text in a Word body, on small documents built here.
@Suite struct DocxTextTests {
    typealias B = PackageBuilder

    @Test func runsAreJoinedAndTabsKept() throws {
        let body = "<w:p><w:r><w:t>Код наимено</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>вания занятия:</w:t></w:r>"
            + "<w:r><w:tab/><w:t>2519-9-001</w:t></w:r></w:p>"
        #expect(B.paragraphTexts(try B.blocks(body)) == ["Код наименования занятия:\t2519-9-001"])
    }

    @Test func lineBreaksSplitTheParagraphKeepingItsLocation() throws {
        let body = B.p("first") + "<w:p><w:r><w:t>Руководитель проекта:</w:t><w:br/><w:t>Байгазина А.</w:t><w:cr/><w:t>E-mail</w:t></w:r></w:p>"
        let blocks = try B.blocks(body)
        #expect(B.paragraphTexts(blocks) == ["first", "Руководитель проекта:", "Байгазина А.", "E-mail"])
        #expect(blocks.dropFirst().map { $0.location.word } == Array(repeating: WordLocation(paragraph: 2), count: 3))
    }

    @Test func specialCharactersAndWhiteSpace() throws {
        let body = "<w:p><w:r><w:t xml:space=\"preserve\">  IT</w:t><w:noBreakHyphen/><w:t>инфраструктура</w:t>"
            + "<w:softHyphen/><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:t xml:space=\"preserve\">\u{00A0}уровень\u{00A0} </w:t></w:r></w:p>"
        #expect(B.paragraphTexts(try B.blocks(body)) == ["IT-инфраструктура уровень"])
    }

    @Test func letterSpacedWordsAreJoinedAsInTheTextReaders() throws {
        #expect(B.paragraphTexts(try B.blocks(B.p("Навык 1: А н а л и з производительности"))) == ["Навык 1: Анализ производительности"])
        // Two single letters are not letter spacing.
        #expect(B.paragraphTexts(try B.blocks(B.p("Основы ОС и БД, и т.д."))) == ["Основы ОС и БД, и т.д."])
    }

    @Test func nbspAndLetterSpacingAtTheEdgesOfLines() throws {
        // NBSPs at both ends and next to other characters that start with the byte C2 («»); a
        // letter-spaced word after a double space and before a comma, one ending a line, and
        // one that is no word start (after «).
        let body = "<w:p><w:r><w:t xml:space=\"preserve\">\u{00A0}«К о д»\u{00A0}\u{00A0}группы:  О Р К,\u{00A0}</w:t>"
            + "<w:br/><w:t xml:space=\"preserve\">т е к с т</w:t></w:r></w:p>"
        #expect(B.paragraphTexts(try B.blocks(body)) == ["«К о д»  группы:  ОРК,", "текст"])
    }

    @Test func trackedChangesShowTheNewText() throws {
        let body = "<w:p><w:r><w:t xml:space=\"preserve\">Уровень </w:t></w:r>"
            + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>квалификации </w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\">образования </w:t></w:r></w:ins>"
            + "<w:moveFrom w:id=\"3\" w:author=\"A\"><w:r><w:t>старое место</w:t></w:r></w:moveFrom>"
            + "<w:moveTo w:id=\"4\" w:author=\"A\"><w:r><w:t>по ОРК:</w:t></w:r></w:moveTo></w:p>"
        #expect(B.paragraphTexts(try B.blocks(body)) == ["Уровень образования по ОРК:"])
    }

    @Test func deletedTableRowsAreNotContent() throws {
        let row = { (text: String, deleted: Bool) in
            "<w:tr>" + (deleted ? "<w:trPr><w:del w:id=\"9\" w:author=\"A\"/></w:trPr>" : "")
                + "<w:tc>\(B.p(text))</w:tc><w:tc>\(B.p("x"))</w:tc></w:tr>"
        }
        let body = "<w:tbl>" + row("Код группы:", false) + row("Удалённая строка", true) + row("Код наименования занятия:", false) + "</w:tbl>"
        let rows = B.rows(try B.blocks(body))
        #expect(rows.map { $0.cells[0].text } == ["Код группы:", "Код наименования занятия:"])
        #expect(rows.map { $0.location.word?.row } == [1, 3])
    }

    @Test func hiddenTextIsNotContent() throws {
        let body = "<w:p><w:r><w:t xml:space=\"preserve\">видимый </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>скрытый</w:t></w:r>"
            + "<w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t>текст</w:t></w:r></w:p>"
        #expect(B.paragraphTexts(try B.blocks(body)) == ["видимый текст"])
    }

    @Test func fieldsShowTheirResult() throws {
        let body = "<w:p><w:r><w:t xml:space=\"preserve\">Версия </w:t></w:r>"
            + "<w:fldSimple w:instr=\" DOCPROPERTY Version \"><w:r><w:t>3</w:t></w:r></w:fldSimple>"
            + "<w:r><w:t xml:space=\"preserve\">, </w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> DATE \\@ \"yyyy\" </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2025</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> г.</w:t></w:r></w:p>"
        #expect(B.paragraphTexts(try B.blocks(body)) == ["Версия 3, 2025 г."])
    }

    @Test func contentControlsHyperlinksAndAlternateContent() throws {
        let body = "<w:sdt><w:sdtPr><w:alias w:val=\"Название\"/><w:placeholder><w:docPart w:val=\"x\"/></w:placeholder></w:sdtPr>"
            + "<w:sdtContent>\(B.p("Наименование профессии:"))</w:sdtContent></w:sdt>"
            + "<w:p><w:hyperlink r:id=\"rId9\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<w:r><w:t>a.baigazina@mdai.gov.kz</w:t></w:r></w:hyperlink></w:p>"
            + "<w:p><mc:AlternateContent><mc:Choice Requires=\"w14\"><w:r><w:t>выбор</w:t></w:r></mc:Choice>"
            + "<mc:Fallback><w:r><w:t>запасной</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"
            + "<w:p><w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
            + "<w:txbxContent><w:p><w:r><w:t>в рамке</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r></w:p>"
        #expect(B.paragraphTexts(try B.blocks(body)) == ["Наименование профессии:", "a.baigazina@mdai.gov.kz", "выбор"])
    }

    @Test func blankParagraphsAreCountedButNotEmitted() throws {
        let body = B.p("Глава 1. Общие положения") + "<w:p/>" + B.p("   ") + B.p("1. Область применения")
        let blocks = try B.blocks(body)
        #expect(B.paragraphTexts(blocks) == ["Глава 1. Общие положения", "1. Область применения"])
        #expect(blocks.map { $0.location.word?.paragraph } == [1, 4])
        #expect(blocks[1].location.humanDescription == "paragraph 4")
    }

    @Test func strictOpenXMLNamespace() throws {
        let xml = #"<?xml version="1.0"?><w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>"#
            + #"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Код группы:</w:t></w:r></w:p>"#
            + "</w:body></w:document>"
        let numbering = #"<?xml version="1.0"?><w:numbering xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main">"#
            + #"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>"#
            + #"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
        let bytes = try PackageBuilder.zip(["word/document.xml": Array(xml.utf8), "word/numbering.xml": Array(numbering.utf8)])
        #expect(B.paragraphTexts(try B.read(bytes).blocks) == ["5. Код группы:"])
    }

    @Test func mathTextIsRead() throws {
        let body = "<w:p><w:r><w:t xml:space=\"preserve\">Формула </w:t></w:r><m:oMath><m:r><m:t>x+1</m:t></m:r></m:oMath></w:p>"
        #expect(B.paragraphTexts(try B.blocks(body)) == ["Формула x+1"])
    }

    @Test func embeddedDocumentsGiveANotice() throws {
        let body = B.p("Текст") + "<w:altChunk r:id=\"rId5\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/>"
        let document = try B.read(B.docx(body: body))
        #expect(document.notices == ["the document embeds another document (w:altChunk) whose text is not read"])
        #expect(document.format == .docx)
        #expect(document.layout == nil)
    }

    @Test func bodylessXMLIsNotAWordDocument() throws {
        let bytes = try PackageBuilder.zip(["word/document.xml": Array("<?xml version=\"1.0\"?><root><p>x</p></root>".utf8)])
        #expect(B.error(bytes) == "word/document.xml has no w:body: not a Word document body")
    }
}
