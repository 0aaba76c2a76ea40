import PSLintCore

/// PS224 card-numbering: cards are numbered 9…8+n, each one more than the card before it.
///
/// Findings carry the renumbering fix (cards and the technical-data paragraphs after them)
/// unless the list of paragraph 8 and the cards disagree on which cards exist.
struct PS224CardNumbering: Rule {
    static let id = "PS224"

    func check(_ context: RuleContext) -> [Diagnostic] {
        let cards = context.standard.cards
        let plan = context.renumbering
        let last = RenumberingPlan.firstCardNumber + cards.count - 1
        let fix = plan.isFixable && !plan.edits.isEmpty ? context.fix("fix", ["last": .int(last)], edits: plan.edits) : nil
        var findings: [Diagnostic] = []
        for found in NumberSequence.breaks(cards.map { NumberSequence.value($0.number) }, first: RenumberingPlan.firstCardNumber) {
            let card = cards[found.position]
            let at = card.number?.location ?? card.location
            var arguments: [String: MessageArgument] = ["number": .int(found.number), "expected": .int(found.expected), "card": .string(card.displayName)]
            switch found.kind {
            case .first:
                findings.append(context.report("first", arguments, at: at, card: card, fix: fix))
            case .repeated, .unexpected:
                arguments["previous"] = .int(found.previous ?? 0)
                findings.append(context.report(found.kind == .repeated ? "repeated" : "next", arguments, at: at, card: card, fix: fix))
            }
        }
        // A heading without a number takes the number after the card before it.
        var expected = RenumberingPlan.firstCardNumber
        for card in cards {
            if let number = NumberSequence.value(card.number) {
                expected = number + 1
                continue
            }
            findings.append(context.report("unnumbered", ["card": .string(card.displayName), "expected": .int(expected)],
                                           at: card.location, field: "number", card: card))
            expected += 1
        }
        return findings
    }
}
