import Testing
import PSLintCore
@testable import PSLintRules

@Suite("Engine")
struct EngineTests {
    @Test func languageComesFromTheLocale() {
        #expect(resolveLanguage(environment: [:]) == .en)
        #expect(resolveLanguage(environment: ["LANG": "ru_RU.UTF-8"]) == .ru)
        #expect(resolveLanguage(environment: ["LANG": "kk_KZ"]) == .kk)
        #expect(resolveLanguage(environment: ["LC_ALL": "en_US.UTF-8", "LANG": "ru_RU.UTF-8"]) == .en, "LC_ALL wins")
        #expect(resolveLanguage(environment: ["LC_MESSAGES": "kk_KZ.UTF-8", "LANG": "ru_RU.UTF-8"]) == .kk, "LC_MESSAGES before LANG")
        #expect(resolveLanguage(environment: ["LC_ALL": "", "LANG": "ru_RU"]) == .ru, "an empty variable is skipped")
        #expect(resolveLanguage(environment: ["LANG": "C"]) == .en)
        #expect(resolveLanguage(environment: ["LANG": "de_DE.UTF-8"]) == .en)
    }

    @Test func messageTemplatesFillNamedPlaceholders() {
        #expect(MessageTemplate.render("«{card}» level {level}", ["card": .string("X"), "level": .int(6)]) == "«X» level 6")
        #expect(MessageTemplate.render("{missing} and {a b}", [:]) == "{missing} and {a b}")
        #expect(MessageTemplate.placeholders("{a} {b} {a} {not one}") == ["a", "b"])
    }

    @Test func aStandardWithoutCardsOrTextYieldsFindingsNotACrash() {
        let empty = Standard(index: 1, language: .ru, location: Location(line: 1, column: 1))
        let findings = RuleEngine().check([empty])
        #expect(findings.contains { $0.ruleID == "PS001" && $0.messageID == "none" })
        #expect(findings.contains { $0.ruleID == "PS007" && $0.messageID == "missing" && $0.field == "title" })
        #expect(findings.allSatisfy { $0.standard?.index == 1 })
    }

    @Test(.enabled(if: TestSupport.parserReady)) func findingsAreOrderedByStandardThenLocationThenRule() throws {
        let text = try TestSupport.apply([
            .init(from: "Уровень квалификации по ОРК:\t7", to: "Уровень квалификации по ОРК:\t"),
            .init(from: "Код наименования занятия:\t2521-0-002", to: "Код наименования занятия:\t2521-0-0О2"),
            .init(from: "5. Код профессионального стандарта: J62012055", to: "5. Код профессионального стандарта: J6201205"),
        ], to: try TestSupport.base("ru"))
        let twice = try TestSupport.parse(text + "\n\n" + text)
        #expect(twice.count == 2)
        let findings = RuleEngine().check(twice)
        let keys = findings.map { ($0.standard?.index ?? 0, $0.location.line ?? 0, $0.ruleID) }
        #expect(keys.count >= 6)
        #expect(zip(keys, keys.dropFirst()).allSatisfy { a, b in (a.0, a.1, a.2) <= (b.0, b.1, b.2) })
        #expect(findings == RuleEngine().check(twice), "the order is deterministic")
    }

    @Test(.enabled(if: TestSupport.parserReady)) func settingsDisableRulesAndOverrideSeverities() throws {
        let standards = try TestSupport.variant("ru", [("Уровень квалификации по ОРК:\t7", "Уровень квалификации по ОРК:\t")])
        #expect(RuleEngine().check(standards).contains { $0.ruleID == "PS207" && $0.severity == .error })

        var settings = RuleSettings()
        settings.rules["PS207"] = RuleSetting(enabled: false)
        #expect(!RuleEngine(settings: settings).check(standards).contains { $0.ruleID == "PS207" })
        #expect(!RuleEngine(settings: settings).enabledRuleIDs.contains("PS207"))

        settings.rules["PS207"] = RuleSetting(severity: .info)
        #expect(RuleEngine(settings: settings).check(standards).filter { $0.ruleID == "PS207" }.map(\.severity) == [.info])
    }

    @Test(.enabled(if: TestSupport.parserReady)) func profileSelectsTheCatalogueSeverity() throws {
        let standards = try TestSupport.variant("ru", [("- 3) Архитектор", "- 4) Архитектор")])
        let draft = RuleEngine(settings: RuleSettings(profile: .draft)).check(standards).filter { $0.ruleID == "PS114" }
        let submission = RuleEngine(settings: RuleSettings(profile: .submission)).check(standards).filter { $0.ruleID == "PS114" }
        #expect(draft.map(\.severity) == [.warning])
        #expect(submission.map(\.severity) == [.error])
    }

    @Test(.enabled(if: TestSupport.parserReady)) func messageSeverityAppliesUnlessTheConfigurationSetsOne() throws {
        let standards = try TestSupport.variant("ru", [("Код наименования занятия:\t2521-0-002", "Код наименования занятия:\t-")])
        #expect(TestSupport.run("PS203", on: standards).map(\.severity) == [.info])
        var settings = RuleSettings()
        settings.rules["PS203"] = RuleSetting(severity: .warning)
        #expect(RuleEngine(settings: settings).check(standards).filter { $0.ruleID == "PS203" }.map(\.severity) == [.warning])
    }

    @Test(.enabled(if: TestSupport.parserReady)) func diagnosticsCarryStandardCardClauseAndTypedArguments() throws {
        let standards = try TestSupport.variant("ru", [("Уровень квалификации по ОРК:\t7", "Уровень квалификации по ОРК:\t")])
        let finding = try #require(TestSupport.run("PS207", on: standards).first)
        #expect(finding.messageID == "missing")
        #expect(finding.field == "orkLevel")
        #expect(finding.message == "The ORK level of card «Архитектор баз данных» is not given")
        #expect(finding.suggestion == "Paragraph 8 gives level 7 for this card")
        #expect(finding.arguments["card"] == .string("Архитектор баз данных"))
        #expect(finding.location.clause == "11", "the value sits in paragraph 11, the card")
        let standard = try #require(finding.standard)
        #expect(standard.index == 1 && standard.code == "J62012055" && standard.title == "Администрирование баз данных")
        let card = try #require(finding.card)
        #expect(card.index == 3 && card.number == 11 && card.name == "Архитектор баз данных" && card.level == nil)
        #expect(card.identity == CardIdentity.identities(of: standards[0])[2].description)
    }

    @Test(.enabled(if: TestSupport.parserReady)) func autoLanguageFollowsTheDocument() throws {
        let ru = try TestSupport.variant("ru", [("Уровень квалификации по ОРК:\t7", "Уровень квалификации по ОРК:\t")])
        let kk = try TestSupport.variant("kk", [("СБШ бойынша біліктілік деңгейі:\t7", "СБШ бойынша біліктілік деңгейі:\t")])
        let auto = LanguageChoice.auto(fallback: .en)
        #expect(TestSupport.run("PS207", on: ru, language: auto).first?.message == "Уровень ОРК карточки «Архитектор баз данных» не указан")
        #expect(TestSupport.run("PS207", on: kk, language: auto).first?.message == "«Деректер базасының сәулетшісі» карточкасында СБШ деңгейі көрсетілмеген")
        #expect(TestSupport.run("PS207", on: kk, language: auto).first?.suggestion == "8-тармақта бұл карточка үшін 7 деңгей көрсетілген")
        #expect(TestSupport.run("PS207", on: kk, language: .fixed(.ru)).first?.message == "Уровень ОРК карточки «Деректер базасының сәулетшісі» не указан")
    }

    @Test func catalogueOutputsListExplainAndJSON() throws {
        let list = RuleCatalogue.listText(language: .en)
        #expect(list.contains("PS207  ork-level-range"))
        #expect(list.hasSuffix("Rules: \(RuleCatalogue.specs.count)\n"))
        #expect(RuleCatalogue.listText(language: .ru).contains("Уровень ОРК") || RuleCatalogue.listText(language: .ru).contains("уровень ОРК"))

        let explained = try #require(RuleCatalogue.explain(idOrName: "ork-level-range", language: .kk))
        #expect(explained.hasPrefix("PS207 ork-level-range\n"))
        #expect(explained.contains("«{card}» карточкасында СБШ деңгейі көрсетілмеген"))
        #expect(explained.contains("- Уровень квалификации по ОРК:→ 7"))
        #expect(RuleCatalogue.explain(idOrName: "PS999", language: .en) == nil)

        let json = RuleCatalogue.listJSON()
        guard case .array(let rules)? = json["rules"] else { Issue.record("no rules array"); return }
        #expect(rules.count == RuleCatalogue.specs.count)
        let first = try #require(rules.first)
        #expect(first["id"] == .string("PS001"))
        #expect(first["messages"] != nil && first["examples"] != nil && first["severity"]?["submission"] == .string("error"))
        #expect(json["okedEdition"] == .string("НК РК 03-2019"))
        #expect(RuleCatalogue.markdownPage(id: "PS207").contains("# PS207 ork-level-range"))
        #expect(RuleCatalogue.markdownPage(id: "PS999") == "")
    }
}
