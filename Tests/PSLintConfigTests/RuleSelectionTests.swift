import PSLintConfig
import PSLintCore
import Testing

@Suite struct RuleSelectionTests {
    @Test func fullFixtureLoadsEveryKey() throws {
        let configuration = try TestCatalogue.load(FixturePaths.path("valid/full.pslint.yml"))
        #expect(configuration.path == FixturePaths.path("valid/full.pslint.yml"))
        #expect(configuration.profile == .submission)
        #expect(configuration.language == "ru")
        #expect(configuration.failOn == "warning")
        #expect(configuration.include.map(\.pattern) == ["drafts/**/*.docx", "**/*.txt"])
        #expect(configuration.exclude.map(\.pattern) == ["archive/", "**/~$*"])
        let rules = configuration.ruleSettings()
        #expect(rules.profile == .submission)
        #expect(rules.rules["PS207"] == RuleSetting(enabled: false))
        #expect(rules.rules["PS110"] == RuleSetting(enabled: true, severity: .warning))
        #expect(rules.rules["PS221"] == RuleSetting(enabled: true, severity: .info))        // family
        #expect(rules.rules["PS222"] == RuleSetting(enabled: true, severity: .error))       // id beats family
        #expect(rules.rules["PS201"] == RuleSetting(enabled: true, severity: .warning,
                                                    parameters: ["optional-fields": .strings(["etksLevel", "otherNames"])]))
        #expect(rules.rules["PS103"] == RuleSetting(parameters: ["allow-short": .bool(false)]))
        #expect(rules.rules["PS303"] == RuleSetting(parameters: ["horizon-years": .int(7)]))
        #expect(rules.rules["PS001"] == nil, "rules the file does not mention keep the catalogue's settings")
        #expect(configuration.waivers.count == 3)
        #expect(configuration.waivers.map(\.ruleID) == ["PS221", "PS222", "PS401"])
        #expect(configuration.waivers[0].line == 23 && configuration.waivers[0].column == 5)
        #expect(configuration.waivers[0].card == "Системный администратор" && configuration.waivers[0].level == "6")
        #expect(configuration.waivers[1].cardIndex == 3 && configuration.waivers[1].card == nil)
        #expect(configuration.waivers[2].reason == "template text kept until the council meeting")
    }

    @Test func commentOnlyFileGivesTheDefaults() throws {
        let configuration = try TestCatalogue.load(FixturePaths.path("valid/empty.pslint.yml"))
        #expect(configuration.profile == .draft)
        #expect(configuration.rules.isEmpty && configuration.waivers.isEmpty)
        #expect(configuration.include.isEmpty && configuration.exclude.isEmpty)
        #expect(configuration.language == nil && configuration.failOn == nil)
    }

    @Test func emptyConfigurationIsTheDefaults() {
        let empty = Configuration.empty
        #expect(empty.path == nil)
        #expect(empty.ruleSettings() == RuleSettings(profile: .draft, rules: [:]))
        #expect(empty.includes(path: "any/where/file.docx"))
    }

    @Test func profileDefaultsToDraftAndAcceptsSubmission() throws {
        #expect(try TestCatalogue.parse("language: en\n").profile == .draft)
        #expect(try TestCatalogue.parse("profile: draft\n").profile == .draft)
        #expect(try TestCatalogue.parse("profile: submission\n").ruleSettings().profile == .submission)
    }

    @Test func nameAndIdAreTheSameSelector() throws {
        let byName = try TestCatalogue.parse("rules:\n  ork-level-range: info\n").rules
        let byID = try TestCatalogue.parse("rules:\n  PS207: info\n").rules
        #expect(byName == byID)
        #expect(byID == ["PS207": RuleSetting(enabled: true, severity: .info)])
    }

    @Test func familyCoversEveryRuleOfTheFamilyAndNoOther() throws {
        let rules = try TestCatalogue.parse("rules:\n  empty-field: warning\n").rules
        #expect(Set(rules.keys) == ["PS201", "PS401"])
        #expect(rules.values.allSatisfy { $0 == RuleSetting(enabled: true, severity: .warning) })
    }

    @Test func specificSelectorWinsWhicheverComesFirst() throws {
        let familyFirst = try TestCatalogue.parse("""
            rules:
              cross-link: off
              link-resolves: warning
            """).rules
        let familyLast = try TestCatalogue.parse("""
            rules:
              PS221: warning
              cross-link: off
            """).rules
        for rules in [familyFirst, familyLast] {
            #expect(rules["PS221"] == RuleSetting(enabled: true, severity: .warning))
            #expect(rules["PS222"] == RuleSetting(enabled: false))
        }
    }

    @Test func parametersAloneKeepTheFamilySeverity() throws {
        let rules = try TestCatalogue.parse("""
            rules:
              empty-field: {severity: info}
              PS201: {optional-fields: []}
            """).rules
        #expect(rules["PS201"] == RuleSetting(enabled: true, severity: .info, parameters: ["optional-fields": .strings([])]))
        #expect(rules["PS401"] == RuleSetting(enabled: true, severity: .info))
    }

    @Test func parametersAloneDoNotReenableARuleTheFamilyTurnedOff() throws {
        let rules = try TestCatalogue.parse("""
            rules:
              empty-field: off
              PS201: {optional-fields: [etksLevel]}
            """).rules
        #expect(rules["PS201"]?.enabled == false)
        #expect(rules["PS201"]?.parameters == ["optional-fields": .strings(["etksLevel"])])
    }

    @Test func onReenablesARuleWithItsCatalogueSeverity() throws {
        let rules = try TestCatalogue.parse("rules:\n  cross-link: off\n  PS222: on\n").rules
        #expect(rules["PS222"] == RuleSetting(enabled: true))
        #expect(rules["PS221"] == RuleSetting(enabled: false))
    }

    @Test func offIsAWordNotABoolean() throws {
        // YAML 1.1 reads a plain `off` as false: pslint reads the word as written.
        let rules = try TestCatalogue.parse("rules: {PS207: off, PS110: 'off'}\n").rules
        #expect(rules["PS207"] == RuleSetting(enabled: false))
        #expect(rules["PS110"] == RuleSetting(enabled: false))
        #expect(throws: ConfigurationError.self) { try TestCatalogue.parse("rules: {PS001: false}\n") }
        do {
            _ = try TestCatalogue.parse("rules:\n  PS001: OFF\n")
            Issue.record("OFF accepted")
        } catch {
            #expect(error.message.hasSuffix("got 'OFF'; did you mean 'off'?"))
            #expect(error.line == 2 && error.column == 10)
        }
    }

    @Test func parameterTypesFollowTheCatalogueDefaults() throws {
        let rules = try TestCatalogue.parse("""
            rules:
              PS103: {allow-short: yes}
              PS303: {horizon-years: -2}
              PS401: {placeholder: 12}
              PS201: {optional-fields: [otherNames, "etksLevel"]}
            """).rules
        #expect(rules["PS103"]?.parameters["allow-short"] == .bool(true))
        #expect(rules["PS303"]?.parameters["horizon-years"] == .int(-2))
        #expect(rules["PS401"]?.parameters["placeholder"] == .string("12"))
        #expect(rules["PS201"]?.parameters["optional-fields"] == .strings(["otherNames", "etksLevel"]))
        // A quoted number is a text, not a number.
        #expect(throws: ConfigurationError.self) { try TestCatalogue.parse("rules: {PS303: {horizon-years: \"5\"}}\n") }
    }

    @Test func languageAndFailOnAreValidatedWords() throws {
        #expect(try TestCatalogue.parse("language: auto\nfail-on: never\n").language == "auto")
        #expect(try TestCatalogue.parse("fail-on: info\n").failOn == "info")
    }

    @Test func emptySectionsAreAllowed() throws {
        let configuration = try TestCatalogue.parse("rules:\nwaivers:\ninclude:\nexclude:\n")
        #expect(configuration.rules.isEmpty && configuration.waivers.isEmpty && configuration.include.isEmpty)
    }

    @Test func singleGlobIsAListOfOne() throws {
        #expect(try TestCatalogue.parse("include: drafts/\n").include.map(\.pattern) == ["drafts/"])
    }

    @Test func yamlAnchorsAndAliasesResolve() throws {
        let rules = try TestCatalogue.parse("""
            rules:
              PS221: &quiet {severity: info}
              PS222: *quiet
            """).rules
        #expect(rules["PS222"] == RuleSetting(enabled: true, severity: .info))
    }
}
