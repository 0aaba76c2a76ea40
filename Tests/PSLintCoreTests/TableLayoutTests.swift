import Testing
@testable import PSLintCore

/// P14 blank lines and column shifts in tables, P15 education rows, P16 level ranges in links.
@Suite("P14–P16 tables")
struct TableLayoutTests {
    @Test func blankLinesInsideATableAndShiftedColumns() throws {
        let card = try Fixture.card("P14-blank-lines-and-column-shifts.l1.txt")
        // a blank line (l.14) inside the card does not end it: the ЕТКС row after it is read
        #expect(card.etksLevel?.value.hasPrefix("Басшылар, мамандар және басқа да қызметшілер") == true)
        #expect(card.etksLevel?.at == "15:72")
        // `Дағдыны тану мүмкіндігі:` in column 0 instead of 1 (l.28)
        let first = card.labourFunctions[0].skills[0]
        #expect(first.recognition?.value == "-" && first.recognition?.at == "28:27")
        #expect(first.abilities?.count == 4 && first.knowledge?.count == 14)
        #expect(card.labourFunctions.map { $0.skills.count } == [2, 2])
        #expect(card.skills.allSatisfy { $0.recognition?.value == "-" })
    }

    @Test func educationLabelsOnOneRowAndTheirValuesOnTheNext() throws {
        // `…→Мамандық:→Біліктілік:` (l.15) / `→→Ақпараттық-коммуникациялық технологиялар→-` (l.16)
        let card = try Fixture.card("P15-education-rows.l1.txt")
        #expect(card.education.count == 1)
        let row = card.education[0]
        #expect(row.level?.value == "жоғары оқу орнынан кейінгі білім (магистратура, резидентура)" && row.level?.at == "15:40")
        #expect(row.specialty?.value == "Ақпараттық-коммуникациялық технологиялар" && row.specialty?.at == "16:3")
        #expect(row.qualification?.value == "-" && row.qualification?.at == "16:44")
        #expect(card.unlabeledText.isEmpty)
    }

    @Test func alternativeEducationRows() throws {
        // L1: continuation rows start with a TAB (000 l.67–68, P06 l.15–17)
        let l1 = try Fixture.card("P06-html-fragments-in-cells.l1.txt")
        #expect(l1.education.map { $0.level?.value } == ["орта білімнен кейінгі (қолданбалы бакалавриат)",
                                                         "ТжКБ (орта деңгейдегі маман)", "негізгі орта білім"])
        #expect(l1.education.map { $0.level?.at } == ["15:40", "16:17", "17:17"])
        #expect(l1.educationLabel?.value == "Кәсіптік білім деңгейі:")
        // L2: repeated `Білім деңгейі:` cells, values in the paragraphs after the labels, an empty `Біліктілік:`
        let l2 = try Fixture.card("P15-education-rows.l2.txt")
        #expect(l2.education.count == 3)
        #expect(l2.education.map { $0.level?.at } == ["52:1", "64:1", "76:1"])
        #expect(l2.education[0].specialty?.value == "Есептеу техникасы және ақпараттық желілер (түрлері бойынша)")
        #expect(l2.education[0].qualification?.value == "" && l2.education[0].qualification?.at == "58:12")
        #expect(l2.education[2].specialty?.value == "-" && l2.education[2].qualification?.value == "-")
        // the ЕТКС level: two paragraphs `-` / `-` in one cell
        #expect(l2.etksLevel?.value == "-\n-")
    }

    @Test func levelRangesInLinkRows() throws {
        let card = try Fixture.card("P16-link-level-ranges.l3.txt")
        #expect(card.linkSummary == ["5-6|Разработчик приложений", "6-7|Архитектор программного обеспечения"])
        #expect(card.links.map { $0.level?.parsed } == [nil, nil])
        #expect(card.links[0].level?.at == "12:2" && card.links[0].name.at == "12:6")
        #expect(card.orkLevel?.value == "6" && card.orkLevel?.parsed == 6)
    }

    @Test func levelsAsPrinted() {
        #expect(LevelField.parse("6") == 6)
        #expect(LevelField.parse(" 6. ") == 6)
        #expect(LevelField.parse("5-6") == nil)
        #expect(LevelField.parse("") == nil)
        #expect(TextScan.isLevelToken("5 - 6") && TextScan.isLevelToken("7") && TextScan.isLevelToken("-"))
        #expect(!TextScan.isLevelToken("IT - дизайнер") && !TextScan.isLevelToken("2511-1-005"))
    }
}
