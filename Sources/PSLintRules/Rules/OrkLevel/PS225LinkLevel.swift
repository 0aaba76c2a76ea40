import PSLintCore

/// PS225 link-level: every row of a card's link table ("Связь с другими профессиями в рамках
/// ОРК") gives one ORK level of the framework — not a range like `5-6`, not nothing.
struct PS225LinkLevel: Rule {
    static let id = "PS225"

    func check(_ context: RuleContext) -> [Diagnostic] {
        let levels = ReferenceData.orkLevels.levels
        var findings: [Diagnostic] = []
        for card in context.standard.cards {
            for link in card.links where !link.name.isEmpty {
                var arguments: [String: MessageArgument] = ["card": .string(card.displayName), "name": .string(link.name.value.trimmingWhitespace)]
                guard let level = link.level, !level.field.isEmpty else {
                    findings.append(context.report("missing", arguments, at: link.level?.location ?? link.name.location, field: "level", card: card))
                    continue
                }
                arguments["level"] = .string(level.value.trimmingWhitespace)
                if let parsed = level.parsed {
                    if !levels.contains(parsed) { findings.append(context.report("outOfRange", arguments, at: level.location, card: card)) }
                } else {
                    findings.append(context.report("notOneLevel", arguments, at: level.location, card: card))
                }
            }
        }
        return findings
    }
}
