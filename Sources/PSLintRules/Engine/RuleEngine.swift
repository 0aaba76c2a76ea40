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
    /// The findings of every rule on `standards`, in document order. With `jobs` above 1 the
    /// standards are checked on up to `jobs` threads; the result is the same.
    public func check(_ standards: [Standard], jobs: Int = 1) -> [Diagnostic] {
        let perStandard = parallelMap(Array(standards.indices), jobs: jobs) { index in
            let standard = standards[index]
            let scope = StandardScope(standard)
            let language = language.language(for: standard)
            var diagnostics: [Diagnostic] = []
            for (rule, spec) in rules {
                let context = RuleContext(standard: standard, standards: standards, scope: scope, spec: spec,
                                          settings: settings, language: language)
                diagnostics.append(contentsOf: rule.check(context))
            }
            return diagnostics
        }
        return perStandard.joined().sorted(by: RuleEngine.documentOrder)
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
