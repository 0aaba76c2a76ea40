import Testing
@testable import PSLintCore

/// P17 chapter-4 values (on the next line, a sub-item under the wrong paragraph, a duplicated
/// label), P18 a file without its final newline, P19 the framework table that is no standard,
/// P20 one profession spelled two ways.
@Suite("P17–P20 technical data, file endings, non-standards, spellings")
struct TechnicalDataTests {
    @Test func valuesOnTheParagraphAfterTheLabel() throws {
        // `17. Мемлекеттік органның атауы:` (l.13), the value on l.15 (001 l.2732 → 2734)
        let standard = try Fixture.standard("P17-chapter4-values.l2.txt")
        let data = standard.technicalData
        #expect(data.stateBody?.value == "Қазақстан Республикасының Жасанды интеллект және цифрлық даму министрлігі")
        #expect(data.stateBody?.at == "15:7" && data.stateBody?.location.clause == "17")
        // the developers paragraph keeps its sub-items, one printed line each
        let developers = try #require(data.developers?.value.split(separator: "\n").map(String.init))
        #expect(developers.first == "Қазақстан Республикасы Жасанды интеллект және цифрлық даму министрлігінің Жасанды интеллект және деректерді басқару комитеті")
        #expect(developers.contains("Жоба жетекшісі:") && developers.contains("E-mail: a.baigazina@mdai.gov.kz"))
        // present but empty, and the rest as printed
        #expect(data.sectoralCouncil?.value == "" && data.sectoralCouncil?.at == "33:55")
        #expect(data.nationalBody?.value == "27.12.2024 ж.")
        #expect(data.atameken?.value == "-" && data.atameken?.location.clause == "21")
        #expect(data.version?.value == "Нұсқа 3, 2024 ж." && data.reviewDate?.value == "30.12.2027 ж." && data.reviewDate?.at == "41:38")
        #expect(standard.paragraphs.map(\.number.value) == ["17", "18", "19", "20", "21", "22", "23"])
        #expect(standard.appendix?.value == "1" && standard.appendix?.at == "6:1")
    }

    @Test func aSubItemUnderTheWrongParagraphIsNotPartOfItsValue() throws {
        // 000: `12. Мемлекеттік органның атауы:` / ministry / `Орындаушы:` / `Асыл Шакентаева, ,`
        let data = try Fixture.standard("P17-chapter4-values.l1.txt").technicalData
        #expect(data.stateBody?.value == "Қазақстан Республикасының Жасанды интеллект және цифрлық даму министрлігі")
        #expect(data.stateBody?.at == "10:1")
        #expect(data.developers?.value.hasPrefix("Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі\nЖоба жетекшісі:") == true)
        // `16. «Атамекен» Қазақстан Республикасының Ұлттық кәсіпкерлер палатасы: -` (guillemets in the label)
        #expect(data.atameken?.value == "-" && data.atameken?.at == "36:71")
    }

    @Test func aLabelPrintedTwiceBeforeItsValue() throws {
        // `19. Организации (предприятия) участвующие в разработке: Организации (предприятия) участвующие в разработке: Комитет…`
        let data = try Fixture.standard("P17-duplicated-label.l3.txt").technicalData
        #expect(data.developers?.value.hasPrefix("Комитет цифровых активов и прорывных технологий") == true)
        #expect(data.developers?.at == "8:109")
        #expect(data.sectoralCouncil?.value == "23.12.2025 г.")
        #expect(data.version?.value == "версия 2, 2025 г.")
    }

    @Test func aFileWithoutItsFinalNewline() throws {
        let bytes = try Fixture.bytes("P18-no-final-newline.l1.txt")
        #expect(bytes.last != 0x0A)
        let document = try Fixture.document("P18-no-final-newline.l1.txt")
        #expect(document.layout == .l1)
        let data = try #require(StandardParser.parse(document).first).technicalData
        #expect(data.reviewDate?.value == "05.12.2027 г." && data.reviewDate?.at == "40:32")
    }

    @Test func theFrameworkTableIsNoStandard() throws {
        let document = try Fixture.document("P19-framework-table-is-no-standard.l2.txt")
        #expect(document.layout == .l2)
        #expect(StandardParser.parse(document).isEmpty)
        // the numbers are separate cells: `→1`, `→11`, `→-` … (l.37–41)
        let rows = document.blocks.compactMap { block -> TableRow? in if case .row(let row) = block { return row }; return nil }
        let numbers = try #require(rows.first { $0.location.line == 37 })
        #expect(numbers.cells.map(\.text) == ["1", "11", "-", "-", "-"])
        #expect(numbers.cells.map { $0.location.column } == [2, 2, 2, 2, 2])
    }

    @Test func oneProfessionSpelledTwoWaysIsReadAsPrinted() throws {
        let standard = try Fixture.standard("P20-same-profession-spelled-differently.l3.txt")
        let nlp = standard.cards[0], mining = standard.cards[1]
        #expect(nlp.links.first?.name.value == "Специалист по DataMining")
        #expect(mining.name?.value == "Специалист по Data Mining" && mining.headingName?.value == "Специалист по Data Mining")
        // a link row inline with its label: `Связь с другими профессиями в рамках ОРК:→7→Специалист по Data Mining→`
        #expect(mining.linkSummary == ["7|Специалист по Data Mining", "6|Программист компьютерного зрения"])
        #expect(mining.links[0].level?.at == "18:43")
        #expect(ComparisonKey.make(nlp.links[0].name.value) != ComparisonKey.make(mining.name!.value),
                "telling them apart is the rules' business (a near miss), not the parser's")
    }
}
