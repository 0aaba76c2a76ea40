import Foundation
import Testing
@testable import PSLintCore

/// The five real documents of ../shared/corpus (or `PSLINT_CORPUS`), parsed once.
enum Corpus {
    static let directory: URL = {
        if let path = ProcessInfo.processInfo.environment["PSLINT_CORPUS"], !path.isEmpty { return URL(fileURLWithPath: path) }
        return Fixture.root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }()

    static let files = ["000_e6fde071111a5891.txt", "001_9032630b3ee35f5f.txt", "002_f73435c4522e9245.txt",
                        "003_48a87135cbd632c1.txt", "004_8f656e93d6fef283.txt"]

    static let available: Bool = files.allSatisfy { FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).path) }

    struct Parsed: Sendable {
        var document: SourceDocument
        var standards: [Standard]
    }

    /// Every file read and parsed once for all the tests.
    static let parsed: [String: Parsed] = {
        var result: [String: Parsed] = [:]
        guard available else { return result }
        for file in files {
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(file)),
                  let document = try? TextReader().read(bytes: [UInt8](data), path: file, options: ReadOptions()) else { continue }
            result[file] = Parsed(document: document, standards: StandardParser.parse(document))
        }
        return result
    }()

    static func file(_ name: String) throws -> Parsed { try #require(parsed[name], "\(name) could not be read") }

    /// Every TAB-separated cell of every line of the corpus (a line without a TAB is one cell), raw.
    static func cells() throws -> [(file: String, cell: String)] {
        var cells: [(file: String, cell: String)] = []
        for file in files {
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
                for cell in line.split(separator: "\t", omittingEmptySubsequences: false) { cells.append((file, String(cell))) }
            }
        }
        return cells
    }
}

/// Counts and values checked by eye against the corpus text (line numbers are the file's).
@Suite("Corpus", .enabled(if: Corpus.available, "the corpus is not on this machine: set PSLINT_CORPUS or put it at ../shared/corpus"))
struct CorpusTests {
    @Test func standardsAndCardsOfEveryFile() throws {
        let expected: [(String, TextLayout, Int, Int)] = [
            ("000_e6fde071111a5891.txt", .l1, 1, 3), ("001_9032630b3ee35f5f.txt", .l2, 22, 118),
            ("002_f73435c4522e9245.txt", .l2, 0, 0), ("003_48a87135cbd632c1.txt", .l1, 1, 5),
            ("004_8f656e93d6fef283.txt", .l3, 14, 82),
        ]
        for (file, layout, standards, cards) in expected {
            let parsed = try Corpus.file(file)
            #expect(parsed.document.layout == layout, "\(file)")
            #expect(parsed.standards.count == standards, "\(file)")
            #expect(parsed.standards.reduce(0) { $0 + $1.cards.count } == cards, "\(file)")
        }
    }

    @Test func singleStandardsOfTheKazakhDrafts() throws {
        let first = try #require(try Corpus.file("000_e6fde071111a5891.txt").standards.first)
        #expect(first.language == .kk && first.title?.value == "Ақпараттық ресурстарды құру және басқару")
        #expect(first.code?.value == "J63999054" && first.code?.at == "35:31")
        #expect(first.cards.map { $0.number?.value } == ["9", "10", "11"])
        #expect(first.cards.map { $0.orkLevel?.value } == ["4", "5", "6"])
        #expect(first.cards[1].linkSummary.map { String($0.prefix(2)) } == ["4|", "6|"])
        #expect(first.technicalData.atameken?.value == "-" && first.technicalData.reviewDate?.value == "05.12.2027 г.")

        let third = try #require(try Corpus.file("003_48a87135cbd632c1.txt").standards.first)
        #expect(third.code?.value == "J63991041")
        #expect(third.cards.map { $0.orkLevel?.parsed } == [5, 6, 7, 6, 7])
        #expect(third.cards.map(\.displayName) == ["АТ-инфрақұрылым сәулетшілері", "АТ-инфрақұрылым сәулетшілері",
            "АТ-инфрақұрылым сәулетшілері", "Ақпараттық технологиялар инфрақұрылымы инженері", "Ақпараттық технологиялар инфрақұрылымы инженері"])
        #expect(third.cards[3].otherNames?.value == "2522-0-006 - Жүйелік әкімші")
        #expect(third.technicalData.version?.value == "Нұсқа 2, 2022 г.")
    }

    @Test func theKazakhOrder() throws {
        let standards = try Corpus.file("001_9032630b3ee35f5f.txt").standards
        #expect(standards.map { $0.appendix?.value } == (1...22).map(String.init))
        #expect(standards.allSatisfy { $0.language == .kk })
        #expect(standards.map { $0.code?.value ?? "" } == ["J62011053", "J63999054", "J058", "J057", "J061", "J62012055", "J062",
            "J060", "J068", "J066", "J067", "J064", "J065", "J072", "J069", "J070", "J071", "J073", "J074", "J075", "J076", "J077"])
        // `5. Кәсіптік стандарттың коды: J62011053.` (l.152): no sentence dot in the value, the location kept
        #expect(standards[0].code?.at == "152:37")
        let cards = standards.flatMap(\.cards)
        // the ORK level lost with the merged cell (P1) in 78 cards, present but empty
        #expect(cards.filter { $0.orkLevel?.value == "" }.count == 78)
        #expect(cards.compactMap { $0.orkLevel?.parsed }.sorted() == [4, 4, 4] + Array(repeating: 5, count: 8)
                + Array(repeating: 6, count: 21) + Array(repeating: 7, count: 8))
        #expect(cards.allSatisfy { $0.orkSublevel?.value == "" })
        // link rows: a range (l.4281), rows without level (l.1338–1340)
        let graphic = try #require(standards[2].cards.first)
        #expect(graphic.linkSummary == ["5-6|Мультимедиялық дизайнер", "5-6|Интерактивті дизайнер"])
        #expect(graphic.links[0].level?.at == "4281:1")
        #expect(standards[0].cards[3].linkSummary == ["∅|IT - дизайнер", "∅|IT - дизайнер", "∅|IT - дизайнер", "6|Жүйелік сәулетші"])
        // every labour function has its skills and matches the mandatory (and additional) lists
        for card in cards {
            #expect(card.labourFunctions.count == (card.mandatoryFunctions?.count ?? 0) + (card.additionalFunctions?.count ?? 0))
            #expect(card.labourFunctions.allSatisfy { !$0.skills.isEmpty && !$0.name.isEmpty })
            #expect(card.unlabeledText.isEmpty, "001 card \(card.number?.value ?? "?"): nothing stray")
        }
        // card-number gap 9 → 16 (l.33022), group codes as printed
        #expect(cards.contains { $0.groupCode?.value == "2521-3-001" }, "an occupation code used as group (l.10549)")
    }

    @Test func theRussianAmendingOrder() throws {
        let standards = try Corpus.file("004_8f656e93d6fef283.txt").standards
        #expect(standards.allSatisfy { $0.language == .ru })
        // the header of appendix 19 is missing: «Администрирование серверов» (l.3369) has none
        #expect(standards.map { $0.appendix?.value } == ["9", "10", "11", "12", "13", "14", "15", "16", "17", "18", nil, "20", "21", "22"])
        #expect(standards[10].title?.value == "Администрирование серверов" && standards[10].title?.at == "3369:34")
        // `Ю069` with a Cyrillic Ю (l.1767), and the cards 9, 10, 11, 12, 15 of the same standard
        let administration = standards[6]
        #expect(administration.title?.value == "Системное и сетевое администрирование")
        #expect(administration.code?.value == "Ю069" && administration.code?.location.line == 1767)
        #expect(administration.cards.map { $0.number?.value } == ["9", "10", "11", "12", "15"])
        #expect(administration.unnumberedParagraphs.map(\.text.location.line) == [1780, 1782])
        // three ОКЭД blocks (l.2866–2896), two opening with a Cyrillic Ж
        #expect(standards[9].passport.oked?.filter { $0.code.value.count == 1 }.map(\.code.value) == ["J", "Ж", "Ж"])
        let cards = standards.flatMap(\.cards)
        #expect(cards.compactMap { $0.orkLevel?.parsed }.sorted() == [3] + Array(repeating: 4, count: 8)
                + Array(repeating: 5, count: 20) + Array(repeating: 6, count: 32) + Array(repeating: 7, count: 21))
        // level ranges (l.839–840)
        #expect(standards[2].cards[0].linkSummary == ["5-6|Разработчик приложений", "6-7|Архитектор программного обеспечения"])
        #expect(standards[0].cards[0].groupCode?.value == "2519-9" && standards[0].cards[0].occupationCode?.value == "2519-9-001")
        // `Трудовая функция 1:` empty, its name four rows later (l.197 → 201)
        #expect(standards[0].cards[0].labourFunctions[0].name.location.line == 201)
    }

    @Test func theFrameworkIsNoStandard() throws {
        let framework = try Corpus.file("002_f73435c4522e9245.txt")
        #expect(framework.standards.isEmpty)
        #expect(framework.document.notices.isEmpty)
    }

    @Test func kazakhAndRussianTextsOfTheSameStandardsMatchCardForCard() throws {
        // 004's 14 standards are 001's appendices 9–22: same codes, same group and occupation codes, card by card
        let kazakh = Array(try Corpus.file("001_9032630b3ee35f5f.txt").standards[8...])
        let russian = try Corpus.file("004_8f656e93d6fef283.txt").standards
        #expect(kazakh.count == russian.count)
        for (kk, ru) in zip(kazakh, russian) {
            #expect(kk.cards.count == ru.cards.count, "\(ru.title?.value ?? "")")
            #expect(kk.cards.map { $0.groupCode?.value } == ru.cards.map { $0.groupCode?.value }, "\(ru.title?.value ?? "")")
        }
    }
}
