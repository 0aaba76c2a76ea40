import PSLintCore

/// Everything one rule sees while it checks one standard, and the helpers that turn its
/// findings into diagnostics.
public struct RuleContext: Sendable {
    /// The standard being checked.
    public let standard: Standard
    /// Every standard of the file, in file order (for rules that compare standards).
    public let standards: [Standard]
    public let profile: Profile
    /// The rule's severity for this run: configured, else the catalogue's for the profile.
    public let severity: Severity
    public let language: MessageLanguage
    public let spec: RuleSpec
    /// The severity the configuration sets explicitly; it also overrides per-message severities.
    let configuredSeverity: Severity?
    let configuredParameters: [String: ParameterValue]
    let scope: StandardScope

    init(standard: Standard, standards: [Standard], scope: StandardScope, spec: RuleSpec, settings: RuleSettings, language: MessageLanguage) {
        self.standard = standard
        self.standards = standards
        self.scope = scope
        self.spec = spec
        self.profile = settings.profile
        self.language = language
        let setting = settings.rules[spec.id]
        self.configuredSeverity = setting?.severity
        self.configuredParameters = setting?.parameters ?? [:]
        self.severity = setting?.severity ?? spec.severities[settings.profile] ?? .warning
    }

    // MARK: Shared analyses of the standard

    /// How the paragraph-8 list lines up with the cards.
    public var listMatch: CardListMatch { scope.listMatch }
    /// The numbers the paragraphs from the first card on should carry.
    public var renumbering: RenumberingPlan { scope.renumbering }

    // MARK: Parameters

    /// A parameter's configured value, else its catalogue default.
    public func parameter(_ name: String) -> ParameterValue? {
        configuredParameters[name] ?? spec.parameter(name)?.defaultValue
    }

    /// A list parameter (a single text counts as a one-item list).
    public func strings(_ name: String) -> [String] {
        switch parameter(name) {
        case .strings(let list): return list
        case .string(let text): return [text]
        default: return []
        }
    }

    // MARK: Messages

    /// The catalogue message `messageID` rendered in the run's language.
    public func text(_ messageID: String, _ arguments: [String: MessageArgument] = [:]) -> String {
        guard let message = spec.message(messageID) else { return messageID }
        return MessageTemplate.render(message.text[language], arguments)
    }

    /// A fix whose description is the catalogue message `messageID`.
    public func fix(_ messageID: String, _ arguments: [String: MessageArgument] = [:], edits: [TextEdit]) -> Fix {
        Fix(description: text(messageID, arguments), edits: edits)
    }

    /// A finding of this rule.
    ///
    /// - Parameters:
    ///   - messageID: the catalogue message; its arguments are kept typed in the diagnostic.
    ///   - location: where the value is, or for something absent the nearest enclosing element.
    ///   - field: the model name of an absent or empty field (`"groupCode"`).
    ///   - card: the card the finding concerns.
    ///   - suggestion: a rendered sentence (see `text(_:_:)`).
    public func report(_ messageID: String, _ arguments: [String: MessageArgument] = [:], at location: Location,
                       field: String? = nil, card: Card? = nil, suggestion: String? = nil, fix: Fix? = nil) -> Diagnostic {
        var location = location
        if location.clause == nil { location.clause = scope.clauses.clause(at: location) }
        let messageSeverity = spec.message(messageID)?.severity
        return Diagnostic(
            ruleID: spec.id, ruleName: spec.name, family: spec.family,
            severity: configuredSeverity ?? messageSeverity ?? severity,
            messageID: messageID, arguments: arguments, message: text(messageID, arguments), field: field,
            location: location, standard: scope.reference, card: card.map(scope.reference(of:)),
            suggestion: suggestion, fix: fix)
    }
}

/// What every rule of one standard shares, computed once.
struct StandardScope: Sendable {
    let reference: StandardReference
    let identities: [CardIdentity]
    let clauses: ClauseIndex
    let listMatch: CardListMatch
    let renumbering: RenumberingPlan
    let cards: [Card]

    init(_ standard: Standard) {
        cards = standard.cards
        reference = StandardReference(standard)
        identities = CardIdentity.identities(of: standard)
        clauses = ClauseIndex(standard)
        listMatch = CardListMatch(standard)
        renumbering = RenumberingPlan(standard, listMatch: listMatch)
    }

    func reference(of card: Card) -> CardReference {
        let level = card.orkLevel?.value.trimmingWhitespace
        // Identities are in card order; `index` is the 1-based ordinal, checked against the card.
        let position = cards.indices.contains(card.index - 1) && cards[card.index - 1] == card ? card.index - 1 : cards.firstIndex(of: card)
        let identity = position.map { identities[$0].description } ?? ""
        return CardReference(index: card.index, number: card.number.flatMap { Int($0.value.trimmingWhitespace) },
                             name: card.displayName, level: level?.isEmpty == false ? level : nil, identity: identity)
    }
}
