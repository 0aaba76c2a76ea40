import PSLintCore

/// PS221 link-target: every row of a card's link table names a card of the same standard at
/// that level.
///
/// Misses are told apart: the name exists at other levels; a near miss of a card's name (case,
/// spacing, inflection, look-alike letters) — "did you mean"; one of a card's other possible
/// names (warning, "did you mean"); a link to the card itself; and, in a single-card standard,
/// an unknown name, which may be a profession of another standard (info).
struct PS221LinkTarget: Rule {
    static let id = "PS221"

    func check(_ context: RuleContext) -> [Diagnostic] {
        let cards = context.standard.cards
        var findings: [Diagnostic] = []
        for card in cards {
            for link in card.links where !link.name.isEmpty {
                let level = link.level?.parsed
                var arguments: [String: MessageArgument] = ["card": .string(card.displayName), "name": .string(link.name.value.trimmingWhitespace),
                                                            "level": .string(link.level?.value.trimmingWhitespace ?? "")]
                let at = link.name.location

                let named = cards.filter { CardListMatch.names(of: $0).contains { NameMatcher.same(link.name.value, $0) } }
                if !named.isEmpty {
                    guard let level else { continue }  // PS225 reports the missing level
                    let atLevel = named.filter { $0.orkLevel?.parsed == nil || $0.orkLevel?.parsed == level }
                    if atLevel.isEmpty {
                        let levels = Set(named.compactMap { $0.orkLevel?.parsed }).sorted().map(String.init).joined(separator: ", ")
                        arguments["levels"] = .string(levels)
                        findings.append(context.report("otherLevel", arguments, at: link.level?.location ?? at, card: card))
                    } else if atLevel.allSatisfy({ $0.index == card.index }) {
                        findings.append(context.report("selfLink", arguments, at: at, card: card))
                    }
                    continue
                }

                let near = cards.filter { CardListMatch.names(of: $0).contains { NameMatcher.nearMiss(link.name.value, $0) } }
                if let target = preferred(near, level: level) {
                    findings.append(context.report("nearMiss", arguments, at: at, card: card,
                                                   suggestion: context.text("didYouMean", ["candidate": .string(target.displayName)])))
                    continue
                }

                let alias = cards.filter { other in
                    OtherNames.entries(other.otherNames?.value ?? "").contains {
                        NameMatcher.same(link.name.value, $0) || NameMatcher.nearMiss(link.name.value, $0)
                    }
                }
                if let target = preferred(alias, level: level) {
                    arguments["candidate"] = .string(target.displayName)
                    findings.append(context.report("otherName", arguments, at: at, card: card,
                                                   suggestion: context.text("didYouMean", ["candidate": .string(target.displayName)])))
                    continue
                }

                findings.append(context.report(cards.count == 1 ? "external" : "notFound", arguments, at: at, card: card))
            }
        }
        return findings
    }

    /// The candidate at the link's level, else the first one.
    private func preferred(_ candidates: [Card], level: Int?) -> Card? {
        candidates.first { level != nil && $0.orkLevel?.parsed == level } ?? candidates.first
    }
}
