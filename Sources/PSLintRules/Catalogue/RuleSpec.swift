import PSLintCore

/// Text in the three languages pslint speaks. English is always present.
public struct LocalizedText: Hashable, Sendable {
    public var en: String
    public var ru: String
    public var kk: String

    public init(en: String, ru: String, kk: String) {
        self.en = en
        self.ru = ru
        self.kk = kk
    }

    public subscript(language: MessageLanguage) -> String {
        switch language {
        case .en: return en
        case .ru: return ru
        case .kk: return kk
        }
    }

    var byLanguage: [MessageLanguage: String] { [.en: en, .ru: ru, .kk: kk] }
}

/// One message template of a rule (`{placeholder}` syntax). A message may fix its own
/// severity (e.g. `info` for a link that may point to another standard).
public struct MessageSpec: Hashable, Sendable {
    public var id: String
    public var text: LocalizedText
    public var severity: Severity?
}

/// One rule parameter with its default value.
public struct ParameterSpec: Hashable, Sendable {
    public var name: String
    public var defaultValue: ParameterValue
    public var description: LocalizedText
}

/// One executable example: a whole text, or a base fixture with replacements.
public struct ExampleSpec: Hashable, Sendable {
    public struct Replacement: Hashable, Sendable {
        public var from: String
        public var to: String
    }
    /// `ru` or `kk`: the base fixture `Fixtures/rules/base-<base>.txt` the replacements apply to.
    public var base: String?
    public var replacements: [Replacement]
    /// A whole document, when no base is used.
    public var text: String?

    /// What `pslint rules PSnnn` and the rule pages show: the whole text, or each replacement as
    /// `- old` / `+ new` lines (just the text when a good example keeps it as it is).
    public var displayLines: [String] {
        if let text { return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        var lines: [String] = []
        for replacement in replacements {
            let from = replacement.from.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let to = replacement.to.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if replacement.from == replacement.to {
                lines += to.map { "  " + $0 }
            } else {
                lines += from.map { "- " + $0 } + to.map { "+ " + $0 }
            }
        }
        return lines
    }
}

public struct ExamplesSpec: Hashable, Sendable {
    public var bad: [ExampleSpec]
    public var good: [ExampleSpec]
    public var exempt: [ExampleSpec]
}

/// Everything `Rules/<id>-<name>.yml` says about a rule.
public struct RuleSpec: Hashable, Sendable {
    public var id: String
    public var name: String
    public var family: RuleFamily
    public var severities: [Profile: Severity]
    public var summary: LocalizedText
    public var rationale: LocalizedText
    /// In file order.
    public var messages: [MessageSpec]
    /// In file order.
    public var parameters: [ParameterSpec]
    public var examples: ExamplesSpec
    /// The catalogue file the spec came from (`PS207-ork-level-range.yml`).
    public var file: String

    public func message(_ id: String) -> MessageSpec? { messages.first { $0.id == id } }
    public func parameter(_ name: String) -> ParameterSpec? { parameters.first { $0.name == name } }

    public var descriptor: RuleDescriptor {
        RuleDescriptor(id: id, name: name, family: family, severities: severities, summary: summary.byLanguage,
                       rationale: rationale.byLanguage, helpURI: RuleCatalogue.documentationPath(id: id))
    }
}
