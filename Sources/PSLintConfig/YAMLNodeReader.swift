import Yams

/// Reads values out of a composed YAML node tree, turning every type mismatch into a
/// `ConfigurationError` at the node's line and column.
struct YAMLNodeReader {
    let path: String

    func error(at node: Node?, _ message: String) -> ConfigurationError {
        let mark = node?.mark
        return ConfigurationError(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message)
    }

    func error(at mark: Mark?, _ message: String) -> ConfigurationError {
        ConfigurationError(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message)
    }

    /// A short description of what the node is, for "expected …, got …" messages.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            if isNull(scalar) { return "nothing" }
            return "'\(scalar.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// A plain `~`, `null` or nothing at all.
    static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && (scalar.string.isEmpty || scalar.string == "~" || scalar.string.lowercased() == "null")
    }

    func mapping(_ node: Node, _ what: String) throws(ConfigurationError) -> Node.Mapping {
        guard case .mapping(let mapping) = node else {
            throw error(at: node, "\(what) must be a mapping, got \(Self.describe(node))")
        }
        return mapping
    }

    /// A key of a mapping: always a scalar in pslint's schema.
    func key(_ node: Node) throws(ConfigurationError) -> String {
        guard case .scalar(let scalar) = node else {
            throw error(at: node, "keys must be plain words, got \(Self.describe(node))")
        }
        return scalar.string
    }

    /// A non-empty text value. Numbers and words are taken as written (`level: 6` gives "6").
    func text(_ node: Node, _ what: String) throws(ConfigurationError) -> String {
        guard case .scalar(let scalar) = node, !Self.isNull(scalar) else {
            throw error(at: node, "\(what) must be a text, got \(Self.describe(node))")
        }
        return scalar.string
    }

    /// One word of a fixed vocabulary.
    func word(_ node: Node, _ what: String, allowed: [String]) throws(ConfigurationError) -> String {
        if case .scalar(let scalar) = node, !Self.isNull(scalar), allowed.contains(scalar.string) {
            return scalar.string
        }
        var hint = ""
        if case .scalar(let scalar) = node, !Self.isNull(scalar) { hint = Suggestion.hint(for: scalar.string, in: allowed) }
        throw error(at: node, "\(what) must be \(Self.orList(allowed)), got \(Self.describe(node))" + hint)
    }

    /// A list of texts; a single text is accepted as a list of one when `single` is true.
    func texts(_ node: Node, _ what: String, allowSingle: Bool) throws(ConfigurationError) -> [(String, Node)] {
        if allowSingle, case .scalar = node { return [(try text(node, what), node)] }
        guard case .sequence(let sequence) = node else {
            throw error(at: node, "\(what) must be a list of texts, got \(Self.describe(node))")
        }
        var result: [(String, Node)] = []
        for item in sequence {
            guard case .scalar = item else {
                throw error(at: item, "each item of \(what) must be a text, got \(Self.describe(item))")
            }
            result.append((try text(item, "each item of \(what)"), item))
        }
        return result
    }

    /// `'a', 'b' or 'c'`.
    static func orList(_ words: [String]) -> String {
        let quoted = words.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }
}
