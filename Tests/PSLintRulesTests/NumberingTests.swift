import Testing
import PSLintCore
@testable import PSLintRules

@Suite("Numbering")
struct NumberingTests {
    @Test func oneWrongNumberOrOneJumpIsOneBreak() {
        #expect(NumberSequence.breaks([9, 10, 11, 12, 15], first: 9).map(\.number) == [15])
        #expect(NumberSequence.breaks([4, 5, 5, 7], first: 4).map { ($0.number, $0.expected, $0.kind == .repeated) } .map { "\($0)" } == ["(5, 6, true)"])
        #expect(NumberSequence.breaks([1, 2, 7, 4, 5]).map(\.number) == [7], "7 is a slip; 4 goes on from 3")
        #expect(NumberSequence.breaks([9, 10, 12, 13, 15], first: 9).map(\.number) == [12, 15])
        #expect(NumberSequence.breaks([2, 3]).map { $0.kind == .first } == [true])
        #expect(NumberSequence.breaks([1, nil, 3]).isEmpty, "an item without a number takes the expected one")
        let unnumberedBefore = [NumberSequence.Item(number: 1), NumberSequence.Item(number: 2, skippedBefore: 1)]
        #expect(NumberSequence.breaks(unnumberedBefore).isEmpty, "the author did not count the unnumbered paragraph")
        let counted = [NumberSequence.Item(number: 1), NumberSequence.Item(number: 3, skippedBefore: 1)]
        #expect(NumberSequence.breaks(counted).isEmpty, "the author counted it")
    }

    @Test(.enabled(if: TestSupport.parserReady)) func aGapInChapterFourIsOneFindingWithTheRenumberingFix() throws {
        let standards = try TestSupport.variant("ru", [("16. Национальная палата", "17. Национальная палата"),
                                                      ("17. Номер версии", "18. Номер версии"), ("18. Дата ориентировочного", "19. Дата ориентировочного")])
        let findings = TestSupport.run("PS003", on: standards)
        #expect(findings.map(\.message) == ["Paragraph 17 follows paragraph 15; expected 16"])
        let fix = try #require(findings.first?.fix)
        #expect(fix.description == "Renumber the cards and the paragraphs of chapter 4 in order")
        #expect(fix.edits.map { "\($0.oldText)→\($0.newText)" } == ["17→16", "18→17", "19→18"])
        #expect(fix.edits.first?.location.line == findings.first?.location.line)
        #expect(findings.first?.location.clause == "17")
    }

    @Test(.enabled(if: TestSupport.parserReady)) func aGapBeforeTheCardsIsReportedNotFixed() throws {
        let standards = try TestSupport.variant("kk", [("5. Кәсіптік стандарттың коды", "4. Кәсіптік стандарттың коды")])
        let findings = TestSupport.run("PS003", on: standards, language: .fixed(.kk))
        #expect(findings.map(\.message) == ["Тармақ нөмірі 4 қайталанады; 5 болуы керек"])
        #expect(findings.first?.fix == nil)
    }

    @Test(.enabled(if: TestSupport.parserReady)) func cardGapFixRenumbersCardsAndChapterFour() throws {
        let standards = try TestSupport.variant("ru", [("11. Карточка профессии", "14. Карточка профессии"),
                                                      ("12. Наименование государственного органа", "15. Наименование государственного органа")])
        let findings = TestSupport.run("PS224", on: standards)
        #expect(findings.map(\.message) == ["Card 14 «Архитектор баз данных» follows card 10; expected 11"])
        let edits = try #require(findings.first?.fix?.edits)
        #expect(edits.map { "\($0.oldText)→\($0.newText)" } == ["14→11", "15→12"])
        #expect(findings.first?.fix?.description == "Renumber the cards 9…11 and the paragraphs of chapter 4 after them")
        #expect(TestSupport.run("PS003", on: standards).map(\.message) == ["Paragraph 13 follows paragraph 15; expected 16"],
                "13 after the renumbered 15 is chapter 4's own slip")
    }

    @Test(.enabled(if: TestSupport.parserReady)) func noFixWhenTheListAndTheCardsDisagree() throws {
        // The list names four cards, chapter 3 has three: card 11 may be missing, not misnumbered.
        let standards = try TestSupport.variant("ru", [
            ("- 3) Архитектор баз данных - 7 уровень ОРК.", "- 3) Архитектор баз данных - 7 уровень ОРК;\n- 4) Аналитик баз данных - 6 уровень ОРК."),
            ("11. Карточка профессии", "12. Карточка профессии"),
        ])
        let findings = TestSupport.run("PS224", on: standards)
        #expect(findings.count == 1)
        #expect(findings.first?.fix == nil)
        #expect(!RenumberingPlan(standards[0], listMatch: CardListMatch(standards[0])).isFixable)
    }

    @Test(.enabled(if: TestSupport.parserReady)) func wordAutomaticNumbersGetNoEdit() throws {
        var standard = try #require(try TestSupport.variant("ru", [("11. Карточка профессии", "12. Карточка профессии"),
                                                                    ("12. Наименование государственного органа", "13. Наименование государственного органа")]).first)
        // Pretend chapter 4 is numbered by Word: its numbers renumber themselves.
        for index in standard.paragraphs.indices where standard.paragraphs[index].chapter == 4 {
            standard.paragraphs[index].isAutomatic = true
        }
        let edits = RenumberingPlan(standard, listMatch: CardListMatch(standard)).edits
        #expect(edits.map { "\($0.oldText)→\($0.newText)" } == ["12→11"])
    }

    @Test(.enabled(if: TestSupport.parserReady)) func listAndSkillNumbersAreRenumberedWithinTheirParent() throws {
        let list = TestSupport.run("PS114", on: try TestSupport.variant("ru", [("- 2) Администратор", "- 3) Администратор"),
                                                                          ("- 3) Архитектор", "- 4) Архитектор")]))
        #expect(list.map(\.message) == ["Item 3) of the card list follows item 1); expected 2)"])
        #expect(list.first?.fix?.edits.map { "\($0.oldText)→\($0.newText)" } == ["3→2", "4→3"])

        let skills = TestSupport.run("PS214", on: try TestSupport.variant("ru", [("Навык 2: Восстановление данных", "Навык 3: Восстановление данных")]))
        #expect(skills.map(\.message) == ["Skill 3 of labour function 2 follows skill 1; expected 2"])
        #expect(skills.first?.fix?.description == "Renumber the skills of labour function 2 1…n")
        #expect(skills.first?.fix?.edits.map(\.newText) == ["2"])
        #expect(skills.first?.card?.number == 9)
    }

    @Test(.enabled(if: TestSupport.parserReady)) func anUnnumberedParagraphIsOneFinding() throws {
        let standards = try TestSupport.variant("ru", [("7. Краткое описание профессионального стандарта:", "Краткое описание профессионального стандарта:")])
        let unnumbered = TestSupport.run("PS008", on: standards)
        #expect(unnumbered.map(\.message) == ["The paragraph «Краткое описание профессионального стандарта» has no number; expected 7"])
        #expect(TestSupport.run("PS003", on: standards).isEmpty, "8 after the unnumbered 7 is not a second finding")
    }
}
