import Testing
@testable import PSLintCore

/// P6 HTML fragments in cells, P7 letter-spaced words, P8 Markdown headings inside content.
@Suite("P6–P8 markup in the text layouts")
struct MarkupTests {
    @Test func htmlFragmentsInCellsAreParagraphBreaks() throws {
        let card = try Fixture.card("P06-html-fragments-in-cells.l1.txt")
        #expect(card.number?.value == "10")
        let first = card.labourFunctions[0]
        // `→<p>Дағды 1: …</p>→<p>Машықтар:</p> <ol …> …` (l.27)
        #expect(first.skills[0].name.value == "Ұйымның интернет-ресурстарында ақпаратты басқару")
        #expect(first.skills[0].name.at == "27:14")
        // an <ol> without <li>: the items run together and stay one item (nothing split by guessing)
        #expect(first.skills[0].abilities?.count == 1)
        #expect(first.skills[0].abilities?.first?.text.value.hasPrefix("Интернет-ресурстарда авторлармен тексерілген") == true)
        #expect(first.skills[0].knowledge?.count == 1)
        #expect(first.skills[0].recognition?.value == "Ұсынылмайды" && first.skills[0].recognition?.at == "28:37")
        // `<p>Еңбек функциясы 2: …</p>` (l.29): the label after the tag, columns unchanged
        let second = card.labourFunctions[1]
        #expect(second.number?.at == "29:20" && second.name.value == "Ұйымның интернет-ресурстары тақырыбы бойынша ақпарат іздеу")
        #expect(card.labourFunctions.count == 4 && card.mandatoryFunctions?.count == 4)
    }

    @Test func htmlFragmentsSplitIntoParagraphsWithTheirColumns() throws {
        let document = try readText("Умения:\t<p>Не рекомендуется</p> <p>Умения:</p> <ol style=\"x\"> <li>1. A &amp; B</li> <li>2. C</li> </ol>\n")
        guard case .row(let row) = try #require(document.blocks.first) else { Issue.record("a row"); return }
        #expect(row.cells.count == 2)
        let texts = row.cells[1].paragraphs.map(\.text)
        #expect(texts == ["Не рекомендуется", "Умения:", "1. A & B", "2. C"])
        #expect(row.cells[1].paragraphs.map { $0.startLocation().column } == [12, 36, 67, 89])
    }

    @Test func letterSpacedWordsAreJoined() throws {
        let paragraph = try #require(paragraphs(try readText("Навык 1: А н а л и з производительности\n")).first)
        #expect(paragraph.text == "Навык 1: Анализ производительности")
        // columns still point at the letters in the file
        let field = paragraph.field("Навык 1: ".utf8.count..<paragraph.utf8Count, clause: nil)
        #expect(field.value == "Анализ производительности" && field.at == "1:10")
        let later = paragraph.field(("Навык 1: Анализ ".utf8.count)..<paragraph.utf8Count, clause: nil)
        #expect(later.at == "1:22", "after `А н а л и з ` (11 code points) the next word is at column 22")
        // two single letters are not a letter-spaced word; nor are letters followed by a word
        #expect(paragraphs(try readText("в и к тому\n")).first?.text == "вик тому")
        #expect(paragraphs(try readText("а и б\n")).first?.text == "аиб")
        #expect(paragraphs(try readText("в и тому\n")).first?.text == "в и тому")
    }

    @Test func letterSpacedWordsInTheCorpus() throws {
        // `Навык 1: А н а л и з производительности` (P02a l.44)
        let card = try Fixture.card("P02a-function-label-rows-later.l3.txt")
        #expect(card.labourFunctions[2].skills[0].name.value == "Анализ производительности")
        #expect(card.labourFunctions[2].skills[0].name.at == "44:75")
        // `Электрическая наладка и б а з о в о е программирование` (l.22): the run of single letters
        // starts at `и` — the rule of the issue (three or more single letters) takes the conjunction too
        let robots = try Fixture.card("P07-letter-spaced-words.l3.txt")
        #expect(robots.labourFunctions[0].skills[1].name.value == "Электрическая наладка ибазовое программирование")
    }

    @Test func markdownHeadingsInsideContentEndNothing() throws {
        let standard = try Fixture.standard("P08-markdown-headings-in-content.l3.txt")
        // `##### 10. Наименование государственного органа:` (l.13) is the numbered paragraph 10
        #expect(standard.paragraphs.map(\.number.value) == ["9", "10", "11"])
        #expect(standard.technicalData.stateBody?.value == "Министерство искусственного интеллекта и цифрового развития Республики Казахстан.")
        #expect(standard.technicalData.stateBody?.location.clause == "10")
        #expect(standard.chapters.map(\.number.value) == ["3", "4"])

        // `## 6. Принципы построения Data Governance и` (l.45) inside a card, the item's end in column 1 of l.54
        let card = try Fixture.card("P08-heading-inside-a-card.l3.txt")
        #expect(card.number?.value == "11" && card.heading.at == "3:4", "the heading wrapped in <p> (P13)")
        let skill = card.labourFunctions[0].skills[0]
        #expect(skill.knowledge?.count == 6)
        #expect(skill.knowledge?.last?.number?.at == "45:4")
        #expect(skill.knowledge?.last?.text.value
                == "Принципы построения Data Governance и управления тестовыми данными с учетом безопасности и конфиденциальности")
        // `Трудовая функция 1:  ` with its name on the next lines (Markdown hard line breaks)
        let function = card.labourFunctions[0]
        #expect(function.number?.at == "47:18" && function.name.at == "48:1")
        #expect(function.name.value.split(separator: "\n").joined(separator: " ")
                == "Техническая поддержка процессов создания (модификации) и сопровождения интеграционных решений для облачных сервисов")
        #expect(skill.name.value == "Проведение испытаний интеграционного решения и его сопровождение" && skill.name.at == "43:1")
        #expect(card.labourFunctions.count == 2 && card.unlabeledText.isEmpty)
    }
}
