import Testing
@testable import PSLintCore

/// P2: in 004 the labour-function block lost its row spans. The function cell is printed on a row
/// in the middle of its span, repeated on every row, or after its first skills; names and list
/// labels sit rows away from their cells. Values move to their owner; nothing is made up.
@Suite("P2 rowspan damage (L3)")
struct RowspanDamageTests {
    @Test func aFunctionNamePrintedRowsBelowItsEmptyLabelNamesIt() throws {
        let card = try Fixture.card("P02a-function-label-rows-later.l3.txt", 1)
        #expect(card.mandatoryFunctions?.map(\.text.value) == ["Реализация систем искусственного интеллекта",
            "Опытная эксплуатация систем искусственного интеллекта и ее внедрение", "Мониторинг и оптимизация AI-систем"])
        // `Трудовая функция 1:` with an empty cell (l.30), the name alone in column 0 four rows later (l.34)
        let first = card.labourFunctions[0]
        #expect(first.number?.value == "1" && first.number?.at == "30:18")
        #expect(first.name.value == "Реализация систем искусственного интеллекта" && first.name.at == "34:1")
        #expect(first.skills.map { $0.name.value } == ["Разработка проекта интеллектуальной системы",
            "Программная реализация интеллектуальной системы", "Анализ предметной и проблемной области"])
        // the knowledge list of skill 2 continues on the row of the orphan name (l.34, column 2)
        #expect(first.skills[1].knowledge?.last?.text.value == "Методологии разработки программного обеспечения")
        #expect(first.skills[1].knowledge?.last?.number?.at == "34:152")
    }

    @Test func aSkillBeforeItsFunctionLabelBelongsToThatFunction() throws {
        let card = try Fixture.card("P02a-function-label-rows-later.l3.txt", 1)
        #expect(card.labourFunctions.count == 3, "as many functions as the mandatory list: the rows are regrouped")
        // `Навык 1: Внедрение…` (l.38) comes before `Трудовая функция 2: …` (l.40)
        let second = card.labourFunctions[1]
        #expect(second.number?.value == "2" && second.number?.at == "40:21")
        #expect(second.skills.map { $0.number?.value } == ["1", "2"])
        #expect(second.skills[0].name.value == "Внедрение и сопровождение систем искусственного интеллекта")
        #expect(second.skills[0].name.at == "38:11")
        // its knowledge goes on in column 2 of the function's row
        #expect(second.skills[0].knowledge?.map(\.number?.value) == ["1", "2", "3", "4"])
        #expect(second.skills[0].knowledge?[1].text.at == "40:104")
        #expect(card.labourFunctions[2].name.value == "Мониторинг и оптимизация AI-систем")
        #expect(card.unlabeledText.isEmpty)
    }

    @Test func aListLabelAboveItsSkillAndASkillNameBelowItsLabel() throws {
        let card = try Fixture.card("P02a-function-label-rows-later.l3.txt", 2)
        #expect(card.number?.value == "10")
        #expect(card.labourFunctions.map { $0.number?.value } == ["1", "2", "3", "4"])
        let skills = card.labourFunctions[0].skills
        // `→→Умения:→` on l.68, the list without its label on l.70 next to `Навык 1:`
        #expect(skills[0].abilitiesLabel?.at == "68:3")
        #expect(skills[0].abilities?.count == 7)
        #expect(skills[0].abilities?.first?.text.at == "70:174")
        // the recognition label's cell holds `Знания:` (l.71): the value printed after the list is the recognition
        #expect(skills[0].knowledge?.count == 9)
        #expect(skills[0].recognition?.value == "Не рекомендуется")
        // `<p>Навык 2:</p>` empty (l.72), its name alone in column 1 two rows later (l.74)
        #expect(skills[1].number?.at == "72:11")
        #expect(skills[1].name.value == "Программная реализация интеллектуальной системы" && skills[1].name.at == "74:5")
        #expect(skills[1].abilities?.map(\.number?.value) == ["1", "2", "3", "4", "5", "6"])
        // `Навык 1: Стратегическое планирование` (l.78) before `Трудовая функция 3:` (l.80)
        let third = card.labourFunctions[2]
        #expect(third.name.value == "Управление проектами ИИ")
        #expect(third.skills.map(\.name.value) == ["Стратегическое планирование", "Руководство командой"])
        #expect(third.skills[0].knowledge?.map(\.text.value) == ["Методы стратегического планирования",
            "Принципы управления портфелем проектов", "Бизнес-метрики оценки эффективности AI"])
    }

    @Test func aFunctionCellRepeatedOnEveryRowIsOneFunction() throws {
        let card = try Fixture.card("P02b-repeated-function-cell.l3.txt")
        #expect(card.number?.value == "13")
        // `Трудовая функция 2: …` printed on five rows (l.24–28)
        #expect(card.labourFunctions.count == 2)
        let first = card.labourFunctions[0], second = card.labourFunctions[1]
        // the first function's name split over two rows of column 0 (l.20 and l.23)
        #expect(first.name.value == "Программирование и настройка программного обеспечения роботизированных систем")
        // `Навык 2` on the second function's first row ends the first function (its skill 1 is on l.20)
        #expect(first.skills.map { "\($0.number!.value) \($0.name.value)" } == [
            "1 Разработка и внедрение управляющих программ", "2 Интеграция и настройка периферийного оборудования"])
        #expect(second.number?.at == "24:21")
        #expect(second.skills.map { "\($0.number!.value) \($0.name.value)" } == [
            "1 Поиск и устранение программных ошибок", "2 Анализ и документирование работы системы"])
        // l.28: `Возможность признания навыка:` → `Умения:` — the label of the next skill's list on l.30
        #expect(second.skills[1].abilitiesLabel?.at == "28:157")
        #expect(second.skills[1].abilities?.map(\.number?.value) == ["1", "2", "3", "4"])
        #expect(second.skills.allSatisfy { $0.recognition?.value == "Не рекомендуется" })
    }

    @Test func aValueRowAboveItsLabelIsKeptAsStrayText() throws {
        let card = try Fixture.card("P02b-repeated-function-cell.l3.txt")
        // l.11 holds the first half of the experience, above `Требования к опыту работы:` (l.13)
        #expect(card.education.count == 1)
        #expect(card.education[0].qualification?.value == "" && card.education[0].qualification?.at == "10:148")
        #expect(card.experience?.value.hasPrefix("успешное прохождение") == true)
        #expect(card.unlabeledText.map(\.at) == ["11:2"])
        #expect(card.unlabeledText.first?.value.hasPrefix("Опыт работы в области наладки") == true)
    }

    @Test func theLinkHeaderRowBeforeItsLabel() throws {
        let card = try Fixture.card("P02c-link-header-before-label.l3.txt")
        // `→Уровень ОРК:→Наименование профессии:` (l.41) then `Связь с другими профессиями в рамках ОРК:→6→…` (l.43)
        #expect(card.linksLabel?.at == "43:1")
        #expect(card.linkSummary == ["6|Инженер облачных IoT систем", "7|Инженер облачных IoT систем"])
        #expect(card.links[0].level?.at == "43:43" && card.links[1].level?.at == "44:2")
        #expect(card.name?.value == "Инженер-программист IoT систем", "the profession-name label is not a link header here")
        #expect(card.occupationCode?.value == "-")
    }
}
