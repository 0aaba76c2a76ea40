import PSLintCore

/// PS110 card-list-matches: the list of paragraph 8 names the cards of chapter 3 — the same
/// cards, in the same order, with the same names and ORK levels.
///
/// A card whose level is missing is left to PS207 (one defect, one finding); a card whose
/// heading and name field differ is matched on either (PS222 reports the difference).
struct PS110CardListMatches: Rule {
    static let id = "PS110"

    func check(_ context: RuleContext) -> [Diagnostic] {
        let standard = context.standard
        let match = context.listMatch
        guard match.hasList, let items = standard.passport.cardList else { return [] }
        let cards = standard.cards
        var findings: [Diagnostic] = []

        for pair in match.pairs {
            let item = items[pair.item], card = cards[pair.card]
            let arguments: [String: MessageArgument] = [
                "item": .string(itemNumber(item, pair.item)), "name": .string(item.name.value.trimmingWhitespace),
                "card": .string(card.displayName),
            ]
            switch pair.kind {
            case .exact: break
            case .otherLevel:
                if let listLevel = item.level?.parsed, let cardLevel = card.orkLevel?.validLevel {
                    findings.append(context.report("level", arguments.merging(["listLevel": .int(listLevel), "cardLevel": .int(cardLevel)]) { a, _ in a },
                                                   at: item.level?.location ?? item.location, card: card))
                }
            case .nearName, .position:
                findings.append(context.report("name", arguments, at: item.name.location, card: card))
            }
            if item.level?.parsed == nil {
                findings.append(context.report("itemLevel", arguments.merging(["level": .string(item.level?.value.trimmingWhitespace ?? "")]) { a, _ in a },
                                               at: item.level?.location ?? item.location, field: "level"))
            }
        }

        // Order: the pairs whose cards do not rise with the items, fewest possible.
        for position in outOfOrder(match.pairs.map(\.card)) {
            let pair = match.pairs[position]
            let item = items[pair.item], card = cards[pair.card]
            findings.append(context.report("order", ["item": .string(itemNumber(item, pair.item)), "name": .string(item.name.value.trimmingWhitespace),
                                                     "card": .string(card.displayName)], at: item.location, card: card))
        }

        for index in match.unmatchedItems {
            let item = items[index]
            findings.append(context.report("noCard", ["item": .string(itemNumber(item, index)), "name": .string(item.name.value.trimmingWhitespace),
                                                      "level": .string(item.level?.value.trimmingWhitespace ?? "")],
                                           at: item.location))
        }
        for index in match.unmatchedCards {
            let card = cards[index]
            findings.append(context.report("notListed", ["card": .string(card.displayName)], at: card.location, card: card))
        }
        return findings
    }

    /// The item's number as printed, else its position.
    private func itemNumber(_ item: CardListItem, _ index: Int) -> String {
        item.number?.value.trimmingWhitespace ?? String(index + 1)
    }

    /// Positions outside one longest increasing subsequence of `values`.
    private func outOfOrder(_ values: [Int]) -> [Int] {
        guard values.count > 1 else { return [] }
        var length = Array(repeating: 1, count: values.count)
        var previous = Array(repeating: -1, count: values.count)
        for i in values.indices {
            for j in 0..<i where values[j] < values[i] && length[j] + 1 > length[i] {
                length[i] = length[j] + 1
                previous[i] = j
            }
        }
        var keep = Set<Int>()
        var i = length.indices.max { length[$0] < length[$1] } ?? 0
        while i >= 0 {
            keep.insert(i)
            i = previous[i]
        }
        return values.indices.filter { !keep.contains($0) }
    }
}
