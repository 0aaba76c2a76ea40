import PSLintCore
import Yams

/// Reads one catalogue YAML file into a `RuleSpec`. Problems are reported, never trapped:
/// the catalogue is built into the binary and a test keeps it clean, but a broken entry must
/// not take the tool down.
enum RuleSpecParser {
    struct Problem: Error, CustomStringConvertible {
        var file: String
        var message: String
        var description: String { "\(file): \(message)" }
    }

    static func parse(yaml: String, file: String) throws(Problem) -> RuleSpec {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else { throw Problem(file: file, message: "empty file") }
            root = node
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem(file: file, message: "not valid YAML: \(error)")
        }
        let reader = Reader(file: file)
        guard root.mapping != nil else { throw reader.problem("the top level is not a mapping") }

        let id = try reader.string(root, "id")
        let name = try reader.string(root, "name")
        let familyName = try reader.string(root, "family")
        guard let family = RuleFamily(rawValue: familyName) else { throw reader.problem("unknown family «\(familyName)»") }

        var severities: [Profile: Severity] = [:]
        let severityNode = try reader.node(root, "severity")
        for profile in Profile.allCases {
            let text = try reader.string(severityNode, profile.rawValue)
            guard let severity = Severity(rawValue: text) else { throw reader.problem("severity.\(profile.rawValue): unknown severity «\(text)»") }
            severities[profile] = severity
        }

        let summary = try reader.localized(try reader.node(root, "summary"), path: "summary")
        let rationale = try reader.localized(try reader.node(root, "rationale"), path: "rationale")

        var messages: [MessageSpec] = []
        for (key, value) in try reader.pairs(try reader.node(root, "messages"), path: "messages") {
            let path = "messages.\(key)"
            var severity: Severity?
            if let text = value["severity"]?.string {
                guard let parsed = Severity(rawValue: text) else { throw reader.problem("\(path).severity: unknown severity «\(text)»") }
                severity = parsed
            }
            messages.append(MessageSpec(id: key, text: try reader.localized(value, path: path), severity: severity))
        }

        var parameters: [ParameterSpec] = []
        if let parametersNode = root["parameters"] {
            for (key, value) in try reader.pairs(parametersNode, path: "parameters") {
                let path = "parameters.\(key)"
                guard let defaultNode = value["default"] else { throw reader.problem("\(path): no default") }
                let description = try reader.localized(try reader.node(value, "description", path: path), path: "\(path).description")
                parameters.append(ParameterSpec(name: key, defaultValue: try reader.parameterValue(defaultNode, path: "\(path).default"),
                                                description: description))
            }
        }

        let examplesNode = try reader.node(root, "examples")
        let examples = ExamplesSpec(bad: try reader.examples(examplesNode["bad"], path: "examples.bad"),
                                    good: try reader.examples(examplesNode["good"], path: "examples.good"),
                                    exempt: try reader.examples(examplesNode["exempt"], path: "examples.exempt"))

        return RuleSpec(id: id, name: name, family: family, severities: severities, summary: summary, rationale: rationale,
                        messages: messages, parameters: parameters, examples: examples, file: file)
    }

    /// Typed access to YAML nodes with problems that name the key.
    struct Reader {
        var file: String

        func problem(_ message: String) -> Problem { Problem(file: file, message: message) }

        func node(_ parent: Node, _ key: String, path: String? = nil) throws(Problem) -> Node {
            guard let child = parent[key] else { throw problem("\(path.map { "\($0)." } ?? "")\(key): missing") }
            return child
        }

        func string(_ parent: Node, _ key: String) throws(Problem) -> String {
            guard let child = parent[key], case .scalar(let scalar) = child else { throw problem("\(key): missing or not text") }
            return scalar.string
        }

        func pairs(_ node: Node, path: String) throws(Problem) -> [(String, Node)] {
            guard let mapping = node.mapping else { throw problem("\(path): not a mapping") }
            var result: [(String, Node)] = []
            for (key, value) in mapping {
                guard case .scalar(let scalar) = key else { throw problem("\(path): a key is not text") }
                result.append((scalar.string, value))
            }
            return result
        }

        func localized(_ node: Node, path: String) throws(Problem) -> LocalizedText {
            func text(_ language: String) throws(Problem) -> String {
                guard let child = node[language], case .scalar(let scalar) = child, !scalar.string.trimmingWhitespace.isEmpty else {
                    throw problem("\(path).\(language): missing or empty")
                }
                return scalar.string.trimmingWhitespace
            }
            return LocalizedText(en: try text("en"), ru: try text("ru"), kk: try text("kk"))
        }

        func parameterValue(_ node: Node, path: String) throws(Problem) -> ParameterValue {
            switch node {
            case .sequence(let sequence):
                var items: [String] = []
                for item in sequence {
                    guard case .scalar(let scalar) = item else { throw problem("\(path): list items must be text") }
                    items.append(scalar.string)
                }
                return .strings(items)
            case .scalar(let scalar):
                if scalar.style == .plain {
                    if let bool = node.bool { return .bool(bool) }
                    if let int = node.int { return .int(int) }
                }
                return .string(scalar.string)
            default:
                throw problem("\(path): must be a boolean, a number, text or a list of text")
            }
        }

        func examples(_ node: Node?, path: String) throws(Problem) -> [ExampleSpec] {
            guard let node else { return [] }
            guard let sequence = node.sequence else { throw problem("\(path): not a list") }
            var result: [ExampleSpec] = []
            for (index, item) in sequence.enumerated() {
                let itemPath = "\(path)[\(index)]"
                if case .scalar(let scalar) = item {
                    result.append(ExampleSpec(base: nil, replacements: [], text: scalar.string))
                    continue
                }
                guard item.mapping != nil else { throw problem("\(itemPath): not a text or a mapping") }
                if let text = item["text"]?.string {
                    result.append(ExampleSpec(base: nil, replacements: [], text: text))
                    continue
                }
                guard let base = item["base"]?.string, base == "ru" || base == "kk" else {
                    throw problem("\(itemPath): needs `text`, or `base: ru|kk` with `replace`")
                }
                var replacements: [ExampleSpec.Replacement] = []
                for (replacementIndex, replacement) in (item["replace"]?.sequence.map(Array.init) ?? []).enumerated() {
                    guard let from = replacement["from"]?.string, let to = replacement["to"]?.string else {
                        throw problem("\(itemPath).replace[\(replacementIndex)]: needs `from` and `to`")
                    }
                    replacements.append(.init(from: from, to: to))
                }
                guard !replacements.isEmpty else { throw problem("\(itemPath): `replace` is empty") }
                result.append(ExampleSpec(base: base, replacements: replacements, text: nil))
            }
            return result
        }
    }
}
