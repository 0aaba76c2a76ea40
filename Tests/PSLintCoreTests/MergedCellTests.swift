import Testing
@testable import PSLintCore

/// P1: the legal-database export (001) destroys vertically merged cells. Read what is there,
/// invent nothing: a lost level stays empty or absent, never guessed.
@Suite("P1 merged cells lost (L2)")
struct MergedCellTests {
    @Test func levelLabelsInOneCellLeaveThePresentButEmptyLevel() throws {
        let card = try Fixture.card("P01ab-level-and-link-rows-lost.l2.txt")
        #expect(card.number?.value == "12")
        #expect(card.headingName?.value == "Жүйелік сәулетші")
        #expect(card.groupCode?.value == "2511-1" && card.groupCode?.at == "18:1")
        #expect(card.occupationCode?.value == "2511-1-003")
        // `СБШ бойынша біліктілік деңгейі:` / ` СБШ бойынша біліктілік ішкі деңгейі:` in one cell, the value cell empty
        let level = try #require(card.orkLevel, "the label is there: the level is present")
        #expect(level.value == "" && level.parsed == nil)
        #expect(level.at == "31:32")
        #expect(card.orkSublevel?.value == "" && card.orkSublevel?.at == "32:38")
        #expect(card.orkLevel?.location.clause == "12", "the card number is the clause")
    }

    @Test func linkRowsGluedIntoTheHeaderCellHaveNoLevel() throws {
        let card = try Fixture.card("P01ab-level-and-link-rows-lost.l2.txt")
        #expect(card.linksLabel?.value == "СБШ шеңберінде басқа кәсіптермен байланыс:")
        #expect(card.linkSummary == ["∅|IT - дизайнер", "∅|IT - дизайнер", "∅|IT - дизайнер", "6|Жүйелік сәулетші"])
        #expect(card.links.map(\.name.at) == ["52:2", "53:2", "54:2", "60:1"])
        #expect(card.links[3].level?.at == "58:1")
        #expect(card.links[3].level?.parsed == 6)
    }

    @Test func aContinuationLineAfterALevelCellIsARowWithoutLevel() throws {
        let standard = try Fixture.standard("P01c-link-continuation-rows.l2.txt")
        #expect(standard.appendix?.value == "17")
        #expect(standard.cards.map { $0.number?.value } == ["9", "11"])
        let card = standard.cards[0]
        #expect(card.linkSummary == ["6|Ақпараттық технологиялар инфрақұрылымы инженері",
                                     "∅|Ақпараттық технологиялар инфрақұрылымы инженері"])
        #expect(card.links.map(\.name.at) == ["54:1", "55:2"])
        #expect(standard.cards[1].groupCode?.value == "2523-0", "the next card is read after the damaged table")
    }

    @Test func aCardHeadingGluedIntoTheLastHeaderCellStartsTheNextCard() throws {
        let standard = try Fixture.standard("P01d-heading-glued-into-cell.l2.txt")
        #expect(standard.appendix?.value == "9")
        #expect(standard.cards.count == 2)
        let first = standard.cards[0], second = standard.cards[1]
        #expect(first.number?.value == "11" && first.links.isEmpty, "the header row of its link table has no rows")
        #expect(first.linksLabel?.value == "СБШ -нің ішіндегі басқа кәсіптермен байланыс:")
        // ` 12. Кәсіптің карточкасы "…":` — a heading with a leading space, inside the header cell
        #expect(second.number?.value == "12" && second.number?.at == "28:2")
        #expect(second.headingName?.value == "Жасанды интеллект бойынша маман" && second.headingName?.at == "28:27")
        #expect(second.groupCode?.value == "2519-9" && second.occupationCode?.value == "2519-9-003")
        #expect(second.name?.value == "Жасанды интеллект бойынша маман")
    }
}
