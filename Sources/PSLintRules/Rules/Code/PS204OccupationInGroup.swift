import PSLintCore

/// PS204 occupation-in-group: a card's occupation code starts with its group code
/// (`2511-1-005` in group `2511-1`). Checked when both are well-formed.
struct PS204OccupationInGroup: Rule {
    static let id = "PS204"

    func check(_ context: RuleContext) -> [Diagnostic] {
        context.standard.cards.compactMap { card in
            guard let group = card.groupCode?.value.trimmingWhitespace, let occupationField = card.occupationCode,
                  CodeFormats.isGroupCode(group), CodeFormats.isOccupationCode(occupationField.value) else { return nil }
            let occupation = occupationField.value.trimmingWhitespace
            guard !occupation.hasPrefix(group + "-") else { return nil }
            return context.report("notInGroup", ["code": .string(occupation), "group": .string(group), "card": .string(card.displayName)],
                                  at: occupationField.location, card: card)
        }
    }
}
