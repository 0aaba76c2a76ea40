import Testing
import PSLintCore
@testable import PSLintOffice

@Suite struct HTMLReaderTests {
    static func read(_ html: String, options: ReadOptions = ReadOptions()) throws(InputError) -> SourceDocument {
        try HTMLReader().read(bytes: Array(html.utf8), path: "page.html", options: options)
    }

    static func error(_ bytes: [UInt8]) -> String? {
        do {
            _ = try HTMLReader().read(bytes: bytes, path: "page.html", options: ReadOptions())
            return nil
        } catch {
            return error.message
        }
    }

    @Test(arguments: ["kk-information-resources", "ru-ai-applications"])
    func legalDatabasePageReadsLikeTheWordDocument(name: String) throws {
        // The two fixtures are made from the same text: rowspan gives the continuation cells
        // vMerge gives, colspan the spans gridSpan gives.
        let html = try FixturePaths.html(name)
        let word = try FixturePaths.docx(name)
        #expect(BlockPicture.lines(html.blocks) == BlockPicture.lines(word.blocks))
        let spans = { (blocks: [Block]) in PackageBuilder.rows(blocks).map { $0.cells.map(\.span) } }
        #expect(spans(html.blocks) == spans(word.blocks))
        #expect(html.format == .html)
        #expect(html.notices.isEmpty)
    }

    @Test func rowspanAndColspanMapToTheGrid() throws {
        let document = try Self.read("""
            <table border="1"><tbody>
            <tr><td colspan="4"><p>Описание трудовых функций</p></td></tr>
            <tr><td rowspan="3">Трудовая функция 1:</td><td rowspan="2">Навык 1:</td><td>Умения:</td><td rowspan="3">X</td></tr>
            <tr><td>Знания:</td></tr>
            <tr><td colspan="2">Возможность признания навыка:</td></tr>
            <tr><td>Трудовая функция 2:</td><td>Навык 1:</td><td></td><td></td></tr>
            </tbody></table>
            """)
        #expect(BlockPicture.lines(document.blocks) == [
            "R|Описание трудовых функций",
            "R|Трудовая функция 1:|Навык 1:|Умения:|X",
            "R|~|~|Знания:",                         // the covered last column: dropped like any empty last cell
            "R|~|Возможность признания навыка:",
            "R|Трудовая функция 2:|Навык 1:",
        ])
        let rows = PackageBuilder.rows(document.blocks)
        #expect(rows[0].cells[0].span == 4)
        #expect(rows[3].cells[1].span == 2)
        // The covered position points at the cell that covers it.
        #expect(rows[2].cells[0].location.snippet == "Трудовая функция 1:")
        #expect(rows[2].cells[2].paragraphs[0].word == WordLocation(paragraph: 6, table: 1, row: 3, cell: 3))
    }

    @Test func rowspanBombIsRefused() throws {
        // 2 000 cells spanning every row below, then 1 000 one-cell rows: 2 million continuation
        // cells from 57 KB of markup.
        let page = "<table><tr>" + String(repeating: "<td rowspan=\"65534\">x</td>", count: 2000) + "</tr>"
            + String(repeating: "<tr><td>y</td></tr>", count: 1000) + "</table>"
        #expect(Self.error(Array(page.utf8)) == "has more than 500 000 table cells: refused")
    }

    @Test func rowspanReachingPastTheTableEndIsHarmless() throws {
        let document = try Self.read("<table><tr><td rowspan=\"0\">A</td><td>B</td></tr><tr><td>C</td></tr></table><p>после</p>")
        #expect(BlockPicture.lines(document.blocks) == ["R|A|B", "R|~|C", "P|после"])
    }

    @Test func entitiesAreDecodedAndWhiteSpaceCollapses() throws {
        let document = try Self.read("<p>Код&nbsp;группы:\n   2519-9 &amp; &laquo;IT&raquo; &#1179;&#x49B; &lt;b&gt;</p><p>&nbsp;</p>")
        #expect(PackageBuilder.paragraphTexts(document.blocks) == ["Код группы: 2519-9 & «IT» ққ <b>"])
    }

    @Test func malformedMarkupIsRecovered() throws {
        let document = try Self.read("""
            <html><body><p>Глава 3. Карточки профессий
            <table><tr><td>Код группы:<td>2519-9
            <tr><td>Код наименования занятия:<td><b>2519-9-001</td></tr></div>
            </table><p>Глава 4<p>13. Наименование государственного органа:</i>
            """)
        #expect(BlockPicture.lines(document.blocks) == [
            "P|Глава 3. Карточки профессий",
            "R|Код группы:|2519-9",
            "R|Код наименования занятия:|2519-9-001",
            "P|Глава 4",
            "P|13. Наименование государственного органа:",
        ])
    }

    @Test func scriptsStylesAndHeadAreNotContent() throws {
        let document = try Self.read("""
            <html><head><title>Заголовок окна</title><style>p { color: red }</style></head>
            <body><script>document.write("<p>нет</p>")</script><noscript>включите JS</noscript>
            <h2>Глава 1. Общие положения</h2><div>1. Область<br>применения</div></body></html>
            """)
        #expect(PackageBuilder.paragraphTexts(document.blocks) == ["Глава 1. Общие положения", "1. Область", "применения"])
    }

    @Test func orderedListsShowTheirNumbers() throws {
        let document = try Self.read("""
            <ol><li>Реализация систем</li><li>Опытная эксплуатация</li></ol>
            <ol start="9" type="a"><li>девять</li><li value="20">двадцать</li></ol>
            <ol style="list-style-type: none"><li>1. Уже с номером</li></ol><ul><li>маркер</li></ul>
            """)
        let texts = document.blocks.compactMap { block -> String? in
            guard case .paragraph(let text) = block else { return nil }
            return "\(text.text)#\(text.autoNumberLength)"
        }
        #expect(texts == ["1. Реализация систем#3", "2. Опытная эксплуатация#3", "i. девять#3", "t. двадцать#3",
                          "1. Уже с номером#0", "маркер#0"])
    }

    @Test func textsKnowTheirLineAndColumn() throws {
        let page = "<html>\n<body>\n  <p>Код группы:\n    2519-9</p>\n<p>&laquo;IT&raquo; х</p>\n<table><tr><td>Навык 1:</td></tr></table>"
        let document = try Self.read(page)
        guard case .paragraph(let first) = document.blocks[0], case .paragraph(let second) = document.blocks[1],
              case .row(let row) = document.blocks[2] else {
            Issue.record("unexpected blocks \(document.blocks)")
            return
        }
        #expect(first.text == "Код группы: 2519-9")
        #expect(first.location.line == 3 && first.location.column == 6)
        let value = first.text.range(of: "2519-9")!
        #expect(first.location(of: value).line == 4 && first.location(of: value).column == 5)
        #expect(second.text == "«IT» х")
        #expect(second.location.column == 4)                                        // the '&' of &laquo;
        let letter = second.text.range(of: "х")!
        #expect(second.location(of: letter).line == 5 && second.location(of: letter).column == 21)
        let cell = row.cells[0].paragraphs[0]
        #expect(cell.location.line == 6 && cell.location.column == 16)
        #expect(cell.word == WordLocation(paragraph: 3, table: 1, row: 1, cell: 1))
    }

    @Test func letterSpacingAndNbspIndentation() throws {
        let document = try Self.read("<p>&nbsp; &nbsp; &nbsp; Навык 1: А н а л и з производительности</p>")
        guard case .paragraph(let text) = document.blocks[0] else { Issue.record("no paragraph"); return }
        #expect(text.text == "Навык 1: Анализ производительности")
        let word = text.text.range(of: "производительности")!
        #expect(text.location(of: word).column == 46)
    }

    @Test func windows1251PageIsDecoded() throws {
        // "Код группы:" in Windows-1251, declared in a meta tag.
        let head = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>".utf8)
        let body: [UInt8] = [0xCA, 0xEE, 0xE4, 0x20, 0xE3, 0xF0, 0xF3, 0xEF, 0xEF, 0xFB, 0x3A]
        let document = try HTMLReader().read(bytes: head + body + Array("</p></body></html>".utf8), path: "p.html", options: ReadOptions())
        #expect(PackageBuilder.paragraphTexts(document.blocks) == ["Код группы:"])
    }

    @Test func unknownCharsetIsAClearError() {
        let page = Array("<meta charset=\"koi8-r\"><p>".utf8) + [0xEB, 0xCF, 0xC4] + Array("</p>".utf8)
        #expect(Self.error(page) == "declares charset koi8-r, which pslint does not read (save the page as UTF-8, or use --encoding)")
    }

    @Test func wrongContentAndEmptyFiles() throws {
        #expect(Self.error([]) == "is empty")
        #expect(Self.error(Array("%PDF-1.4\n%âãÏÓ\n".utf8)) == "is not an HTML page: it looks like a PDF file")
        let docx = try PackageBuilder.docx(body: PackageBuilder.p("x"))
        #expect(Self.error(docx) == "is not an HTML page: it looks like a Word .docx document; name it .docx")
        #expect(Self.error([0x3C, 0x70, 0x3E, 0x00, 0x01, 0x02]) == "is not an HTML page: it holds binary data")
        let big = Array(repeating: UInt8(0x41), count: 2048)
        do {
            _ = try HTMLReader().read(bytes: big, path: "p.html", options: ReadOptions(maxFileSize: 1024))
            Issue.record("a file over the limit was read")
        } catch {
            #expect(error.message == "is 2 KiB, over the 1 KiB limit (--max-file-size)")
        }
    }

    @Test func nestedTablesAreSplicedLikeWordTables() throws {
        let document = try Self.read("""
            <table><tr><td>Уровень профессионального образования:</td><td>
              <table><tr><td>Уровень образования: высшее</td><td>Специальность: ИКТ</td></tr>
                     <tr><td>Уровень образования: ТиПО</td><td>Специальность: -</td></tr></table>
            </td></tr><tr><td>Требования к опыту работы:</td><td>3 года</td></tr></table>
            """)
        #expect(BlockPicture.lines(document.blocks) == [
            "R|Уровень профессионального образования:|Уровень образования: высшее|Специальность: ИКТ",
            "R|~|Уровень образования: ТиПО|Специальность: -",
            "R|Требования к опыту работы:|3 года",
        ])
    }
}
