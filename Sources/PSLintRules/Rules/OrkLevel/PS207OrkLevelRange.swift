import PSLintCore

/// PS207 ork-level-range: every card has an ORK level that is one integer of the framework
/// (1–8). When it is missing and paragraph 8 gives it, the suggestion says so.
struct PS207OrkLevelRange: Rule {
    static let id = "PS207"

    func check(_ context: RuleContext) -> [Diagnostic] {
        let levels = ReferenceData.orkLevels.levels
        var findings: [Diagnostic] = []
        for (position, card) in context.standard.cards.enumerated() {
            let name: [String: MessageArgument] = ["card": .string(card.displayName)]
            guard let level = card.orkLevel, !level.field.isEmpty else {
                var suggestion: String?
                if let item = context.listMatch.itemPosition(forCard: position).flatMap({ context.standard.passport.cardList?[$0] }),
                   let listed = item.level?.parsed, levels.contains(listed) {
                    suggestion = context.text("fromList", ["level": .int(listed)])
                }
                findings.append(context.report("missing", name, at: card.orkLevel?.location ?? card.location, field: "orkLevel",
                                               card: card, suggestion: suggestion))
                continue
            }
            let printed: [String: MessageArgument] = name.merging(["level": .string(level.value.trimmingWhitespace)]) { a, _ in a }
            if let parsed = level.parsed {
                if !levels.contains(parsed) {
                    findings.append(context.report("outOfRange", printed, at: level.location, card: card))
                }
            } else {
                findings.append(context.report("notOneLevel", printed, at: level.location, card: card))
            }
        }
        return findings
    }
}
