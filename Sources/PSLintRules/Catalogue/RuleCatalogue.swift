import PSLintCore

/// The rule catalogue: the YAML files of `Rules/`, compiled into the binary by
/// `scripts/generate-catalogue.py` (`GeneratedRuleSpecs.swift`; the raw texts are in
/// `GeneratedCatalogue.swift`). Nothing is parsed at run time: a test checks that the compiled
/// specs are what `RuleSpecParser` reads from the YAML texts.
public enum RuleCatalogue {
    private struct Loaded: Sendable {
        var specs: [RuleSpec]
        var byID: [String: RuleSpec]
        var descriptors: [RuleDescriptor]
        var descriptorByID: [String: RuleDescriptor]
        var problems: [String]
    }

    private static let loaded: Loaded = {
        var specs = GeneratedCatalogue.ruleSpecs
        var problems: [String] = []
        specs.sort { $0.id < $1.id }
        var byID: [String: RuleSpec] = [:]
        byID.reserveCapacity(specs.count)
        for spec in specs {
            if byID[spec.id] != nil { problems.append("\(spec.file): rule id \(spec.id) is used twice") }
            byID[spec.id] = spec
        }
        let descriptors = specs.map(\.descriptor)
        var descriptorByID: [String: RuleDescriptor] = [:]
        for descriptor in descriptors { descriptorByID[descriptor.id] = descriptor }
        return Loaded(specs: specs, byID: byID, descriptors: descriptors, descriptorByID: descriptorByID, problems: problems)
    }()

    /// Every rule of the catalogue, sorted by id.
    public static var specs: [RuleSpec] { loaded.specs }

    /// Catalogue problems found when the catalogue is loaded (empty in a correct build; a test
    /// checks it). Files that cannot be read stop `scripts/generate-catalogue.py` instead.
    public static var problems: [String] { loaded.problems }

    /// Every rule, sorted by id.
    public static var descriptors: [RuleDescriptor] { loaded.descriptors }

    public static func descriptor(id: String) -> RuleDescriptor? { loaded.descriptorByID[id] }

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
