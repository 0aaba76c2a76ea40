/// The languages pslint speaks.
public enum MessageLanguage: String, Sendable, Codable, CaseIterable {
    case en, ru, kk
}

/// A rule parameter's value, as configured in `.pslint.yml` or defaulted in `Rules/`.
public enum ParameterValue: Hashable, Sendable, CustomStringConvertible {
    case bool(Bool)
    case int(Int)
    case string(String)
    case strings([String])

    public var description: String {
        switch self {
        case .bool(let b): return String(b)
        case .int(let i): return String(i)
        case .string(let s): return s
        case .strings(let list): return list.joined(separator: ", ")
        }
    }
}

/// The checking profile: a rule's severity may differ between them (each rule YAML gives both).
public enum Profile: String, Sendable, Codable, CaseIterable {
    case draft, submission
}

/// What the configuration says about one rule, resolved to its id.
public struct RuleSetting: Hashable, Sendable {
    public var enabled: Bool?
    public var severity: Severity?
    public var parameters: [String: ParameterValue]
    public init(enabled: Bool? = nil, severity: Severity? = nil, parameters: [String: ParameterValue] = [:]) {
        self.enabled = enabled
        self.severity = severity
        self.parameters = parameters
    }
}

/// Resolved rule settings for a run: produced by the configuration, consumed by the rules engine.
public struct RuleSettings: Hashable, Sendable {
    public var profile: Profile
    /// Keyed by rule id (`PS207`); selectors by name or family are already expanded.
    public var rules: [String: RuleSetting]
    public init(profile: Profile = .draft, rules: [String: RuleSetting] = [:]) {
        self.profile = profile
        self.rules = rules
    }
}

/// Catalogue metadata of one rule, as reporters need it (SARIF `rules`, Markdown links).
public struct RuleDescriptor: Hashable, Sendable {
    public var id: String
    public var name: String
    public var family: RuleFamily
    /// Severity per profile.
    public var severities: [Profile: Severity]
    /// One-line summary, by language.
    public var summary: [MessageLanguage: String]
    /// Rationale, by language (English always present).
    public var rationale: [MessageLanguage: String]
    /// Link to the rule's documentation page.
    public var helpURI: String

    public init(id: String, name: String, family: RuleFamily, severities: [Profile: Severity], summary: [MessageLanguage: String],
                rationale: [MessageLanguage: String], helpURI: String) {
        self.id = id
        self.name = name
        self.family = family
        self.severities = severities
        self.summary = summary
        self.rationale = rationale
        self.helpURI = helpURI
    }

    public var defaultSeverity: Severity { severities[.draft] ?? .warning }
}
