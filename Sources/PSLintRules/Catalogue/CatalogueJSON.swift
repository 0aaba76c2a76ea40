import PSLintCore

extension RuleCatalogue {
    /// `pslint rules --format json`: the whole catalogue — every rule with its messages in the
    /// three languages, parameters and examples — and the reference data editions.
    public static func listJSON() -> JSONValue {
        .object([
            ("version", .int(1)),
            ("okedEdition", .string(ReferenceData.oked.edition)),
            ("orkLevels", .array(ReferenceData.orkLevels.levels.map { .int($0) })),
            ("rules", .array(specs.map(json))),
        ])
    }

    static func json(_ spec: RuleSpec) -> JSONValue {
        .object([
            ("id", .string(spec.id)),
            ("name", .string(spec.name)),
            ("family", .string(spec.family.rawValue)),
            ("severity", .object(Profile.allCases.map { ($0.rawValue, .optional(spec.severities[$0]?.rawValue)) })),
            ("summary", json(spec.summary)),
            ("rationale", json(spec.rationale)),
            ("messages", .array(spec.messages.map { message in
                .object([("id", .string(message.id)), ("severity", .optional(message.severity?.rawValue)), ("text", json(message.text))])
            })),
            ("parameters", .array(spec.parameters.map { parameter in
                .object([("name", .string(parameter.name)), ("default", json(parameter.defaultValue)), ("description", json(parameter.description))])
            })),
            ("examples", .object([("bad", json(spec.examples.bad)), ("good", json(spec.examples.good)), ("exempt", json(spec.examples.exempt))])),
            ("helpUri", .string(documentationPath(id: spec.id))),
        ])
    }

    static func json(_ text: LocalizedText) -> JSONValue {
        .object(MessageLanguage.allCases.map { ($0.rawValue, .string(text[$0])) })
    }

    static func json(_ value: ParameterValue) -> JSONValue {
        switch value {
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .string(let s): return .string(s)
        case .strings(let list): return .array(list.map { .string($0) })
        }
    }

    static func json(_ examples: [ExampleSpec]) -> JSONValue {
        .array(examples.map { example in
            .object([
                ("base", .optional(example.base)),
                ("replace", .array(example.replacements.map { .object([("from", .string($0.from)), ("to", .string($0.to))]) })),
                ("text", .optional(example.text)),
            ])
        })
    }
}
