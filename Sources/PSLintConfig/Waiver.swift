import PSLintCore

/// An accepted finding, declared in `.pslint.yml` (editors cannot put suppression comments
/// into a Word draft). A waiver names a rule, a standard (code or title) and optionally one card
/// — by name (and level as printed) or by its position among the cards (`card-index`), never by
/// the printed card number, which fixes change.
public struct Waiver: Sendable, Hashable {
    /// The rule id the waiver covers (resolved from the id or name written).
    public var ruleID: String
    /// The rule name of `ruleID`.
    public var ruleName: String
    /// The standard as written: its code or its title.
    public var standard: String
    /// The card name as written, if the waiver is about one card (or all its levels).
    public var card: String?
    /// The card's ORK level as printed; only with `card`.
    public var level: String?
    /// The card's 1-based position among the cards of its standard; exclusive with `card`.
    public var cardIndex: Int?
    /// Why the finding is accepted: shown as the suppression reason.
    public var reason: String
    /// Position of the waiver in the configuration file.
    public var line: Int
    public var column: Int

    private var standardCode: String
    private var standardTitleKey: String
    private var cardKey: String?

    public init(ruleID: String, ruleName: String, standard: String, card: String? = nil, level: String? = nil,
                cardIndex: Int? = nil, reason: String, line: Int, column: Int) {
        self.ruleID = ruleID
        self.ruleName = ruleName
        self.standard = standard
        self.card = card
        self.level = level
        self.cardIndex = cardIndex
        self.reason = reason
        self.line = line
        self.column = column
        self.standardCode = standard.trimmingWhitespace.uppercased()
        self.standardTitleKey = ComparisonKey.make(standard)
        self.cardKey = card.map(ComparisonKey.make)
    }

    /// Whether the waiver covers `diagnostic`: same rule; the standard's code (case-insensitive,
    /// trimmed) or title (comparison key) is `standard`; and, when the waiver names a card, the
    /// diagnostic concerns that card.
    public func matches(_ diagnostic: Diagnostic) -> Bool {
        guard diagnostic.ruleID == ruleID || diagnostic.ruleName == ruleName else { return false }
        guard let reference = diagnostic.standard, matchesStandard(reference) else { return false }
        if let cardIndex {
            return diagnostic.card?.index == cardIndex
        }
        if let cardKey {
            guard let card = diagnostic.card, ComparisonKey.make(card.name) == cardKey else { return false }
            if let level {
                return Waiver.sameLevel(level, card.level ?? "")
            }
        }
        return true
    }

    func matchesStandard(_ reference: StandardReference) -> Bool {
        if let code = reference.code?.trimmingWhitespace, !code.isEmpty, code.uppercased() == standardCode {
            return true
        }
        if let title = reference.title, !standardTitleKey.isEmpty, ComparisonKey.make(title) == standardTitleKey {
            return true
        }
        return false
    }

    /// Levels as printed, trimmed; `6` also equals `6.` or `6 уровень` (one integer each).
    static func sameLevel(_ waiver: String, _ printed: String) -> Bool {
        let a = waiver.trimmingWhitespace, b = printed.trimmingWhitespace
        if a == b { return true }
        guard let x = LevelField.parse(a), let y = LevelField.parse(b) else { return false }
        return x == y
    }
}
