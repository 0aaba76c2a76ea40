import PSLintCore
import Yams

/// Reads `rules:` — selectors by id, name or family, each set to a severity word or to a mapping
/// of `severity` and parameters — and resolves it per rule id, the more specific selector winning.
struct RulesSectionReader {
    let reader: YAMLNodeReader
    let catalogue: RuleCatalogue

    static let severityWords = ["error", "warning", "info", "off", "on"]

    /// What one entry says.
    private struct Entry {
        var enabled: Bool?
        var severity: Severity?
        var parameters: [String: ParameterValue] = [:]
    }

    func read(_ mapping: Node.Mapping) throws(ConfigurationError) -> [String: RuleSetting] {
        var familyEntries: [(RuleFamily, Entry)] = []
        var ruleEntries: [(RuleDescriptor, Entry)] = []
        var seen: [String: (written: String, line: Int)] = [:]  // rule id → first selector naming it
        for (keyNode, value) in mapping {
            let key = try reader.key(keyNode)
            guard let selector = catalogue.selector(key) else {
                throw reader.error(at: keyNode, "unknown rule '\(key)': expected a rule id, rule name or family"
                                   + Suggestion.hint(for: key, in: catalogue.selectorWords))
            }
            switch selector {
            case .family(let family):
                familyEntries.append((family, try entry(value, rule: nil, family: family)))
            case .rule(let rule):
                if let previous = seen[rule.id] {
                    throw reader.error(at: keyNode, "rule \(RuleCatalogue.label(rule)) is already configured as '\(previous.written)' at line \(previous.line)")
                }
                seen[rule.id] = (key, keyNode.mark?.line ?? 0)
                ruleEntries.append((rule, try entry(value, rule: rule, family: nil)))
            }
        }
        var settings: [String: RuleSetting] = [:]
        func apply(_ entry: Entry, to id: String) {
            var setting = settings[id] ?? RuleSetting()
            if let enabled = entry.enabled { setting.enabled = enabled }
            if let severity = entry.severity { setting.severity = severity }
            setting.parameters.merge(entry.parameters) { _, new in new }
            settings[id] = setting
        }
        for (family, entry) in familyEntries {
            for rule in catalogue.rules(of: family) { apply(entry, to: rule.id) }
        }
        for (rule, entry) in ruleEntries { apply(entry, to: rule.id) }
        return settings
    }

    /// `PS207: off`, `cross-link: info`, or `PS201: {severity: warning, optional-fields: [...]}`.
    private func entry(_ node: Node, rule: RuleDescriptor?, family: RuleFamily?) throws(ConfigurationError) -> Entry {
        let selector = rule.map(RuleCatalogue.label) ?? "family \(family!.rawValue)"
        switch node {
        case .scalar:
            return try severityEntry(node, "the setting of \(selector)")
        case .mapping(let mapping):
            var result = Entry()
            for (keyNode, value) in mapping {
                let key = try reader.key(keyNode)
                if key == "severity" {
                    let severity = try severityEntry(value, "'severity' of \(selector)")
                    result.enabled = severity.enabled
                    result.severity = severity.severity
                    continue
                }
                guard let rule else {
                    let owners = catalogue.rules(of: family!).filter { catalogue.parameters[$0.id]?[key] != nil }.map(\.id)
                    throw reader.error(at: keyNode, "a family takes only 'severity': set the parameter '\(key)' on a rule by id or name"
                                       + (owners.isEmpty ? "" : " (it belongs to \(owners.joined(separator: ", ")))"))
                }
                let known = catalogue.parameters[rule.id] ?? [:]
                guard let defaultValue = known[key] else {
                    let names = ["severity"] + known.keys.sorted()
                    let accepted = known.isEmpty ? "; it takes only 'severity'" : "; it takes " + YAMLNodeReader.orList(names)
                    let hint = Suggestion.hint(for: key, in: names)
                    throw reader.error(at: keyNode, "unknown parameter '\(key)' for rule \(selector)" + (hint.isEmpty ? accepted : hint))
                }
                result.parameters[key] = try ParameterReader(reader: reader)
                    .value(value, like: defaultValue, what: "parameter '\(key)' of \(rule.id)")
            }
            return result
        default:
            throw reader.error(at: node, "the setting of \(selector) must be a severity (\(YAMLNodeReader.orList(Self.severityWords))) or a mapping, got \(YAMLNodeReader.describe(node))")
        }
    }

    private func severityEntry(_ node: Node, _ what: String) throws(ConfigurationError) -> Entry {
        let word = try reader.word(node, what, allowed: Self.severityWords)
        switch word {
        case "off": return Entry(enabled: false)
        case "on": return Entry(enabled: true)
        default: return Entry(enabled: true, severity: Severity(rawValue: word)!)
        }
    }
}

/// Reads a parameter value with the type of its catalogue default.
struct ParameterReader {
    let reader: YAMLNodeReader

    func value(_ node: Node, like defaultValue: ParameterValue, what: String) throws(ConfigurationError) -> ParameterValue {
        switch defaultValue {
        case .bool:
            if case .scalar(let scalar) = node, scalar.style == .plain {
                switch scalar.string.lowercased() {
                case "true", "yes", "on": return .bool(true)
                case "false", "no", "off": return .bool(false)
                default: break
                }
            }
            throw reader.error(at: node, "\(what) must be true or false, got \(YAMLNodeReader.describe(node))")
        case .int:
            if case .scalar(let scalar) = node, scalar.style == .plain, let number = Int(scalar.string) {
                return .int(number)
            }
            throw reader.error(at: node, "\(what) must be a whole number, got \(YAMLNodeReader.describe(node))")
        case .string:
            guard case .scalar = node else {
                throw reader.error(at: node, "\(what) must be a text, got \(YAMLNodeReader.describe(node))")
            }
            return .string(try reader.text(node, what))
        case .strings:
            return .strings(try reader.texts(node, what, allowSingle: false).map(\.0))
        }
    }
}
