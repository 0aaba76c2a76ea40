import Testing
@testable import PSLintCore

/// P9 mixed languages, P10 homoglyphs, P11 numbering anomalies, P12 card-list items, P13 heading quotes.
@Suite("P9–P13 anomalies of the text")
struct TextAnomalyTests {
    @Test func russianTextInsideAKazakhStandard() throws {
        let standard = try Fixture.standard("P09-mixed-languages.l1.txt")
        #expect(standard.language == .kk)
        let skill = try #require(standard.cards.first?.labourFunctions.last?.skills.first)
        // `Білімдер: 1. Основные процессы …` (l.19): a Kazakh label, Russian items, read as printed
        #expect(skill.knowledgeLabel?.value == "Білімдер:")
        #expect(skill.knowledge?.map(\.text.value) == ["Основные процессы и методы разработки Интернет-ресурсов",
                                                     "Основные понятия и методы поисковой оптимизации"])
        #expect(skill.knowledge?.first?.text.at == "19:16")
        // Russian `г.` in Kazakh dates
        #expect(standard.technicalData.nationalBody?.value == "27.12.2024 г." && standard.technicalData.nationalBody?.at == "33:49")
        #expect(standard.technicalData.version?.value == "Нұсқа 3, 2024 г.")
    }

    @Test func cyrillicLettersInCodesAreKeptAsPrinted() throws {
        let standards = try Fixture.standards("P10-homoglyphs-in-codes.l3.txt")
        #expect(standards.count == 2)
        // `5. Код профессионального стандарта: Ю069.` — the value without the sentence's dot
        let code = try #require(standards[0].code)
        #expect(code.value == "Ю069" && code.at == "4:37" && code.location.clause == "5")
        #expect(ComparisonKey.hasMixedScriptWord(code.value) == false, "one Cyrillic letter and digits")
        // three ОКЭД blocks, two of them opening with a Cyrillic `Ж`
        let oked = try #require(standards[1].passport.oked)
        #expect(oked.map(\.code.value) == ["J", "62", "62.0", "62.01", "62.01.1", "Ж", "62", "62.0", "62.03", "62.03.2",
                                           "Ж", "63", "63.9", "63.99", "63.99.9"])
        #expect(oked[5].code.at == "26:1" && oked[5].name.value == "Информация и связь.")
        #expect(oked[4].name.value == "Разработка программного обеспечения.")
        #expect(standards[1].code?.value == "J073")
    }

    @Test func doubledAndMissingParagraphNumbers() throws {
        let standards = try Fixture.standards("P11-numbering-anomalies.l2.txt")
        #expect(standards.map(\.title?.value) == ["Web әкімшілендіру және сүйемелдеу", "Бағдарламалық қамтамасыз етуді әзірлеу"])
        // `1. 1. Кәсіптік стандарттың қолдану аясы:` (l.4)
        let doubled = try #require(standards[0].paragraphs.first)
        #expect(doubled.number.value == "1" && doubled.number.at == "4:7" && doubled.isDoubled)
        #expect(doubled.text.value.hasPrefix("Кәсіптік стандарттың қолдану аясы:"))
        #expect(standards[0].paragraphs.map(\.isDoubled) == [true, false])
        // paragraphs 1 and 2 without numbers (l.15, 17), recognised by their labels
        #expect(standards[1].paragraphs.isEmpty)
        #expect(standards[1].unnumberedParagraphs.map(\.text.at) == ["15:7", "17:7"])
        #expect(standards[1].unnumberedParagraphs.allSatisfy { $0.chapter == 1 })
    }

    @Test func cardNumbersAreReadAsPrintedEvenWithAGap() throws {
        let standard = try Fixture.standard("P11-card-number-gap.l3.txt")
        #expect(standard.cards.map { $0.number?.value } == ["9", "10", "11", "12", "15"])
        #expect(standard.cards.map(\.index) == [1, 2, 3, 4, 5])
        #expect(standard.paragraphs.map(\.number.value) == ["9", "10", "11", "12", "15", "16"])
        #expect(standard.cards[4].number?.at == "19:1")
    }

    @Test func cardListItemsSplitAtTheLastDashBeforeTheLevel() throws {
        let standards = try Fixture.standards("P12-card-list-items.l2.txt")
        // level first: `1) … (контент - менеджер) - СБШ-нің 4-деңгейі;` (l.5)
        let first = try #require(standards[0].passport.cardList)
        #expect(first.map(\.name.value) == ["Ақпараттық ресурстарды құру және басқару жөніндегі маман (контент - менеджер)",
            "Ақпараттық ресурстарды құру және басқару жөніндегі маман (контент-менеджер)",
            "Ақпараттық ресурстарды құру және басқару жөніндегі маман (контент-менеджер)"])
        #expect(first.map { $0.level?.value } == ["4", "5", "6"])
        #expect(first[0].level?.at == "5:98" && first[0].number?.at == "5:7" && first[0].name.at == "5:10")
        // a name holding ` – `: `3) IT-дизайнер (3D модельдеу – 3D дженералист) - 6 СБШ-нің деңгейі;` (l.23)
        let second = try #require(standards[1].passport.cardList)
        #expect(second.count == 7)
        #expect(second[2].name.value == "IT-дизайнер (3D модельдеу – 3D дженералист)" && second[2].level?.parsed == 6)
        #expect(second.map { $0.level?.value } == ["5", "5", "6", "6", "7", "7", "6"])
        #expect(second[6].name.value == "Мультимедиа әзірлеуші.", "as printed, the stray dot included")
    }

    @Test func cardListItemsInRussianAndTheirLevels() throws {
        let document = try readText("""
        8. Перечень карточек профессий:

        - 1) Инженер по искусственному интеллекту - 6 уровень ОРК;
        - 2) Специалист – аналитик - 5-6 уровень ОРК.
        - 3) Без уровня;
        """)
        var builder = ItemBuilder(label: .cardList, labelField: Field(value: "", location: .unknown),
                                  value: Field(value: "", location: .unknown), clause: "8", source: SourceText(text: ""), valueStart: 0)
        for text in paragraphs(document).dropFirst() { builder.add(Piece(text: text, block: 0, cell: nil, paragraphInCell: 0, startsBlock: true)) }
        var standard = Standard(index: 1, language: .ru, location: .unknown)
        builder.store(into: &standard)
        let items = try #require(standard.passport.cardList)
        #expect(items.map(\.name.value) == ["Инженер по искусственному интеллекту", "Специалист – аналитик", "Без уровня"])
        #expect(items.map { $0.level?.value } == ["6", "5-6", nil])
        #expect(items[1].level?.parsed == nil, "a range has no single integer")
        #expect(items[0].location.clause == "8")
    }

    @Test func cardHeadingQuoteStyles() throws {
        let standards = try Fixture.standards("P13-card-heading-quotes.l3.txt")
        // `<p>12. Карточка профессии "…":</p>` (l.3)
        let wrapped = try #require(standards[0].cards.first)
        #expect(wrapped.number?.value == "12" && wrapped.number?.at == "3:4")
        #expect(wrapped.headingName?.value == "Инженер-программист IoT систем")
        // `11. Карточка профессии " IT-дизайнер (3D моделирование – 3D Дженералист)":` (l.10)
        let spaced = try #require(standards[1].cards.first)
        #expect(spaced.headingName?.value == "IT-дизайнер (3D моделирование – 3D Дженералист)" && spaced.headingName?.at == "10:26")
        #expect(spaced.heading.value.hasPrefix("11. Карточка профессии \" IT-дизайнер"), "the heading as printed")
    }
}
