import Foundation
import PSLintConfig
import PSLintCore

/// A small fake rule catalogue: the real one is built elsewhere and must not be needed here.
enum TestCatalogue {
    static func rule(_ id: String, _ name: String, _ family: RuleFamily, _ severity: Severity = .error) -> RuleDescriptor {
        RuleDescriptor(id: id, name: name, family: family, severities: [.draft: severity, .submission: severity],
                       summary: [.en: name], rationale: [.en: name], helpURI: "docs/rules/\(id).md")
    }

    static let rules: [RuleDescriptor] = [
        rule("PS001", "chapters-present", .structure),
        rule("PS103", "ps-code-format", .code),
        rule("PS110", "card-list-matches", .list),
        rule("PS201", "card-required-fields", .emptyField),
        rule("PS207", "ork-level-range", .orkLevel),
        rule("PS221", "link-resolves", .crossLink),
        rule("PS222", "card-title-vs-field", .crossLink),
        rule("PS303", "review-date", .structure, .warning),
        rule("PS401", "template-placeholders", .emptyField),
    ]

    static let parameters: [String: [String: ParameterValue]] = [
        "PS201": ["optional-fields": .strings(["orkSublevel", "etksLevel", "otherNames"])],
        "PS103": ["allow-short": .bool(true)],
        "PS303": ["horizon-years": .int(5)],
        "PS401": ["placeholder": .string("___")],
    ]

    static func parse(_ yaml: String, path: String = "/project/.pslint.yml") throws(ConfigurationError) -> Configuration {
        try Configuration.parse(yaml: yaml, path: path, rules: rules, parameters: parameters)
    }

    static func load(_ path: String) throws(ConfigurationError) -> Configuration {
        try Configuration.load(path: path, rules: rules, parameters: parameters)
    }
}

enum FixturePaths {
    /// `Fixtures/config` of the repository.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/config")

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func invalid() -> [String] {
        let folder = root.appendingPathComponent("invalid")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yml") }.sorted()
    }
}
