import PSLintCore
import Yams

/// Turns the text of a `.pslint.yml` into a `Configuration`, reporting the first problem with
/// its line and column. Reads the YAML as a node tree (`Yams.compose`) to keep positions.
struct ConfigurationLoader {
    let path: String
    let catalogue: RuleCatalogue
    var reader: YAMLNodeReader { YAMLNodeReader(path: path) }

    static let topLevelKeys = ["profile", "language", "fail-on", "include", "exclude", "rules", "waivers"]
    static let languages = ["en", "ru", "kk", "auto"]
    static let failOnWords = ["error", "warning", "info", "never"]

    func load(yaml: String) throws(ConfigurationError) -> Configuration {
        var configuration = Configuration(path: path)
        guard let root = try compose(yaml) else { return configuration }  // an empty file: the defaults
        if case .scalar(let scalar) = root, YAMLNodeReader.isNull(scalar) { return configuration }
        guard case .mapping(let mapping) = root else {
            throw reader.error(at: root, "the configuration must be a mapping of keys such as 'profile' and 'rules', got \(YAMLNodeReader.describe(root))")
        }
        for (keyNode, value) in mapping {
            let key = try reader.key(keyNode)
            switch key {
            case "profile":
                let word = try reader.word(value, "'profile'", allowed: Profile.allCases.map(\.rawValue))
                configuration.profile = Profile(rawValue: word)!
            case "language":
                configuration.language = try reader.word(value, "'language'", allowed: Self.languages)
            case "fail-on":
                configuration.failOn = try reader.word(value, "'fail-on'", allowed: Self.failOnWords)
            case "include":
                configuration.include = try globs(value, "'include'")
            case "exclude":
                configuration.exclude = try globs(value, "'exclude'")
            case "rules":
                if isNull(value) { continue }
                configuration.rules = try RulesSectionReader(reader: reader, catalogue: catalogue)
                    .read(try reader.mapping(value, "'rules'"))
            case "waivers":
                if isNull(value) { continue }
                configuration.waivers = try WaiverReader(reader: reader, catalogue: catalogue).read(value)
            default:
                let hint = Suggestion.hint(for: key, in: Self.topLevelKeys)
                throw reader.error(at: keyNode, "unknown key '\(key)'"
                                   + (hint.isEmpty ? "; valid keys are " + YAMLNodeReader.orList(Self.topLevelKeys) : hint))
            }
        }
        return configuration
    }

    /// Composes the YAML, turning a syntax error into a positioned `ConfigurationError`.
    private func compose(_ yaml: String) throws(ConfigurationError) -> Node? {
        do {
            return try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            throw syntaxError(error)
        } catch {
            throw ConfigurationError(path: path, line: nil, column: nil, message: "invalid YAML: \(error)")
        }
    }

    private func syntaxError(_ error: YamlError) -> ConfigurationError {
        switch error {
        case .scanner(let context, let problem, let mark, let yaml), .parser(let context, let problem, let mark, let yaml),
             .composer(let context, let problem, let mark, let yaml):
            if problem == "but found another document" {
                return reader.error(at: mark, "invalid YAML: a second document ('---') is not allowed: the configuration is one document")
            }
            var message = "invalid YAML: \(problem)"
            if Self.character(in: yaml, at: mark) == "\t" {
                message += " (a tab: indent YAML with spaces)"
            } else if let context, context.mark.line != mark.line || context.mark.column != mark.column {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            }
            return reader.error(at: mark, message)
        case .reader(let problem, let offset, _, let yaml):
            var line = 1, column = 1
            if let offset {
                for scalar in yaml.unicodeScalars.prefix(offset) {
                    if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
                }
            }
            return ConfigurationError(path: path, line: line, column: column, message: "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return reader.error(at: context.mark, "duplicate key \(keys): each key may appear once in a mapping")
        default:
            return ConfigurationError(path: path, line: nil, column: nil, message: "invalid YAML: \(error)")
        }
    }

    /// The character at a 1-based line and column (Unicode scalars), if any.
    static func character(in yaml: String, at mark: Mark) -> Unicode.Scalar? {
        var line = 1, column = 1
        for scalar in yaml.unicodeScalars {
            if line == mark.line, column == mark.column { return scalar }
            if line > mark.line { return nil }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    private func isNull(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node { return YAMLNodeReader.isNull(scalar) }
        return false
    }

    /// `include:` / `exclude:`: a list of glob patterns (or one pattern).
    private func globs(_ node: Node, _ what: String) throws(ConfigurationError) -> [Glob] {
        if isNull(node) { return [] }
        var result: [Glob] = []
        for (pattern, item) in try reader.texts(node, what, allowSingle: true) {
            do {
                result.append(try Glob(pattern))
            } catch {
                throw reader.error(at: item, error.description)
            }
        }
        return result
    }
}
