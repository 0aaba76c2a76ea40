import Testing
import PSLintCore
@testable import PSLintOffice

/// Word tables: merged cells, nested tables, locations.
@Suite struct DocxTableTests {
    typealias B = PackageBuilder

    static func cell(_ paragraphs: [String], properties: String = "") -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/>\(properties)</w:tcPr>" + (paragraphs.isEmpty ? "<w:p/>" : paragraphs.map { B.p($0) }.joined()) + "</w:tc>"
    }

    static func table(_ rows: [[String]]) -> String {
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid>"
            + rows.map { "<w:tr>" + $0.joined() + "</w:tr>" }.joined() + "</w:tbl>"
    }

    @Test func labourFunctionBlockWithVerticalAndHorizontalMerges() throws {
        let restart = "<w:vMerge w:val=\"restart\"/>", merged = "<w:vMerge/>"
        let body = B.p("Глава 3. Карточки профессий") + Self.table([
            [Self.cell(["Описание трудовых функций"], properties: "<w:gridSpan w:val=\"4\"/>")],
            [Self.cell(["Трудовая функция 1:", "Реализация систем искусственного интеллекта"], properties: restart),
             Self.cell(["Навык 1: Разработка проекта интеллектуальной системы"], properties: restart),
             Self.cell(["Умения:"]), Self.cell(["1. Разрабатывать", "2. Согласовывать"])],
            [Self.cell([], properties: merged), Self.cell([], properties: merged), Self.cell(["Знания:"]), Self.cell(["1. Методы"])],
            [Self.cell([], properties: merged), Self.cell(["Возможность признания навыка:"], properties: "<w:gridSpan w:val=\"2\"/>"),
             Self.cell(["Не рекомендуется"])],
        ])
        let blocks = try B.blocks(body)
        #expect(BlockPicture.lines(blocks) == [
            "P|Глава 3. Карточки профессий",
            "R|Описание трудовых функций",
            "R|Трудовая функция 1: Реализация систем искусственного интеллекта|Навык 1: Разработка проекта интеллектуальной системы|Умения:|1. Разрабатывать 2. Согласовывать",
            "R|~|~|Знания:|1. Методы",
            "R|~|Возможность признания навыка:|Не рекомендуется",
        ])
        let rows = B.rows(blocks)
        #expect(rows[0].cells[0].span == 4)
        #expect(rows[3].cells[1].span == 2)
        #expect(rows[1].cells[0].paragraphs.map(\.text) == ["Трудовая функция 1:", "Реализация систем искусственного интеллекта"])
        // Paragraph indices count every w:p, the empty ones of merged cells included.
        #expect(rows[1].cells[3].paragraphs[1].word == WordLocation(paragraph: 8, table: 1, row: 2, cell: 4))
        #expect(rows[2].cells[2].paragraphs[0].word == WordLocation(paragraph: 11, table: 1, row: 3, cell: 3))
        #expect(rows[3].cells[2].location.word == WordLocation(paragraph: 15, table: 1, row: 4, cell: 3))
        #expect(rows[3].cells[2].location.snippet == "Не рекомендуется")
        #expect(rows[2].location.word == WordLocation(paragraph: 9, table: 1, row: 3))
        #expect(rows[2].location.humanDescription == "paragraph 9, table 1 row 3")
        #expect(rows[1].cells[1].paragraphs[0].location.humanDescription == "paragraph 5, table 1 row 2 cell 2")
    }

    @Test func trailingEmptyCellsAndEmptyRowsAreDroppedAsInTheTextLayouts() throws {
        let body = Self.table([[Self.cell(["Кәсіптің басқа ықтимал атаулары:"]), Self.cell([]), Self.cell([])],
                               [Self.cell([]), Self.cell([]), Self.cell([])],
                               [Self.cell(["Топтың коды:"]), Self.cell(["2529-0"]), Self.cell([])]])
        let blocks = try B.blocks(body)
        #expect(BlockPicture.lines(blocks) == ["R|Кәсіптің басқа ықтимал атаулары:", "R|Топтың коды:|2529-0"])
        #expect(blocks.last?.location.word == WordLocation(paragraph: 7, table: 1, row: 3))
    }

    @Test func tablesAreCountedAtTopLevel() throws {
        let body = Self.table([[Self.cell(["a"])]]) + B.p("between") + Self.table([[Self.cell(["b"]), Self.cell(["c"])]])
        let rows = B.rows(try B.blocks(body))
        #expect(rows.map { $0.cells.last!.paragraphs[0].word } == [WordLocation(paragraph: 1, table: 1, row: 1, cell: 1),
                                                                    WordLocation(paragraph: 4, table: 2, row: 1, cell: 2)])
    }

    @Test func nestedTableIsSplicedIntoTheOuterRow() throws {
        let nested = Self.table([
            [Self.cell(["Уровень образования: высшее"]), Self.cell(["Специальность: ИКТ"]), Self.cell(["Квалификация: -"])],
            [Self.cell(["Уровень образования: ТиПО"]), Self.cell(["Специальность: -"]), Self.cell(["Квалификация: -"])],
        ])
        let body = Self.table([
            [Self.cell(["Уровень профессионального образования:"]), "<w:tc><w:tcPr/>\(nested)<w:p/></w:tc>"],
            [Self.cell(["Требования к опыту работы:"]), Self.cell(["Не менее 3 лет"])],
        ])
        let blocks = try B.blocks(body)
        #expect(BlockPicture.lines(blocks) == [
            "R|Уровень профессионального образования:|Уровень образования: высшее|Специальность: ИКТ|Квалификация: -",
            "R|~|Уровень образования: ТиПО|Специальность: -|Квалификация: -",
            "R|Требования к опыту работы:|Не менее 3 лет",
        ])
        let rows = B.rows(blocks)
        // Nested content reports the outer table, row and cell.
        #expect(rows[1].cells[1].paragraphs[0].word == WordLocation(paragraph: 5, table: 1, row: 1, cell: 2))
        #expect(rows[2].cells[0].paragraphs[0].word == WordLocation(paragraph: 9, table: 1, row: 2, cell: 1))
    }

    @Test func nestedTableAfterOwnTextKeepsTheText() throws {
        let nested = Self.table([[Self.cell(["6"]), Self.cell(["Специалист по ИИ"])], [Self.cell(["7"]), Self.cell(["Специалист по ИИ"])]])
        let body = Self.table([[Self.cell(["Связь с другими профессиями в рамках ОРК:"]),
                                "<w:tc><w:tcPr/>\(B.p("Уровень ОРК | Наименование"))\(nested)<w:p/></w:tc>"]])
        #expect(BlockPicture.lines(try B.blocks(body)) == [
            "R|Связь с другими профессиями в рамках ОРК:|Уровень ОРК | Наименование|6|Специалист по ИИ",
            "R|~|~|7|Специалист по ИИ",
        ])
    }

    @Test func legacyHorizontalMergeWidensThePreviousCell() throws {
        let body = Self.table([[Self.cell(["Описание трудовых функций"], properties: "<w:hMerge w:val=\"restart\"/>"),
                                Self.cell([], properties: "<w:hMerge/>"), Self.cell(["x"])]])
        let row = B.rows(try B.blocks(body))[0]
        #expect(row.cells.map(\.text) == ["Описание трудовых функций", "x"])
        #expect(row.cells[0].span == 2)
    }
}
