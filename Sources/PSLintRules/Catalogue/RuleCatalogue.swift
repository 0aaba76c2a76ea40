import PSLintCore

/// The rule catalogue: the YAML files of `Rules/`, built into the binary by
/// `scripts/generate-catalogue.py` (see `GeneratedCatalogue.swift`) and read once.
public enum RuleCatalogue {
    private struct Loaded: Sendable {
        var specs: [RuleSpec]
        var byID: [String: RuleSpec]
        var problems: [String]
    }

    private static let loaded: Loaded = {
        var specs: [RuleSpec] = []
        var problems: [String] = []
        for file in GeneratedCatalogue.ruleFiles {
            do {
                specs.append(try RuleSpecParser.parse(yaml: file.yaml, file: file.name))
            } catch {
                problems.append("\(error)")
            }
        }
        specs.sort { $0.id < $1.id }
        var byID: [String: RuleSpec] = [:]
        for spec in specs {
            if byID[spec.id] != nil { problems.append("\(spec.file): rule id \(spec.id) is used twice") }
            byID[spec.id] = spec
        }
        return Loaded(specs: specs, byID: byID, problems: problems)
    }()

    /// Every rule of the catalogue, sorted by id.
    public static var specs: [RuleSpec] { loaded.specs }

    /// Catalogue files that could not be read (empty in a correct build; a test checks it).
    public static var problems: [String] { loaded.problems }

    /// Every rule, sorted by id.
    public static var descriptors: [RuleDescriptor] { loaded.specs.map(\.descriptor) }

    public static func descriptor(id: String) -> RuleDescriptor? { loaded.byID[id]?.descriptor }

    public static func spec(id: String) -> RuleSpec? { loaded.byID[id] }

    /// A rule named by its id (`PS207`, `ps207`) or its name (`ork-level-range`).
    public static func spec(idOrName: String) -> RuleSpec? {
        let key = idOrName.trimmingWhitespace
        if let spec = loaded.byID[key.uppercased()] { return spec }
        return loaded.specs.first { $0.name == key.lowercased() }
    }

    /// The defaults of a rule's parameters, by name.
    public static func parameterDefaults(id: String) -> [String: ParameterValue] {
        var result: [String: ParameterValue] = [:]
        for parameter in loaded.byID[id]?.parameters ?? [] { result[parameter.name] = parameter.defaultValue }
        return result
    }

    /// Where a rule's page lives in the repository, relative to its root (`docs/rules/PS207.md`).
    public static func documentationPath(id: String) -> String { "docs/rules/\(id).md" }
}
