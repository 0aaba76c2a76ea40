import PSLintCore

/// PS222 card-title-vs-field: the name in a card's heading is the name in its
/// "Наименование профессии" field.
struct PS222CardTitleVsField: Rule {
    static let id = "PS222"

    func check(_ context: RuleContext) -> [Diagnostic] {
        context.standard.cards.compactMap { card in
            guard let heading = card.headingName, let name = card.name, !heading.isEmpty, !name.isEmpty,
                  !NameMatcher.same(heading.value, name.value) else { return nil }
            return context.report("differ", ["heading": .string(heading.value.trimmingWhitespace), "name": .string(name.value.trimmingWhitespace)],
                                  at: name.location, card: card)
        }
    }
}
