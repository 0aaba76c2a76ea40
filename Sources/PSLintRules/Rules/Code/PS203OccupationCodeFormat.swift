import PSLintCore

/// PS203 occupation-code-format: a card's occupation code is `NNNN-N-NNN` (`2511-1-005`);
/// `-`, the placeholder for an occupation the classifier lacks, is noted as info.
struct PS203OccupationCodeFormat: Rule {
    static let id = "PS203"

    func check(_ context: RuleContext) -> [Diagnostic] {
        context.standard.cards.compactMap { card in
            guard let field = card.occupationCode, !field.isEmpty else { return nil }
            let code = field.value.trimmingWhitespace
            let arguments: [String: MessageArgument] = ["code": .string(code), "card": .string(card.displayName)]
            if code == "-" || code == "–" || code == "—" {
                return context.report("placeholder", arguments, at: field.location, card: card)
            }
            guard CodeFormats.cyrillicLetters(in: code).isEmpty, !CodeFormats.isOccupationCode(code) else { return nil }
            return context.report("malformed", arguments, at: field.location, card: card)
        }
    }
}
