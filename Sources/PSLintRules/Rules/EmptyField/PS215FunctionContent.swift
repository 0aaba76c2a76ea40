import PSLintCore

/// PS215 tf-has-content: every labour function has a skill, every skill abilities and knowledge.
///
/// A skill without the «Умения:»/«Знания:» label is told apart from a label with nothing under
/// it. A labour function whose own table row carries a skill the parser gave to another
/// function (a damaged row) is not reported as having none.
struct PS215FunctionContent: Rule {
    static let id = "PS215"

    func check(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for card in context.standard.cards {
            let skillRows = Set(card.labourFunctions.flatMap(\.skills).compactMap { $0.location.tableRow })
            for function in card.labourFunctions {
                // the message arguments are made only for a finding (most functions have none)
                func arguments() -> [String: MessageArgument] {
                    ["card": .string(card.displayName), "function": .string(Snippet.short(function.name.value))]
                }
                guard !function.skills.isEmpty else {
                    if let row = function.location.tableRow, skillRows.contains(row) { continue }
                    findings.append(context.report("noSkill", arguments(), at: function.location, field: "skills", card: card))
                    continue
                }
                for skill in function.skills {
                    func skillArguments() -> [String: MessageArgument] {
                        arguments().merging(["skill": .string(Snippet.short(skill.name.value))]) { a, _ in a }
                    }
                    if let abilities = skill.abilities {
                        if !filled(abilities) {
                            findings.append(context.report("emptyAbilities", skillArguments(), at: skill.abilitiesLabel?.location ?? skill.location,
                                                           field: "abilities", card: card))
                        }
                    } else {
                        findings.append(context.report("noAbilities", skillArguments(), at: skill.location, field: "abilities", card: card))
                    }
                    if let knowledge = skill.knowledge {
                        if !filled(knowledge) {
                            findings.append(context.report("emptyKnowledge", skillArguments(), at: skill.knowledgeLabel?.location ?? skill.location,
                                                           field: "knowledge", card: card))
                        }
                    } else {
                        findings.append(context.report("noKnowledge", skillArguments(), at: skill.location, field: "knowledge", card: card))
                    }
                }
            }
        }
        return findings
    }

    private func filled(_ items: [ListItem]) -> Bool { items.contains { !$0.text.isEmpty } }
}
