import PSLintCore
@testable import PSLintReporters

/// The results every report test renders. Built here rather than by the parser and rules
/// (written concurrently), with values modelled on real findings in the corpus.
enum ReportFixtures {
    static let version = "0.9.0-test"
    static let workingDirectory = "/work/project"

    static let options = ReportOptions(color: false, workingDirectory: workingDirectory, language: .en, toolVersion: version,
                                       informationURI: ReportOptions.defaultInformationURI, failOn: .error)

    // MARK: Catalogue

    static func rule(_ id: String, _ name: String, _ family: RuleFamily, _ severity: Severity, _ summary: String, _ rationale: String) -> RuleDescriptor {
        RuleDescriptor(id: id, name: name, family: family, severities: [.draft: severity, .submission: severity],
                       summary: [.en: summary, .ru: "(ru) " + summary], rationale: [.en: rationale],
                       helpURI: "https://github.com/pslint/pslint/blob/main/docs/rules/\(id).md")
    }

    /// The catalogue metadata reporters receive. `config-unused-waiver` (PSLintConfig's finding
    /// about the configuration) is not in the catalogue: reporters must cope with such an id.
    static let rules: [RuleDescriptor] = [
        rule("PS001", "chapters-present", .structure, .error, "The four chapters are present and in order.",
             "A standard without one of its chapters cannot be approved."),
        rule("PS003", "item-numbering", .numbering, .warning, "Paragraph numbers run continuously through the standard.",
             "Gaps and duplicates make references to paragraphs ambiguous."),
        rule("PS103", "ps-code-format", .code, .error, "The standard code has the form of a section letter and digits.",
             "Codes like J62011053 tie the standard to the ОКЭД classifier."),
        rule("PS110", "card-list-matches", .list, .error, "The paragraph-8 list matches the cards.",
             "Paragraph 8 is the table of contents of chapter 3."),
        rule("PS201", "card-required-fields", .emptyField, .error, "Every card has its required fields.",
             "An empty field leaves the profession undefined."),
        rule("PS207", "ork-level-range", .orkLevel, .error, "The ORK level is one integer from 1 to 8.",
             "The national qualifications framework has eight levels."),
        rule("PS221", "ork-links", .crossLink, .warning, "Link rows name cards of the standard.",
             "A link to a profession that does not exist is a dead end."),
        rule("PS401", "template-placeholders", .emptyField, .error, "No template placeholders remain.",
             "Placeholders are text the developer forgot to write."),
    ]

    // MARK: Standards and cards

    static let sysadmin = StandardReference(index: 1, appendix: "9", code: "J062", title: "Системное и сетевое администрирование")
    static let software = StandardReference(index: 2, appendix: "10", code: nil, title: "Разработка программного обеспечения")
    static let testing = StandardReference(index: 3, appendix: "11", code: "J058", title: "Тестирование программного обеспечения")
    static let kazakh = StandardReference(index: 1, appendix: nil, code: "J062", title: "Жүйелік және желілік әкімшілендіру")

    static func card(_ index: Int, _ number: Int?, _ name: String, _ level: String?, standard: String) -> CardReference {
        CardReference(index: index, number: number, name: name, level: level,
                      identity: "\(standard)|\(ComparisonKey.make(name))|\(level ?? "")|1")
    }

    static let admin = card(3, 11, "Системный администратор", "6", standard: "J062")
    static let netEngineer = card(5, 15, "Сетевой инженер", "5-6", standard: "J062")
    static let developer = card(1, 9, "Разработчик программного обеспечения", "6", standard: "разработка программного обеспечения")
    static let kazakhAdmin = card(2, 10, "Жүйелік әкімші", "6", standard: "J062")

    static func at(_ line: Int, _ column: Int, clause: String? = nil, _ snippet: String) -> Location {
        Location(line: line, column: column, word: nil, clause: clause, snippet: snippet)
    }

    static func word(_ paragraph: Int, table: Int? = nil, row: Int? = nil, cell: Int? = nil, clause: String? = nil, _ snippet: String) -> Location {
        Location(line: nil, column: nil, word: WordLocation(paragraph: paragraph, table: table, row: row, cell: cell), clause: clause, snippet: snippet)
    }

    static func diagnostic(_ id: String, _ name: String, _ family: RuleFamily, _ severity: Severity, _ messageID: String,
                           _ arguments: [String: MessageArgument], _ message: String, field: String? = nil, _ location: Location,
                           standard: StandardReference?, card: CardReference? = nil, suggestion: String? = nil,
                           suppression: String? = nil, fix: Fix? = nil) -> Diagnostic {
        Diagnostic(ruleID: id, ruleName: name, family: family, severity: severity, messageID: messageID, arguments: arguments,
                   message: message, field: field, location: location, standard: standard, card: card, suggestion: suggestion,
                   suppression: suppression, fix: fix)
    }

    // MARK: (a) A result with findings

    static let textFile = FileResult(
        path: "drafts/004_it.txt", format: .text, layout: .l1, notices: ["read as Windows-1251"],
        standards: [
            StandardSummary(reference: sysadmin, language: .ru, cards: 7),
            StandardSummary(reference: software, language: .ru, cards: 3),
            StandardSummary(reference: testing, language: .ru, cards: 4),
        ],
        diagnostics: [
            diagnostic("PS003", "item-numbering", .numbering, .warning, "gap", ["found": .int(12), "expected": .int(11)],
                       "Card number 12 follows 10; expected 11.", at(412, 1, clause: "12", "12. Карточка профессии «Системный администратор»"),
                       standard: sysadmin, card: admin, suggestion: "renumber the card to 11",
                       fix: Fix(description: "Renumber the card from 12 to 11",
                                edits: [TextEdit(location: at(412, 1, clause: "12", "12"), oldText: "12", newText: "11")])),
            diagnostic("PS207", "ork-level-range", .orkLevel, .error, "range", ["level": .string("5-6")],
                       "ORK level «5-6» is a range; a card has one level from 1 to 8.", field: "orkLevel",
                       at(517, 14, clause: "15", "5-6"), standard: sysadmin, card: netEngineer,
                       suggestion: "the paragraph-8 list gives level 6"),
            diagnostic("PS221", "ork-links", .crossLink, .warning, "nearMiss", ["name": .string("Системный администратор ")],
                       "No card of this standard is named «Системный  администратор»; did you mean «Системный администратор»?",
                       at(533, 9, clause: "15", "Системный  администратор"), standard: sysadmin, card: netEngineer,
                       suggestion: "did you mean «Системный администратор»"),
            diagnostic("PS103", "ps-code-format", .code, .error, "lookAlike", ["code": .string("Ю069")],
                       "Code «Ю069» starts with the Cyrillic letter «Ю»; a section letter is a Latin capital A–U.",
                       at(61, 37, clause: "5", "Ю069"), standard: software),
            diagnostic("PS401", "template-placeholders", .emptyField, .error, "placeholder", ["text": .string("<название>")],
                       "Template placeholder left in the text: \"<название> & «___»\" | 'ОКЗ' 100% done, see:\u{7}here",
                       at(470, 22, clause: "13", "<название>"), standard: sysadmin, card: admin),
            diagnostic("PS201", "card-required-fields", .emptyField, .warning, "missing", ["field": .string("experience")],
                       "The card has no work experience requirement.", field: "experience",
                       at(401, 1, clause: "11", "11. Карточка профессии «Системный администратор»"), standard: sysadmin, card: admin,
                       suppression: "Согласовано с методистом 12.03.2025: опыт не требуется"),
        ])

    static let wordFile = FileResult(
        path: "drafts/J062 жоба.docx", format: .docx, layout: nil,
        standards: [StandardSummary(reference: kazakh, language: .kk, cards: 4)],
        diagnostics: [
            diagnostic("PS001", "chapters-present", .structure, .error, "missing", ["chapter": .int(4)],
                       "Chapter 4 «Technical data» is missing.", word(388, "Кәсіби стандарттың техникалық деректері"),
                       standard: kazakh),
            diagnostic("PS207", "ork-level-range", .orkLevel, .error, "notInteger", ["level": .string("6.")],
                       "ORK level «6 a» is not one integer from 1 to 8.", field: "orkLevel",
                       word(214, table: 3, row: 12, cell: 2, clause: "10", "6 a"), standard: kazakh, card: kazakhAdmin,
                       fix: Fix(description: "Write the level as 6",
                                edits: [TextEdit(location: word(214, table: 3, row: 12, cell: 2, "6 a"), oldText: "6 a", newText: "6")])),
            diagnostic("PS201", "card-required-fields", .emptyField, .error, "missing", ["field": .string("education")],
                       "The card has no education requirement.", field: "education",
                       word(180, clause: "10", "10. Кәсіп карточкасы «Жүйелік әкімші»"), standard: kazakh, card: kazakhAdmin),
            diagnostic("PS201", "card-required-fields", .emptyField, .error, "missing", ["field": .string("mainGoal")],
                       "The card has no main goal of the activity.", field: "mainGoal",
                       word(180, clause: "10", "10. Кәсіп карточкасы «Жүйелік әкімші»"), standard: kazakh, card: kazakhAdmin),
        ])

    static let outsideFile = FileResult(
        path: "../shared/corpus/002_ru.txt", format: .text, layout: .l2,
        standards: [StandardSummary(reference: testing, language: .ru, cards: 4)],
        diagnostics: [
            diagnostic("PS110", "card-list-matches", .list, .info, "order", ["name": .string("Тестировщик")],
                       "Paragraph 8 lists «Тестировщик» after «Инженер по тестированию»; the cards are in the other order.",
                       at(88, 4, clause: "8", "2) Тестировщик - 5 уровень ОРК;"), standard: testing),
        ])

    static let brokenFile = FileResult(path: "drafts/broken.docx", format: .docx, error: "not a Word document: the file is not a zip archive")
    static let skippedFile = FileResult(path: "drafts/README.txt", format: .text, skipped: true)
    /// Skipped with the driver's own notice.
    static let skippedWithNotice = FileResult(path: "drafts/notes.html", format: .html, notices: ["holds no professional standard: skipped"],
                                              skipped: true)

    static let configurationDiagnostic = diagnostic(
        "config-unused-waiver", "unused-waiver", .structure, .warning, "unused", ["rule": .string("PS207")],
        "The waiver of PS207 for «J099» matches no finding.", at(14, 5, "- rule: PS207"), standard: nil)

    static let findings = CheckResult(
        toolVersion: version, files: [textFile, wordFile, outsideFile, brokenFile, skippedFile, skippedWithNotice],
        configurationDiagnostics: [configurationDiagnostic], configurationPath: ".pslint.yml", failOn: .error)

    // MARK: (b) A clean result

    static let clean = CheckResult(
        toolVersion: version,
        files: [
            FileResult(path: "drafts/004_it.txt", format: .text, layout: .l1,
                       standards: [StandardSummary(reference: sysadmin, language: .ru, cards: 7),
                                   StandardSummary(reference: testing, language: .ru, cards: 4)]),
            FileResult(path: "drafts/J062 жоба.docx", format: .docx, standards: [StandardSummary(reference: kazakh, language: .kk, cards: 4)]),
        ],
        failOn: .error)

    /// Every diagnostic of a result, the configuration's included.
    static func allDiagnostics(_ result: CheckResult) -> [Diagnostic] {
        result.files.flatMap(\.diagnostics) + result.configurationDiagnostics
    }
}
