import PSLintCore

/// Runs the enabled rules over the standards of one file.
public struct RuleEngine: Sendable {
    public let settings: RuleSettings
    public let language: LanguageChoice
    private let rules: [(rule: any Rule, spec: RuleSpec)]

    public init(settings: RuleSettings = RuleSettings(), language: LanguageChoice = .fixed(.en)) {
        self.settings = settings
        self.language = language
        self.rules = RuleRegistry.all.compactMap { type in
            guard settings.rules[type.id]?.enabled ?? true, let spec = RuleCatalogue.spec(id: type.id) else { return nil }
            return (type.init(), spec)
        }
    }

    /// The ids of the rules this engine runs.
    public var enabledRuleIDs: [String] { rules.map(\.spec.id) }

    /// Every finding, ordered by standard, then location, then rule id.
    public func check(_ standards: [Standard]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for standard in standards {
            let scope = StandardScope(standard)
            let language = language.language(for: standard)
            for (rule, spec) in rules {
                let context = RuleContext(standard: standard, standards: standards, scope: scope, spec: spec,
                                          settings: settings, language: language)
                diagnostics.append(contentsOf: rule.check(context))
            }
        }
        return diagnostics.sorted(by: RuleEngine.documentOrder)
    }

    /// Standard, then location, then rule id; then message and card for a total order.
    static func documentOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        let sa = a.standard?.index ?? 0, sb = b.standard?.index ?? 0
        if sa != sb { return sa < sb }
        if a.location < b.location { return true }
        if b.location < a.location { return false }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        if a.message != b.message { return a.message < b.message }
        return (a.card?.index ?? 0) < (b.card?.index ?? 0)
    }
}
