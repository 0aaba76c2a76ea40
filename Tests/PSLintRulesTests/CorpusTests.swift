import Foundation
import Testing
import PSLintCore
@testable import PSLintRules

/// The real defects of the five corpus documents, each checked by eye against the text, and
/// the silence of the rules where the text is right. Skipped when ../shared/corpus is absent.
@Suite("Corpus", .enabled(if: Corpus.available, "the corpus (/work/shared/corpus or PSLINT_CORPUS) is not on this machine"))
struct CorpusTests {
    @Test func systemAdministrationCardGapIsOneFindingWithARenumberingFix() throws {
        let run = try Corpus.run("004_8f656e93d6fef283.txt")
        let standard = try #require(run.standard(titled: "Системное и сетевое администрирование"))
        let cards = run.findings(in: standard, rule: "PS224")
        #expect(cards.count == 1, "cards 9, 10, 11, 12, 15: one gap, one finding")
        let finding = try #require(cards.first)
        #expect(finding.location.line == 1934)
        #expect(finding.message == "Card 15 «Сетевой администратор» follows card 12; expected 13")
        let edits = try #require(finding.fix?.edits)
        #expect(edits.map(\.newText) == (13...20).map(String.init), "card 15 → 13 and chapter 4's 16…22 → 14…20")
        #expect(edits.map(\.oldText) == ["15"] + (16...22).map(String.init))
        #expect(edits.first?.location.line == 1934)
        #expect(run.findings(in: standard, rule: "PS003").isEmpty, "chapter 4 continues after card 15: not a second finding")

        let code = try #require(run.findings(in: standard, rule: "PS406").first)
        #expect(code.location.line == 1767 && code.message.contains("«Ю069»") && code.suggestion == "Did you mean «J069»?")
        #expect(run.findings(in: standard, rule: "PS008").compactMap(\.location.line) == [1780, 1782])
        #expect(run.findings(in: standard, rule: "PS114").map(\.message) == ["Item 7) of the card list follows item 4); expected 5)"])
    }

    @Test func kazakhSystemAdministrationHasTheSameCardGap() throws {
        let run = try Corpus.run("001_9032630b3ee35f5f.txt")
        let standard = try #require(run.standards.first { $0.code?.value.contains("J069") == true })
        let cards = run.findings(in: standard, rule: "PS224")
        #expect(cards.map(\.location.line) == [23577])
        #expect(cards.first?.fix?.edits.count == 8)
        #expect(run.findings(in: standard, rule: "PS003").map(\.message) == ["Paragraph number 5 is repeated; expected 6"],
                "4, 5, 5, 7: one wrong number, one finding")
    }

    @Test func linksToSoftwareDeveloperPointToAnotherCardsOtherName() throws {
        let run = try Corpus.run("004_8f656e93d6fef283.txt")
        let standard = try #require(run.standard(titled: "Разработка программного обеспечения"))
        let links = run.findings(in: standard, rule: "PS221").filter { $0.arguments["name"] == .string("Разработчик программного обеспечения") }
        #expect(links.count == 8)
        for link in links {
            #expect(link.messageID == "otherName" && link.severity == .warning)
            #expect(link.suggestion == "Did you mean «Проектировщик программного обеспечения»?")
        }
        #expect(run.findings(in: standard, rule: "PS406").map(\.location.line) == [2878, 2888], "section Ж for J")
        // In the single-card sports standard the same name may be another standard's profession.
        let coach = try #require(run.standard(titled: "Тренер по спортивному программированию"))
        #expect(run.findings(in: coach, rule: "PS221").map(\.severity) == [.info, .info])
    }

    @Test func nearMissesSuggestTheCard() throws {
        let run = try Corpus.run("004_8f656e93d6fef283.txt")
        let standard = try #require(run.standard(titled: "Разработка систем обработки и хранения больших данных"))
        let dataMining = run.findings(in: standard, rule: "PS221").filter { $0.arguments["name"] == .string("Специалист по DataMining") }
        #expect(dataMining.count == 7)
        #expect(dataMining.allSatisfy { $0.messageID == "nearMiss" && $0.suggestion == "Did you mean «Специалист по Data Mining»?" })
        #expect(run.findings(in: standard, rule: "PS224").map(\.location.line) == [2221])

        let kazakh = try Corpus.run("003_48a87135cbd632c1.txt")
        let links = kazakh.findings.filter { $0.ruleID == "PS221" }
        #expect(links.count == 10)
        #expect(links.allSatisfy { $0.messageID == "nearMiss" && $0.suggestion != nil }, "«инфрақұрылымының инженері» is «инфрақұрылымы инженері»")
    }

    @Test func codeDefects() throws {
        let russian = try Corpus.run("004_8f656e93d6fef283.txt")
        #expect(russian.findings.filter { $0.ruleID == "PS406" }.map(\.location.line) == [1767, 2878, 2888, 4453])
        #expect(russian.findings.filter { $0.ruleID == "PS202" }.map(\.location.line) == [3436], "group code «2522»")
        #expect(russian.findings.filter { ["PS103", "PS104", "PS105", "PS107", "PS108", "PS204"].contains($0.ruleID) }.isEmpty)

        let kazakh = try Corpus.run("001_9032630b3ee35f5f.txt")
        #expect(kazakh.findings.filter { $0.ruleID == "PS202" }.map(\.location.line) == [10549, 10887, 32705])
        #expect(kazakh.findings.filter { $0.ruleID == "PS203" && $0.severity == .error }.map(\.location.line) == [4302], "«2166-1» as occupation code")
        let unknown = try #require(kazakh.findings.first { $0.ruleID == "PS108" })
        #expect(unknown.message == "ОКЭД code 63.11.2 is not in the classifier НК РК 03-2019" && unknown.severity == .warning)
        #expect(kazakh.findings.filter { $0.ruleID == "PS203" && $0.severity == .info }.count == 31, "31 Kazakh cards have «-»")
        #expect(russian.findings.filter { $0.ruleID == "PS203" && $0.severity == .info }.count == 29, "29 Russian cards have «-»")
    }

    @Test func numberingAnomaliesOfTheKazakhOrder() throws {
        let run = try Corpus.run("001_9032630b3ee35f5f.txt")
        #expect(run.findings.filter { $0.ruleID == "PS009" }.map(\.location.line) == [12845, 18461, 18510], "«1. 1.» and «7. 7.»")
        #expect(run.findings.filter { $0.ruleID == "PS008" }.map(\.location.line) == [28935, 28937, 32624, 35480])
        #expect(!run.findings.contains { $0.ruleID == "PS003" && $0.location.line == 35482 },
                "24 after an unnumbered paragraph is not a second finding")
        let levels = run.findings.filter { $0.ruleID == "PS207" }
        #expect(levels.count == 78, "78 of 118 cards lost their ORK level in the legal-database export")
        #expect(levels.allSatisfy { $0.messageID == "missing" })
        #expect(levels.filter { $0.suggestion != nil }.count >= 60)
    }

    @Test func smallKazakhStandards() throws {
        let content = try Corpus.run("000_e6fde071111a5891.txt")
        #expect(content.findings.map(\.ruleID) == ["PS223", "PS221", "PS221"])
        for link in content.findings.filter({ $0.ruleID == "PS221" }) {
            #expect(link.messageID == "otherLevel" && link.arguments["level"] == .string("4"))
            // The level-4 card words the same profession differently.
            #expect(link.suggestion == "Did you mean «Құру және басқару жөніндегі маман ақпараттық ресурстармен (контент - менеджер)»?")
        }

        let infrastructure = try Corpus.run("003_48a87135cbd632c1.txt")
        #expect(infrastructure.findings.filter { $0.ruleID == "PS201" && $0.field == "experience" }.count == 5, "experience is empty in all 5 cards")
        #expect(infrastructure.findings.filter { $0.ruleID == "PS301" }.map(\.field) == ["stateBody"])
        #expect(infrastructure.findings.count == 16)
    }

    @Test func theFrameworkFileIsNotAStandard() throws {
        let framework = try Corpus.run("002_f73435c4522e9245.txt")
        #expect(framework.standards.isEmpty && framework.findings.isEmpty)
    }

    /// Standards whose text is right on a family raise nothing from it.
    @Test func correctTextRaisesNothing() throws {
        let run = try Corpus.run("004_8f656e93d6fef283.txt")
        let clean = ["Разработка приложений искусственного интеллекта", "Сопровождение программного обеспечения", "Облачные технологии"]
        for title in clean {
            let standard = try #require(run.standard(titled: title))
            let serious = run.findings(in: standard).filter { $0.severity != .info && $0.ruleID != "PS221" && $0.ruleID != "PS215" }
            #expect(serious.isEmpty, "\(title): \(serious.map(\.message))")
        }
        for standard in run.standards {
            let numbering = run.findings(in: standard).filter { $0.family == .numbering || $0.family == .structure || $0.family == .list }
            let expected = ["Системное и сетевое администрирование", "Разработка систем обработки и хранения больших данных",
                            "Инфраструктура компьютерных систем", "Администрирование серверов",
                            "Разработка анимационных фильмов, видеоигр и интерактивных 3D-приложений"]
            if !expected.contains(standard.title?.value.trimmingWhitespace ?? "") {
                #expect(numbering.isEmpty, "\(standard.title?.value ?? ""): \(numbering.map(\.message))")
            }
        }
    }
}

/// Reading and checking the corpus files.
enum Corpus {
    static let folder: URL = {
        if let path = ProcessInfo.processInfo.environment["PSLINT_CORPUS"] { return URL(fileURLWithPath: path) }
        let sibling = TestSupport.root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        if FileManager.default.fileExists(atPath: sibling.path) { return sibling }
        return URL(fileURLWithPath: "/work/shared/corpus")
    }()

    static let available: Bool = FileManager.default.fileExists(atPath: folder.appendingPathComponent("004_8f656e93d6fef283.txt").path)

    struct Run {
        var standards: [Standard]
        var findings: [Diagnostic]

        func standard(titled title: String) -> Standard? {
            standards.first { $0.title?.value.trimmingWhitespace == title }
        }

        func findings(in standard: Standard, rule: String? = nil) -> [Diagnostic] {
            findings.filter { $0.standard?.index == standard.index && (rule == nil || $0.ruleID == rule) }
        }
    }

    /// Each file is read and checked once for all tests.
    static func run(_ name: String) throws -> Run {
        guard let run = runs[name] else { throw TestSupport.ExampleError("\(name) is not a corpus file") }
        return try run.get()
    }

    private static let runs: [String: Result<Run, Error>] = {
        let names = ["000_e6fde071111a5891.txt", "001_9032630b3ee35f5f.txt", "002_f73435c4522e9245.txt", "003_48a87135cbd632c1.txt",
                     "004_8f656e93d6fef283.txt"]
        return Dictionary(uniqueKeysWithValues: names.map { name in (name, Result { try read(name) }) })
    }()

    private static func read(_ name: String) throws -> Run {
        let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
        let document = try TextReader().read(bytes: bytes, path: name, options: ReadOptions())
        let standards = StandardParser.parse(document)
        return Run(standards: standards, findings: RuleEngine().check(standards))
    }
}
