import PSLintConfig
import PSLintCore
import Testing

@Suite struct WaiverTests {
    static let j062 = StandardReference(index: 1, appendix: "3", code: "J062", title: "Системное и сетевое администрирование")
    static let untitled = StandardReference(index: 2, appendix: nil, code: nil, title: "Разработка программного обеспечения")

    static func card(_ index: Int, _ name: String, _ level: String?, number: Int? = nil) -> CardReference {
        CardReference(index: index, number: number, name: name, level: level, identity: "\(name)|\(level ?? "")|1")
    }

    static func finding(_ rule: String, _ name: String, standard: StandardReference? = j062, card: CardReference? = nil,
                        line: Int = 10) -> Diagnostic {
        Diagnostic(ruleID: rule, ruleName: name, family: .crossLink, severity: .error, messageID: "m", arguments: [:],
                   message: "finding of \(rule)", location: Location(line: line, column: 1), standard: standard, card: card)
    }

    static let admin6 = card(3, "Системный администратор", "6", number: 11)
    static let admin5 = card(2, "Системный администратор", "5", number: 10)
    static let engineer = card(1, "Инженер", "6", number: 9)

    func configuration(_ waivers: String) throws -> Configuration {
        try TestCatalogue.parse("waivers:\n" + waivers, path: "/project/.pslint.yml")
    }

    @Test func waiverByCodeCardNameAndLevel() throws {
        let config = try configuration("""
              - rule: PS221
                standard: " j062 "
                card: "системный  АДМИНИСТРАТОР"
                level: 6
                reason: link points to another standard
            """)
        let diagnostics = [
            Self.finding("PS221", "link-resolves", card: Self.admin6),
            Self.finding("PS221", "link-resolves", card: Self.admin5),                 // other level
            Self.finding("PS222", "card-title-vs-field", card: Self.admin6),           // other rule
            Self.finding("PS221", "link-resolves", standard: Self.untitled, card: Self.admin6),  // other standard
        ]
        let result = config.applyWaivers(to: diagnostics)
        #expect(result.diagnostics.map(\.suppression) == ["link points to another standard", nil, nil, nil])
        #expect(result.diagnostics.map(\.ruleID) == diagnostics.map(\.ruleID), "waived findings keep their place")
        #expect(result.unmatched.isEmpty)
    }

    @Test func waiverByTitleAndRuleName() throws {
        let config = try configuration("""
              - rule: card-title-vs-field
                standard: "«Разработка программного  обеспечения»"
                reason: heading kept as approved
            """)
        let result = config.applyWaivers(to: [
            Self.finding("PS222", "card-title-vs-field", standard: Self.untitled, card: Self.engineer),
            Self.finding("PS222", "card-title-vs-field", standard: Self.untitled),
            Self.finding("PS222", "card-title-vs-field", standard: Self.j062),
            Self.finding("PS222", "card-title-vs-field", standard: nil),
        ])
        #expect(result.diagnostics.map(\.isSuppressed) == [true, true, false, false])
    }

    @Test func waiverByCardIndex() throws {
        let config = try configuration("""
              - rule: PS221
                standard: J062
                card-index: 3
                reason: agreed with the council
            """)
        let result = config.applyWaivers(to: [
            Self.finding("PS221", "link-resolves", card: Self.admin6),     // index 3
            Self.finding("PS221", "link-resolves", card: Self.admin5),     // index 2
            Self.finding("PS221", "link-resolves"),                        // no card
        ])
        #expect(result.diagnostics.map(\.isSuppressed) == [true, false, false])
    }

    @Test func cardWithoutLevelCoversEveryLevelOfTheName() throws {
        let config = try configuration("""
              - rule: PS221
                standard: J062
                card: Системный администратор
                reason: all levels agreed
            """)
        let result = config.applyWaivers(to: [
            Self.finding("PS221", "link-resolves", card: Self.admin6),
            Self.finding("PS221", "link-resolves", card: Self.admin5),
            Self.finding("PS221", "link-resolves", card: Self.engineer),
            Self.finding("PS221", "link-resolves"),
        ])
        #expect(result.diagnostics.map(\.isSuppressed) == [true, true, false, false])
    }

    @Test func levelIsComparedAsPrinted() throws {
        let config = try configuration("""
              - rule: PS207
                standard: J062
                card: Инженер
                level: "5-6"
                reason: range agreed
            """)
        let ranged = Self.card(1, "Инженер", "5-6")
        let result = config.applyWaivers(to: [
            Self.finding("PS207", "ork-level-range", card: ranged),
            Self.finding("PS207", "ork-level-range", card: Self.card(1, "Инженер", "5")),
            Self.finding("PS207", "ork-level-range", card: Self.card(1, "Инженер", "6")),
        ])
        #expect(result.diagnostics.map(\.isSuppressed) == [true, false, false])
        let six = try configuration("  - {rule: PS207, standard: J062, card: Инженер, level: 6, reason: ok}\n")
        #expect(six.applyWaivers(to: [Self.finding("PS207", "ork-level-range", card: Self.card(1, "Инженер", " 6 уровень"))])
            .diagnostics[0].isSuppressed)
    }

    @Test func waiverWithoutCardCoversTheWholeStandard() throws {
        let config = try configuration("  - {rule: PS221, standard: J062, reason: external links}\n")
        let result = config.applyWaivers(to: [
            Self.finding("PS221", "link-resolves", card: Self.admin6),
            Self.finding("PS221", "link-resolves"),
        ])
        #expect(result.diagnostics.allSatisfy { $0.isSuppressed })
    }

    @Test func waivedFindingsLeaveTheCounts() throws {
        let config = try configuration("  - {rule: PS221, standard: J062, reason: external links}\n")
        let file = FileResult(path: "a.txt", diagnostics: [
            Self.finding("PS221", "link-resolves", card: Self.admin6),
            Self.finding("PS222", "card-title-vs-field", card: Self.admin6),
        ])
        let (files, configurationDiagnostics) = config.applyWaivers(to: [file])
        #expect(configurationDiagnostics.isEmpty)
        let summary = RunSummary(files: files)
        #expect(summary.errors == 1 && summary.suppressed == 1)
        #expect(files[0].diagnostics[0].suppression == "external links")
    }

    @Test func unusedWaiverIsAWarningAtItsPosition() throws {
        let config = try TestCatalogue.parse("""
            profile: draft
            waivers:
              - rule: PS221
                standard: J062
                reason: used
              - rule: PS222
                standard: J062
                card: Инженер
                level: "7"
                reason: never matches
              - rule: PS207
                standard: J999
                reason: no such standard
            """, path: "/project/.pslint.yml")
        let file = FileResult(path: "a.txt", standards: [StandardSummary(reference: Self.j062, language: .ru, cards: 3)],
                              diagnostics: [Self.finding("PS221", "link-resolves"), Self.finding("PS222", "card-title-vs-field", card: Self.engineer)])
        let (files, unused) = config.applyWaivers(to: [file])
        #expect(files[0].diagnostics.map(\.isSuppressed) == [true, false])
        try #require(unused.count == 2)
        #expect(unused[0].ruleID == Configuration.unusedWaiverRuleID)
        #expect(unused[0].ruleName == Configuration.unusedWaiverRuleName)
        #expect(unused[0].family == .structure && unused[0].severity == .warning)
        #expect(unused[0].location.line == 6 && unused[0].location.column == 5)
        #expect(unused[0].messageID == "unusedWaiver")
        #expect(unused[0].message == "waiver matches no finding: rule PS222, standard J062, card «Инженер», level 7")
        #expect(unused[0].arguments["level"] == .string("7"))
        #expect(unused[1].location.line == 11 && unused[1].location.column == 5)
        #expect(unused[1].messageID == "unusedWaiverUnknownStandard")
        #expect(unused[1].message == "waiver matches no finding: no checked standard has the code or title «J999» (rule PS207, standard J999)")
        #expect(unused.allSatisfy { $0.standard == nil && $0.card == nil && !$0.isSuppressed })
    }

    @Test func unusedWaiverMessageSpeaksTheRunLanguage() throws {
        let config = try configuration("  - {rule: PS221, standard: J062, card-index: 4, reason: r}\n")
        let ru = config.applyWaivers(to: [Diagnostic](), language: .ru).unmatched
        let kk = config.applyWaivers(to: [Diagnostic](), language: .kk).unmatched
        #expect(ru.first?.message == "исключение не совпало ни с одним замечанием: правило PS221, стандарт J062, порядковый номер карточки 4")
        #expect(kk.first?.message == "ерекшелік ешбір ескертуге сәйкес келмеді: ереже PS221, стандарт J062, карточканың реттік нөмірі 4")
        #expect(ru.first?.location.line == 2)
    }

    @Test func firstMatchingWaiverGivesTheReasonAndBothCountAsUsed() throws {
        let config = try configuration("""
              - {rule: PS221, standard: J062, card: Системный администратор, reason: specific}
              - {rule: PS221, standard: J062, reason: general}
            """)
        let result = config.applyWaivers(to: [
            Self.finding("PS221", "link-resolves", card: Self.admin6),
            Self.finding("PS221", "link-resolves", card: Self.engineer),
        ])
        #expect(result.diagnostics.map(\.suppression) == ["specific", "general"])
        #expect(result.unmatched.isEmpty)
    }

    @Test func reasonIsRequired() {
        #expect(throws: ConfigurationError(path: "/project/.pslint.yml", line: 2, column: 5,
                                           message: "waiver without 'reason': say why the finding is accepted")) {
            try configuration("  - {rule: PS221, standard: J062}\n")
        }
    }

    @Test func noWaiversChangeNothing() {
        let file = FileResult(path: "a.txt", diagnostics: [Self.finding("PS221", "link-resolves")])
        let (files, unused) = Configuration.empty.applyWaivers(to: [file])
        #expect(files[0].diagnostics == file.diagnostics && unused.isEmpty)
    }
}
