import PSLintCore

/// PS202 group-code-format: a card's group code is `NNNN-N` (`2511-1`). An empty one is
/// PS201's, Cyrillic look-alikes PS406's.
struct PS202GroupCodeFormat: Rule {
    static let id = "PS202"

    func check(_ context: RuleContext) -> [Diagnostic] {
        context.standard.cards.compactMap { card in
            guard let field = card.groupCode, !field.isEmpty else { return nil }
            let code = field.value.trimmingWhitespace
            guard CodeFormats.cyrillicLetters(in: code).isEmpty, !CodeFormats.isGroupCode(code) else { return nil }
            return context.report("malformed", ["code": .string(code), "card": .string(card.displayName)], at: field.location, card: card)
        }
    }
}
