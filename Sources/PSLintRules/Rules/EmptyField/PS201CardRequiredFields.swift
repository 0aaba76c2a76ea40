import PSLintCore

/// PS201 card-required-fields: the fields a card must fill are there and not empty. Which
/// fields may stay empty is the parameter `optional-fields`; the ORK level is PS207's.
struct PS201CardRequiredFields: Rule {
    static let id = "PS201"

    enum State { case present, absent, empty }

    /// Every field this rule knows, in card order, with how to read its state and location.
    static let fields: [(name: String, state: @Sendable (Card) -> (State, Location?))] = [
        ("groupCode", { simple($0.groupCode) }),
        ("occupationCode", { simple($0.occupationCode) }),
        ("name", { simple($0.name) }),
        ("orkSublevel", { simple($0.orkSublevel) }),
        ("etksLevel", { simple($0.etksLevel) }),
        ("education", { card in
            let filled = card.education.contains { row in [row.level, row.specialty, row.qualification].contains { $0.map { !$0.isEmpty } ?? false } }
            if filled { return (.present, nil) }
            if card.educationLabel == nil && card.education.isEmpty { return (.absent, nil) }
            return (.empty, card.educationLabel?.location)
        }),
        ("experience", { simple($0.experience) }),
        ("nonFormalEducation", { simple($0.nonFormalEducation) }),
        ("otherNames", { simple($0.otherNames) }),
        ("mainGoal", { simple($0.mainGoal) }),
        ("mandatoryFunctions", { list($0.mandatoryFunctions, label: $0.mandatoryFunctionsLabel) }),
        ("additionalFunctions", { list($0.additionalFunctions, label: $0.additionalFunctionsLabel) }),
        ("labourFunctions", { $0.labourFunctions.isEmpty ? (.absent, nil) : (.present, nil) }),
        ("personalCompetences", { simple($0.personalCompetences) }),
        ("regulations", { simple($0.regulations) }),
        ("links", { card in
            if !card.links.isEmpty { return (.present, nil) }
            return card.linksLabel == nil ? (.absent, nil) : (.empty, card.linksLabel?.location)
        }),
    ]

    func check(_ context: RuleContext) -> [Diagnostic] {
        let optional = Set(context.strings("optional-fields"))
        var findings: [Diagnostic] = []
        for card in context.standard.cards {
            for field in Self.fields where !optional.contains(field.name) {
                let (state, location) = field.state(card)
                if state == .present { continue }
                let arguments: [String: MessageArgument] = ["card": .string(card.displayName), "field": .string(context.text(field.name))]
                switch state {
                case .present: continue
                case .absent: findings.append(context.report("absent", arguments, at: card.location, field: field.name, card: card))
                case .empty: findings.append(context.report("empty", arguments, at: location ?? card.location, field: field.name, card: card))
                }
            }
        }
        return findings
    }

    private static func simple(_ field: Field?) -> (State, Location?) {
        guard let field else { return (.absent, nil) }
        return field.isEmpty ? (.empty, field.location) : (.present, nil)
    }

    private static func list(_ items: [ListItem]?, label: Field?) -> (State, Location?) {
        guard let items else { return (.absent, nil) }
        return items.contains { !$0.text.isEmpty } ? (.present, nil) : (.empty, label?.location)
    }
}
