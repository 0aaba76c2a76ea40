import PSLintCore

/// PS215 tf-has-content: every labour function has a skill, every skill abilities and knowledge.
struct PS215FunctionContent: Rule {
    static let id = "PS215"

    func check(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for card in context.standard.cards {
            for function in card.labourFunctions {
                let arguments: [String: MessageArgument] = ["card": .string(card.displayName), "function": .string(Snippet.short(function.name.value))]
                guard !function.skills.isEmpty else {
                    findings.append(context.report("noSkill", arguments, at: function.location, field: "skills", card: card))
                    continue
                }
                for skill in function.skills {
                    let skillArguments = arguments.merging(["skill": .string(Snippet.short(skill.name.value))]) { a, _ in a }
                    if !filled(skill.abilities) {
                        findings.append(context.report("noAbilities", skillArguments, at: skill.abilitiesLabel?.location ?? skill.location,
                                                       field: "abilities", card: card))
                    }
                    if !filled(skill.knowledge) {
                        findings.append(context.report("noKnowledge", skillArguments, at: skill.knowledgeLabel?.location ?? skill.location,
                                                       field: "knowledge", card: card))
                    }
                }
            }
        }
        return findings
    }

    private func filled(_ items: [ListItem]?) -> Bool { items?.contains { !$0.text.isEmpty } ?? false }
}
