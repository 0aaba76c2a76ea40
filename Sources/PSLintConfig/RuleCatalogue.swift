import PSLintCore

/// The rule catalogue as the configuration sees it: what may be named under `rules:` and
/// `waivers:`, and which parameters each rule takes.
struct RuleCatalogue {
    let descriptors: [RuleDescriptor]
    let byID: [String: RuleDescriptor]
    let byName: [String: RuleDescriptor]
    /// Rule id → parameter name → default value.
    let parameters: [String: [String: ParameterValue]]

    /// What a selector (a key under `rules:`) names.
    enum Selector {
        case rule(RuleDescriptor)
        case family(RuleFamily)
    }

    init(descriptors: [RuleDescriptor], parameters: [String: [String: ParameterValue]]) {
        self.descriptors = descriptors
        var byID: [String: RuleDescriptor] = [:]
        var byName: [String: RuleDescriptor] = [:]
        for descriptor in descriptors {
            byID[descriptor.id] = descriptor
            byName[descriptor.name] = descriptor
        }
        self.byID = byID
        self.byName = byName
        self.parameters = parameters
    }

    /// A rule named by id or name; a family name; or nil.
    func selector(_ word: String) -> Selector? {
        if let rule = byID[word] ?? byName[word] { return .rule(rule) }
        if let family = RuleFamily(rawValue: word) { return .family(family) }
        return nil
    }

    /// Rules of `family`, in catalogue order.
    func rules(of family: RuleFamily) -> [RuleDescriptor] {
        descriptors.filter { $0.family == family }
    }

    /// Every word a selector may be, for suggestions.
    var selectorWords: [String] {
        descriptors.map(\.id) + descriptors.map(\.name) + RuleFamily.allCases.map(\.rawValue)
    }

    /// Every word naming one rule, for suggestions.
    var ruleWords: [String] {
        descriptors.map(\.id) + descriptors.map(\.name)
    }

    /// `PS207 ork-level-range`.
    static func label(_ rule: RuleDescriptor) -> String { "\(rule.id) \(rule.name)" }
}
