import PSLintCore

/// PS221 link-target: every row of a card's link table names a card of the same standard at
/// that level.
///
/// A card's level is its own, or when it gives none, the level of its item in paragraph 8.
/// A row resolves when a card has its name (after `ComparisonKey`) at its level, or at an
/// unknown level; a row naming the card itself at the card's own level is a self-link.
/// Otherwise the first that applies: the name exists at other levels only (with "did you
/// mean" when a card at the link's level has a near-miss or similar name); a near miss of a
/// card's name (case, spacing, inflection, look-alike letters) — "did you mean"; one of another
/// card's other possible names (warning, "did you mean"); a similar name (mostly the same word
/// stems) — "did you mean"; else an unknown name. In a single-card standard a link that is
/// not to the card itself is info: it points to another standard. A missing or ranged level
/// is PS225's.
struct PS221LinkTarget: Rule {
    static let id = "PS221"

    func check(_ context: RuleContext) -> [Diagnostic] {
        let standard = context.standard
        let cards = standard.cards
        let levels = cards.indices.map { context.listMatch.level(ofCardAt: $0, in: standard) }
        // Every name a card goes by, and its other possible names, prepared once.
        let names = cards.map { CardListMatch.names(of: $0).map(NameMatcher.Name.init) }
        let aliases = cards.map { OtherNames.entries($0.otherNames?.value ?? "").map(NameMatcher.Name.init) }
        var findings: [Diagnostic] = []
        for (own, card) in cards.enumerated() {
            for link in card.links where !link.name.isEmpty {
                let name = NameMatcher.Name(link.name.value)
                let level = link.level?.parsed
                var arguments: [String: MessageArgument] = ["card": .string(card.displayName), "name": .string(link.name.value.trimmingWhitespace),
                                                            "level": .string(link.level?.value.trimmingWhitespace ?? "")]
                let at = link.name.location
                func levelOf(_ position: Int) -> Int? { levels[position] }
                func atLevel(_ position: Int) -> Bool { level == nil || levelOf(position) == nil || levelOf(position) == level }
                func exactlyAtLevel(_ position: Int) -> Bool { level != nil && levelOf(position) == level }
                func didYouMean(_ position: Int) -> String { context.text("didYouMean", ["candidate": .string(cards[position].displayName)]) }

                let named = cards.indices.filter { names[$0].contains { NameMatcher.same(name, $0) } }
                let resolved = named.filter(atLevel)
                if !resolved.isEmpty {
                    if level != nil, levelOf(own) == level, resolved == [own] {
                        findings.append(context.report("selfLink", arguments, at: at, card: card))
                    }
                    continue
                }

                // In a single-card standard every other profession lives in another standard.
                if cards.count == 1 {
                    findings.append(context.report("external", arguments, at: at, card: card))
                    continue
                }

                let candidates = cards.indices.filter { !named.contains($0) }
                let near = candidates.filter { names[$0].contains { NameMatcher.nearMiss(name, $0) } }
                let similar = mostSimilar(name, in: candidates, names: names)

                if !named.isEmpty, level != nil {
                    arguments["levels"] = .string(Set(named.compactMap(levelOf)).sorted().map(String.init).joined(separator: ", "))
                    let target = near.first(where: exactlyAtLevel) ?? similar.first(where: exactlyAtLevel)
                    findings.append(context.report("otherLevel", arguments, at: link.level?.location ?? at, card: card,
                                                   suggestion: target.map(didYouMean)))
                    continue
                }

                if let target = near.first(where: exactlyAtLevel) ?? near.first {
                    findings.append(context.report("nearMiss", arguments, at: at, card: card, suggestion: didYouMean(target)))
                    continue
                }

                let alias = cards.indices.filter { other in
                    other != own && aliases[other].contains { NameMatcher.same(name, $0) || NameMatcher.nearMiss(name, $0) }
                }
                if let target = alias.first(where: exactlyAtLevel) ?? alias.first {
                    arguments["candidate"] = .string(cards[target].displayName)
                    findings.append(context.report("otherName", arguments, at: at, card: card, suggestion: didYouMean(target)))
                    continue
                }

                if let target = similar.first(where: exactlyAtLevel) ?? similar.first {
                    findings.append(context.report("nearMiss", arguments, at: at, card: card, suggestion: didYouMean(target)))
                    continue
                }

                findings.append(context.report("notFound", arguments, at: at, card: card))
            }
        }
        return findings
    }

    /// Cards whose name shares most words with `name`, endings aside (similarity ≥ 0.6, at
    /// least two words in common), best first.
    private func mostSimilar(_ name: NameMatcher.Name, in positions: [Int], names: [[NameMatcher.Name]]) -> [Int] {
        let scored = positions.compactMap { position -> (Int, Double)? in
            let counts = names[position].map { (candidate: $0, shared: NameMatcher.sharedWordCount(name, $0)) }
            let best = counts.map { NameMatcher.similarity(name, $0.candidate, shared: $0.shared) }.max() ?? 0
            let shared = counts.map(\.shared).max() ?? 0
            return best >= 0.6 && shared >= 2 ? (position, best) : nil
        }
        return scored.sorted { $0.1 > $1.1 }.map(\.0)
    }
}
