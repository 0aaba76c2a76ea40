import Testing
import PSLintCore
@testable import PSLintRules

@Suite("List and links", .enabled(if: TestSupport.parserReady))
struct ListAndLinkTests {
    @Test func listLevelNameOrderAndMissingCards() throws {
        let level = TestSupport.run("PS110", on: try TestSupport.variant("ru", [("- 3) Архитектор баз данных - 7 уровень ОРК.", "- 3) Архитектор баз данных - 6 уровень ОРК.")]))
        #expect(level.map(\.message) == ["Item 3) of paragraph 8 gives «Архитектор баз данных» ORK level 6, but its card has level 7"])
        #expect(level.first?.arguments["listLevel"] == .int(6) && level.first?.card?.number == 11)

        let missing = TestSupport.run("PS110", on: try TestSupport.variant("ru", [("- 2) Администратор баз данных - 6 уровень ОРК;\n- 3) Архитектор", "- 2) Архитектор")]))
        #expect(missing.map(\.messageID) == ["notListed"])
        #expect(missing.first?.card?.number == 10 && missing.first?.location.clause == "10")

        let swapped = TestSupport.run("PS110", on: try TestSupport.variant("ru", [
            ("- 2) Администратор баз данных - 6 уровень ОРК;\n- 3) Архитектор баз данных - 7 уровень ОРК.",
             "- 2) Архитектор баз данных - 7 уровень ОРК;\n- 3) Администратор баз данных - 6 уровень ОРК."),
        ]))
        #expect(swapped.map(\.messageID) == ["order"], "one swap, one finding")

        let extra = TestSupport.run("PS110", on: try TestSupport.variant("kk", [("- 3) Деректер базасының сәулетшісі - 7 СБШ-нің деңгейі.",
                                                                              "- 3) Деректер базасының сәулетшісі - 7 СБШ-нің деңгейі;\n- 4) Деректер талдаушысы - 6 СБШ-нің деңгейі.")]),
                                     language: .fixed(.kk))
        #expect(extra.map(\.message) == ["8-тармақтың 4) тармақшасында 6 деңгейлі «Деректер талдаушысы» көрсетілген, бірақ мұндай карточка жоқ"])
    }

    @Test func aCardWithoutALevelIsLeftToTheLevelRule() throws {
        let standards = try TestSupport.variant("ru", [("Уровень квалификации по ОРК:\t7", "Уровень квалификации по ОРК:\t")])
        #expect(TestSupport.run("PS110", on: standards).isEmpty)
        #expect(TestSupport.run("PS207", on: standards).map(\.suggestion) == ["Paragraph 8 gives level 7 for this card"])
    }

    @Test func linkMissesAreToldApart() throws {
        func finding(_ to: String, language: MessageLanguage = .en) throws -> Diagnostic? {
            TestSupport.run("PS221", on: try TestSupport.variant("ru", [("\t7\tАрхитектор баз данных\t", to)]), language: .fixed(language)).first
        }
        let notFound = try #require(try finding("\t7\tИнженер баз данных\t"))
        #expect(notFound.messageID == "notFound" && notFound.severity == .error && notFound.suggestion == nil)
        #expect(notFound.message == "Card «Администратор баз данных» links to «Инженер баз данных», which is not a card of this standard")

        let near = try #require(try finding("\t7\tАрхитекторы баз данных\t", language: .ru))
        #expect(near.messageID == "nearMiss" && near.suggestion == "Возможно, имелось в виду «Архитектор баз данных».")
        #expect(try finding("\t7\tAрхитектор баз данных\t") == nil, "a Latin A in a Cyrillic word is the same name")

        let alias = try #require(try finding("\t7\tПроектировщик баз данных\t", language: .kk))
        #expect(alias.messageID == "otherName" && alias.severity == .warning)
        #expect(alias.suggestion == "Мүмкін, «Архитектор баз данных» көзделген шығар.")

        let otherLevel = try #require(try finding("\t6\tАрхитектор баз данных\t"))
        #expect(otherLevel.message == "Card «Администратор баз данных» links to «Архитектор баз данных» at level 6, but this standard has that card only at level 7")
        #expect(try finding("\t7\tархитектор  баз  данных\t") == nil)
    }

    @Test func aCardLinkingToItselfAndAnUnknownNameInASingleCardStandard() throws {
        let selfLink = TestSupport.run("PS221", on: try TestSupport.variant("kk", [("\t6\tДеректер базасының әкімшісі\t\n\n4-ші тарау", "\t7\tДеректер базасының сәулетшісі\t\n\n4-ші тарау")]))
        #expect(selfLink.map(\.message) == ["Card «Деректер базасының сәулетшісі» links to itself (level 7)"])

        // Keep card 9 only: its link then names a profession this standard does not have.
        let base = try TestSupport.base("ru")
        let start = try #require(base.range(of: "10. Карточка профессии"))
        let end = try #require(base.range(of: "\nГлава 4."))
        var single = base.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "")
        single = single.replacingOccurrences(of: "- 1) Администратор баз данных - 5 уровень ОРК;\n- 2) Администратор баз данных - 6 уровень ОРК;\n- 3) Архитектор баз данных - 7 уровень ОРК.",
                                             with: "- 1) Администратор баз данных - 5 уровень ОРК.")
        let standards = try TestSupport.parse(single)
        #expect(standards.first?.cards.count == 1)
        let external = TestSupport.run("PS221", on: standards)
        #expect(external.map(\.messageID) == ["external"], "the level-6 card is in another standard")
        #expect(external.map(\.severity) == [.info])
    }

    @Test func headingAndNameFieldAgree() throws {
        let findings = TestSupport.run("PS222", on: try TestSupport.variant("ru", [("11. Карточка профессии \"Архитектор баз данных\"", "11. Карточка профессии \"Архитектор данных\"")]))
        #expect(findings.map(\.message) == ["The card heading names «Архитектор данных», but its name field is «Архитектор баз данных»"])
    }

    @Test func namesCompareByEndingsAndWords() {
        #expect(NameMatcher.nearMiss("Сервер әкімшісі", "Серверлер әкімшісі"))
        #expect(NameMatcher.nearMiss("Ақпараттық технологиялар инфрақұрылымының инженері", "Ақпараттық технологиялар инфрақұрылымы инженері"))
        #expect(NameMatcher.nearMiss("Специалист по DataMining", "Специалист по Data Mining"))
        #expect(NameMatcher.nearMiss("Машиналық оқыту бойынша маманы", "Машиналық оқыту бойынша маман"))
        #expect(!NameMatcher.nearMiss("Системный администратор", "Сетевой администратор"))
        #expect(!NameMatcher.nearMiss("Разработчик мультимедиа", "Разработка мультимедиа"))
        #expect(NameMatcher.similarity("Инженер NLP (специалист по компьютерной лингвистике)", "Инженер по компьютерной лингвистике (NLP)") >= 0.6)
        #expect(NameMatcher.similarity("Администратор серверов", "Администратор информационных систем") < 0.6)
        #expect(OtherNames.entries("2512-1-007 - Разработчик программного обеспечения; Программист") == ["Разработчик программного обеспечения", "Программист"])
    }
}
