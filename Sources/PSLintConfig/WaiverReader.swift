import PSLintCore
import Yams

/// Reads `waivers:` — a list of mappings with `rule`, `standard`, optional `card` + `level` or
/// `card-index`, and a required `reason`.
struct WaiverReader {
    let reader: YAMLNodeReader
    let catalogue: RuleCatalogue

    static let keys = ["rule", "standard", "card", "level", "card-index", "reason"]
    /// Keys that would name the printed card number, refused with an explanation.
    static let cardNumberKeys = ["number", "card-number", "card_number", "cardnumber", "card-no"]

    func read(_ node: Node) throws(ConfigurationError) -> [Waiver] {
        guard case .sequence(let sequence) = node else {
            throw reader.error(at: node, "'waivers' must be a list of waivers (each starting with '- rule:'), got \(YAMLNodeReader.describe(node))")
        }
        var waivers: [Waiver] = []
        for item in sequence {
            waivers.append(try waiver(item))
        }
        return waivers
    }

    private func waiver(_ node: Node) throws(ConfigurationError) -> Waiver {
        let mapping = try reader.mapping(node, "a waiver")
        var rule: RuleDescriptor?
        var standard: String?
        var card: (String, Node)?
        var level: (String, Node)?
        var cardIndex: (Int, Node)?
        var reason: String?
        for (keyNode, value) in mapping {
            let key = try reader.key(keyNode)
            switch key {
            case "rule":
                rule = try ruleValue(value)
            case "standard":
                standard = try nonEmpty(value, "'standard' of a waiver (the standard's code or title)")
            case "card":
                card = (try nonEmpty(value, "'card' of a waiver (the profession name of the card)"), keyNode)
            case "level":
                level = (try nonEmpty(value, "'level' of a waiver (the card's ORK level as printed)"), keyNode)
            case "card-index":
                guard case .scalar(let scalar) = value, scalar.style == .plain, let index = Int(scalar.string), index >= 1 else {
                    throw reader.error(at: value, "'card-index' of a waiver must be a whole number from 1 (the card's position among the cards of its standard), got \(YAMLNodeReader.describe(value))")
                }
                cardIndex = (index, keyNode)
            case "reason":
                reason = try nonEmpty(value, "'reason' of a waiver")
            default:
                if Self.cardNumberKeys.contains(key.lowercased()) {
                    throw reader.error(at: keyNode, "a waiver cannot name the printed card number, which fixes change: name the card by 'card' (and 'level') or by 'card-index'")
                }
                throw reader.error(at: keyNode, "unknown key '\(key)' in a waiver" + hintOrList(key))
            }
        }
        guard let rule else {
            throw reader.error(at: node, "waiver without 'rule': name the rule it covers by id or name")
        }
        guard let standard else {
            throw reader.error(at: node, "waiver without 'standard': give the standard's code or title")
        }
        if let level, card == nil {
            throw reader.error(at: level.1, "'level' needs 'card': a waiver names a card by 'card' (and 'level') or by 'card-index'")
        }
        if let cardIndex, card != nil {
            throw reader.error(at: cardIndex.1, "use either 'card' (with 'level') or 'card-index' in a waiver, not both")
        }
        guard let reason else {
            throw reader.error(at: node, "waiver without 'reason': say why the finding is accepted")
        }
        let mark = node.mark
        return Waiver(ruleID: rule.id, ruleName: rule.name, standard: standard.trimmingWhitespace,
                      card: card.map { $0.0.trimmingWhitespace }, level: level.map { $0.0.trimmingWhitespace },
                      cardIndex: cardIndex?.0, reason: reason.trimmingWhitespace, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private func ruleValue(_ node: Node) throws(ConfigurationError) -> RuleDescriptor {
        let word = try reader.text(node, "'rule' of a waiver")
        switch catalogue.selector(word) {
        case .rule(let rule):
            return rule
        case .family:
            throw reader.error(at: node, "a waiver covers one rule, and '\(word)' is a family: name the rule by id or name")
        case nil:
            throw reader.error(at: node, "unknown rule '\(word)' in a waiver" + Suggestion.hint(for: word, in: catalogue.ruleWords))
        }
    }

    private func nonEmpty(_ node: Node, _ what: String) throws(ConfigurationError) -> String {
        if case .scalar(let scalar) = node, YAMLNodeReader.isNull(scalar) {
            throw reader.error(at: node, "\(what) must not be empty")
        }
        let value = try reader.text(node, what)
        guard !value.trimmingWhitespace.isEmpty else {
            throw reader.error(at: node, "\(what) must not be empty")
        }
        return value
    }

    private func hintOrList(_ key: String) -> String {
        let hint = Suggestion.hint(for: key, in: Self.keys)
        return hint.isEmpty ? "; valid keys are " + YAMLNodeReader.orList(Self.keys) : hint
    }
}
