import Testing
import PSLintCore
@testable import PSLintRules

@Suite("Fields, codes and structure", .enabled(if: TestSupport.parserReady))
struct FieldAndCodeTests {
    @Test func anAbsentCardFieldIsLocatedAtTheHeadingAndNamed() throws {
        let standards = try TestSupport.variant("kk", [("Топтың коды:\t2521-0\t\t\nҚызмет атауының коды:\t2521-0-002", "Қызмет атауының коды:\t2521-0-002")])
        let finding = try #require(TestSupport.run("PS201", on: standards, language: .fixed(.kk)).first)
        #expect(finding.field == "groupCode")
        #expect(finding.message == "«Деректер базасының сәулетшісі» карточкасында «Топтың коды» өрісі жоқ")
        #expect(finding.location.line == standards[0].cards[2].location.line, "absent: the card heading")
    }

    @Test func optionalFieldsAreAParameter() throws {
        let standards = try TestSupport.variant("ru")
        #expect(TestSupport.run("PS201", on: standards).isEmpty)
        let strict = TestSupport.run("PS201", on: standards, parameters: ["optional-fields": .strings(["orkSublevel", "etksLevel", "regulations"])])
        #expect(Set(strict.compactMap(\.field)) == ["otherNames", "additionalFunctions"], "card 9 leaves other names empty; no card has additional functions")
        #expect(strict.first?.location.line != nil && strict.first?.messageID == "empty")
    }

    @Test func skillsNeedAbilitiesAndKnowledge() throws {
        let findings = TestSupport.run("PS215", on: try TestSupport.variant("ru", [("Умения: 1. Разрабатывать модели данных\t\n\t\tЗнания: 1. Методы моделирования данных",
                                                                                  "Умения: 1. Разрабатывать модели данных\t\n\t\tЗнания:")]))
        #expect(findings.map(\.message) == ["The knowledge section of skill «Моделирование данных» of card «Архитектор баз данных» is empty"])
    }

    @Test func passportAndTechnicalData() throws {
        let passport = TestSupport.run("PS101", on: try TestSupport.variant("ru", [("7. Краткое описание профессионального стандарта: Обеспечение работоспособности, целостности и безопасности баз данных организации.\n\n", "")]))
        #expect(passport.map(\.message) == ["Paragraph 7 (short description) is missing from the passport"])
        #expect(passport.first?.field == "description")

        let council = try TestSupport.variant("ru", [("14. Отраслевой совет по профессиональным квалификациям: 05.12.2025 г.", "14. Отраслевой совет по профессиональным квалификациям:")])
        #expect(TestSupport.run("PS301", on: council).isEmpty, "filled in on approval")
        #expect(TestSupport.run("PS301", on: council, parameters: ["may-be-empty": .strings([])]).map(\.field) == ["sectoralCouncil"])
    }

    @Test func anEmptyCodeIsAnErrorOnlyInSubmission() throws {
        let standards = try TestSupport.variant("ru", [("5. Код профессионального стандарта: J62012055", "5. Код профессионального стандарта:")])
        #expect(TestSupport.run("PS103", on: standards, profile: .draft).isEmpty)
        let submission = TestSupport.run("PS103", on: standards, profile: .submission)
        #expect(submission.map(\.messageID) == ["empty"] && submission.first?.severity == .error && submission.first?.field == "code")
        #expect(submission.first?.location.clause == "5")
    }

    @Test func codesAgreeWithParagraphSix() throws {
        let section = TestSupport.run("PS104", on: try TestSupport.variant("ru", [("5. Код профессионального стандарта: J62012055", "5. Код профессионального стандарта: K62012055")]))
        #expect(section.map(\.message) == ["The standard code «K62012055» begins with «K», but paragraph 6 gives section J"])
        let subclass = TestSupport.run("PS105", on: try TestSupport.variant("ru", [("5. Код профессионального стандарта: J62012055", "5. Код профессионального стандарта: J62011055")]))
        #expect(subclass.map(\.message) == ["The standard code «J62011055» encodes subclass 62.01.1, but paragraph 6 gives 62.01.2"])
        let division = TestSupport.run("PS107", on: try TestSupport.variant("ru", [("J Информация и связь", "K Информация и связь")]))
        #expect(division.map(\.message) == ["ОКЭД division 62 is not in section K (divisions 64–66); it belongs to section J"])
        let chain = TestSupport.run("PS107", on: try TestSupport.variant("ru", [("62.01 Деятельность", "62.02 Деятельность")]))
        #expect(chain.map(\.message) == ["ОКЭД code 62.01.2 does not continue 62.02 above it"])
    }

    @Test func lookAlikeLettersInCodesSuggestTheIntendedCode() throws {
        let code = TestSupport.run("PS406", on: try TestSupport.variant("ru", [("5. Код профессионального стандарта: J62012055", "5. Код профессионального стандарта: Ю069.")]))
        #expect(code.map(\.message) == ["The standard code «Ю069» contains the Cyrillic letter «Ю»"])
        #expect(code.first?.suggestion == "Did you mean «J069»?")
        #expect(TestSupport.run("PS103", on: try TestSupport.variant("ru", [("5. Код профессионального стандарта: J62012055", "5. Код профессионального стандарта: Ю069.")])).isEmpty,
                "one defect, one finding")
        let section = TestSupport.run("PS406", on: try TestSupport.variant("ru", [("J Информация и связь", "Ж Информация и связь")]))
        #expect(section.first?.suggestion == "Did you mean «J»?")
        let occupation = TestSupport.run("PS406", on: try TestSupport.variant("ru", [("Код наименования занятия:\t2521-0-002", "Код наименования занятия:\t2521-0-0О2")]))
        #expect(occupation.first?.suggestion == "Did you mean «2521-0-002»?")
    }

    @Test func occupationCodesAndNames() throws {
        let placeholder = TestSupport.run("PS203", on: try TestSupport.variant("ru", [("Код наименования занятия:\t2521-0-002", "Код наименования занятия:\t-")]))
        #expect(placeholder.map(\.severity) == [.info])
        let twoNames = TestSupport.run("PS223", on: try TestSupport.variant("ru", [("Код наименования занятия:\t2521-0-002", "Код наименования занятия:\t2521-0-001")]))
        #expect(twoNames.map(\.message) == ["Occupation code 2521-0-001 is used for «Архитектор баз данных» and for «Администратор баз данных»"])
        let inGroup = TestSupport.run("PS204", on: try TestSupport.variant("ru", [("Код наименования занятия:\t2521-0-002", "Код наименования занятия:\t2522-0-002")]))
        #expect(inGroup.map(\.message) == ["The occupation code «2522-0-002» of card «Архитектор баз данных» does not belong to its group «2521-0»"])
    }

    @Test func structure() throws {
        let review = TestSupport.run("PS303", on: try TestSupport.variant("ru", [("05.12.2028 г.", "05.12.2024 г.")]))
        #expect(review.map(\.message) == ["The review date 05.12.2024 г. is earlier than the version year 2025"])
        #expect(Years.last(in: "версия 3, 2025 г.") == 2025 && Years.last(in: "05.12.2027 ж.") == 2027 && Years.last(in: "№ 12345") == nil)
        let chapters = TestSupport.run("PS001", on: try TestSupport.variant("ru", [("Глава 4. Технические данные профессионального стандарта\n", "")]))
        #expect(chapters.map(\.message) == ["Chapter 4 is missing"])
        let order = TestSupport.run("PS002", on: try TestSupport.variant("ru", [("Глава 3. Карточки профессий", "Глава 2. Карточки профессий")]))
        #expect(order.map(\.message) == ["Chapter 2 appears a second time"])
    }
}
