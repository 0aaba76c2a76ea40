import Foundation
import Testing
@testable import PSLintCore

/// P3 labels split over lines, P4 spacing and case variants, P5 label and value in one cell.
@Suite("P3–P5 label variants")
struct LabelVariantTests {
    @Test func labelsSplitOverTwoLinesWithABlankLineBetween() throws {
        // `Список технических регламентов и` / `` / `национальных стандартов:` (l.34–36)
        let card = try Fixture.card("P03-label-split-over-lines.l3.txt")
        let regulations = try #require(card.regulations)
        #expect(regulations.value == "" && regulations.at == "36:25")
        #expect(card.unlabeledText.isEmpty, "the first half of the label is not stray text")
        #expect(card.linkSummary == ["5|Сетевой администратор"])

        // `Уровень квалификации по ЕТКС, КС и др типовых` / `` / `квалификационных характеристик:` (l.9–11)
        let second = try Fixture.card("P03-label-split-over-lines-2.l3.txt")
        #expect(second.etksLevel?.value == "" && second.etksLevel?.at == "11:32")
        #expect(second.orkSublevel?.value == "", "the first half is not read as the sublevel's value")
        #expect(second.education.first?.qualification?.value == "")
        #expect(second.experience?.value == "Без опыта")
    }

    @Test func splitLabelsAreFoundOnlyWhenBothHalvesMakeALabel() throws {
        let first = "Список технических регламентов и"
        let matched = UTF8Bytes.with("национальных стандартов:\t") { LabelMatcher.splitLabel(first: first, second: $0) }
        #expect(matched?.variant.label == .regulations && matched?.end == "национальных стандартов:".utf8.count)
        #expect(UTF8Bytes.with(first) { LabelMatcher.isSplitLabelStart($0) })
        #expect(UTF8Bytes.with("национальных интересов:") { LabelMatcher.splitLabel(first: first, second: $0) } == nil)
        #expect(!UTF8Bytes.with("Список литературы") { LabelMatcher.isSplitLabelStart($0) })
    }

    @Test func russianSpacingAndCaseVariants() throws {
        let card = try Fixture.card("P04-russian-label-variants.l3.txt")
        // `Наименование профессии :` with a space before the colon
        #expect(card.name?.value == "Инженер-программист IoT систем" && card.name?.at == "7:26")
        // `подуровень квалификации по ОРК:` always lower-case
        #expect(card.orkSublevel?.value == "" && card.orkSublevel?.at == "9:32")
        #expect(card.orkLevel?.value == "6" && card.orkLevel?.parsed == 6)
        // `Другие возможные наименования профессии :` (P02a l.25)
        let other = try Fixture.card("P02a-function-label-rows-later.l3.txt")
        #expect(other.otherNames?.value == "" && other.otherNames?.at == "25:42")
    }

    @Test func kazakhVariants() throws {
        let card = try Fixture.card("P04-kazakh-label-variants.l1.txt")
        // `Формалды емес және информативті біліммен байланыс:` (000 l.146)
        #expect(card.nonFormalEducation?.value == "курстық дайындық" && card.nonFormalEducation?.at == "20:52")
        // `СБШ -нің ішіндегі басқа кәсіптермен байланыс:` with a space before the hyphen
        #expect(card.linksLabel?.value == "СБШ -нің ішіндегі басқа кәсіптермен байланыс:")
        #expect(card.linkSummary.count == 2 && card.links.allSatisfy { $0.name.value.hasSuffix("(контент-менеджер)") })
        #expect(card.links.map { $0.level?.parsed } == [4, 5])
        // «…» quotes in the heading (P13)
        #expect(card.headingName?.value == "Ақпараттық ресурстарды құру және басқару жөніндегі маман (контент-менеджер)")
    }

    @Test func everyVariantOfTheLabelTableIsRecognised() {
        for variant in LabelTable.variants {
            var text = variant.text
            if text.contains("#") { text = text.replacingOccurrences(of: "#", with: "3") }
            let bare = !text.hasSuffix(":")
            let hits = LabelMatcher.hits(in: bare ? text : text + " value")
            #expect(hits.first?.label == variant.label, "«\(variant.text)»")
            // case and spacing do not matter
            let shouted = LabelMatcher.hits(in: "  " + text.uppercased().replacingOccurrences(of: ":", with: " :"))
            #expect(shouted.first?.label == variant.label, "«\(variant.text)» in capitals")
        }
    }

    @Test func labelAndValueInOneCell() throws {
        let card = try Fixture.card("P05-label-and-value-in-one-cell.l3.txt")
        let first = card.labourFunctions[0]
        // `Трудовая функция 1: Разработка …` / `Навык 1: Составление …` with their values (l.22)
        #expect(first.number?.at == "22:18" && first.name.at == "22:21")
        #expect(first.skills[0].name.value == "Составление плана подготовки к олимпиадам")
        // `Умения: 1. … Знания: 1. …` inline in one cell (l.24)
        let skill = first.skills[1]
        #expect(skill.abilities?.map(\.text.value) == ["Определять индивидуальные способности соревнующегося",
            "Прививать навыки командной работы", "Управлять внутренней динамикой команды"])
        #expect(skill.knowledge?.count == 3)
        #expect(card.mandatoryFunctions?.count == 3, "items on three rows")
        // `Уровень ОРК: 7` / `Наименование профессии: …` inline (P02a card 2 has none; see the link tests)
    }

    @Test func theAdditionalFunctionAndAListLabelAboveItsSkill() throws {
        let card = try Fixture.card("P05-label-and-value-in-one-cell.l3.txt")
        #expect(card.additionalFunctions?.map(\.text.value) == ["Организация и проведение олимпиад"])
        let additional = try #require(card.labourFunctions.last)
        #expect(additional.isAdditional && additional.number?.value == "1")
        #expect(additional.name.value == "Организация и проведение олимпиад" && additional.name.at == "43:36")
        let skill = try #require(additional.skills.first)
        // `→→Умения: 1. … 3. …` on l.41, item 4 next to the skill on l.43
        #expect(skill.abilities?.map(\.number?.value) == ["1", "2", "3", "4"])
        #expect(skill.abilities?.last?.text.at == "43:107")
        // `Возможность признания навыка:→Знания: … безопасности  Рекомендуется` (l.44)
        #expect(skill.knowledge?.last?.text.value == "Техники безопасности, требования информационной безопасности")
        #expect(skill.recognition?.value == "Рекомендуется" && skill.recognition?.at == "44:230")
    }

    /// The cache of a standard's builder answers as the matcher does, for every paragraph of the
    /// corpus, read twice (the second time mostly from the cache).
    @Test(.enabled(if: Corpus.available, "the corpus is not on this machine"))
    func theLabelCacheAnswersAsTheMatcher() throws {
        func summary(_ hits: [LabelHit]) -> [String] {
            hits.map { "\($0.variant.text)|\($0.range)|\($0.number?.text ?? "")|\($0.number?.range.description ?? "")" }
        }
        let cache = LabelHitCache()
        var compared = 0, withLabels = 0
        for file in Corpus.files {
            let document = try TextReader().read(bytes: Array(Data(contentsOf: Corpus.directory.appendingPathComponent(file))),
                                                 path: file, options: ReadOptions())
            let texts = document.blocks.flatMap(\.paragraphs).map(\.text)
            for text in texts + texts {
                let expected = summary(LabelMatcher.hits(in: text))
                #expect(summary(cache.hits(in: text)) == expected, "\(text)")
                compared += 1
                if !expected.isEmpty { withLabels += 1 }
            }
        }
        #expect(compared > 50_000 && withLabels > 10_000)
    }
}
