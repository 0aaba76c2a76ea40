import Foundation
import PSLintCore
@testable import PSLintRules

/// Paths and helpers shared by the rule tests.
enum TestSupport {
    /// The repository root (this file is Tests/PSLintRulesTests/TestSupport.swift).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// `Fixtures/rules/base-<language>.txt`.
    static func base(_ language: String) throws -> String { try text("Fixtures/rules/base-\(language).txt") }

    /// Reads `text` as a text-layout file and parses it.
    static func parse(_ text: String, path: String = "example.txt") throws -> [Standard] {
        let document = try TextReader().read(bytes: Array(text.utf8), path: path, options: ReadOptions())
        return StandardParser.parse(document)
    }

    /// The findings of one rule alone (all others disabled).
    static func run(_ ruleID: String, on standards: [Standard], profile: Profile = .draft,
                    parameters: [String: ParameterValue] = [:], language: LanguageChoice = .fixed(.en)) -> [Diagnostic] {
        var settings = RuleSettings(profile: profile)
        for type in RuleRegistry.all where type.id != ruleID { settings.rules[type.id] = RuleSetting(enabled: false) }
        settings.rules[ruleID] = RuleSetting(parameters: parameters)
        return RuleEngine(settings: settings, language: language).check(standards)
    }

    /// The base text with the replacements applied; throws when a `from` is not found exactly once.
    static func apply(_ replacements: [ExampleSpec.Replacement], to base: String) throws -> String {
        var text = base
        for replacement in replacements {
            let parts = text.components(separatedBy: replacement.from)
            guard parts.count == 2 else {
                throw ExampleError("«\(replacement.from)» occurs \(parts.count - 1) times in the base (must be once)")
            }
            text = parts.joined(separator: replacement.to)
        }
        return text
    }

    /// The document text of an example.
    static func text(of example: ExampleSpec) throws -> String {
        if let text = example.text { return text }
        return try apply(example.replacements, to: try base(example.base ?? "ru"))
    }

    struct ExampleError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

extension TestSupport {
    /// The base fixture of `language` with `replacements` applied, parsed.
    static func variant(_ language: String, _ replacements: [(String, String)] = []) throws -> [Standard] {
        try parse(try apply(replacements.map { ExampleSpec.Replacement(from: $0.0, to: $0.1) }, to: try base(language)))
    }

    /// Whether the parser reads the base fixtures (the example tests need it).
    static let parserReady: Bool = {
        guard let standards = try? variant("ru") else { return false }
        return standards.count == 1 && standards[0].cards.count == 3
    }()
}
