import Testing
import PSLintCore
@testable import PSLintRules

/// The examples of every catalogue entry, run (SwiftLint style): bad ones must trigger the rule,
/// good and exempt ones must not, and the base fixtures raise nothing from any rule.
@Suite("Examples", .enabled(if: TestSupport.parserReady, "the parser does not read Fixtures/rules/base-*.txt yet"))
struct ExampleTests {
    @Test("Base fixtures raise no finding", arguments: ["ru", "kk"])
    func baseFixturesAreClean(language: String) throws {
        let standards = try TestSupport.variant(language)
        for profile in Profile.allCases {
            let findings = RuleEngine(settings: RuleSettings(profile: profile)).check(standards)
            #expect(findings.isEmpty, "base-\(language).txt (\(profile)): \(findings.map { "\($0.location.line ?? 0): \($0.ruleID) \($0.message)" })")
        }
    }

    @Test("Bad examples trigger the rule", arguments: RuleCatalogue.specs)
    func badExamples(spec: RuleSpec) throws {
        #expect(!spec.examples.bad.isEmpty, "\(spec.file) has no bad example")
        for (index, example) in spec.examples.bad.enumerated() {
            let standards = try TestSupport.parse(try TestSupport.text(of: example))
            let findings = TestSupport.run(spec.id, on: standards)
            #expect(!findings.isEmpty, "\(spec.file) bad[\(index)] raises no \(spec.id) finding")
            for finding in findings { checkRendering(finding, spec: spec, standards: standards) }
        }
    }

    @Test("Good and exempt examples do not trigger the rule", arguments: RuleCatalogue.specs)
    func goodExamples(spec: RuleSpec) throws {
        #expect(!spec.examples.good.isEmpty, "\(spec.file) has no good example")
        for (kind, examples) in [("good", spec.examples.good), ("exempt", spec.examples.exempt)] {
            for (index, example) in examples.enumerated() {
                let standards = try TestSupport.parse(try TestSupport.text(of: example))
                let findings = TestSupport.run(spec.id, on: standards)
                #expect(findings.isEmpty, "\(spec.file) \(kind)[\(index)]: \(findings.map(\.message))")
            }
        }
    }

    /// Every finding names a catalogue message, fills all its placeholders in every language,
    /// and carries the rule's metadata.
    private func checkRendering(_ finding: Diagnostic, spec: RuleSpec, standards: [Standard]) {
        #expect(finding.ruleID == spec.id && finding.ruleName == spec.name && finding.family == spec.family)
        guard let message = spec.message(finding.messageID) else {
            Issue.record("\(spec.id) reported message «\(finding.messageID)», which \(spec.file) does not define")
            return
        }
        for placeholder in MessageTemplate.placeholders(message.text.en) {
            #expect(finding.arguments[placeholder] != nil, "\(spec.id) \(message.id): no argument for {\(placeholder)}")
        }
        for language in MessageLanguage.allCases {
            let rendered = MessageTemplate.render(message.text[language], finding.arguments)
            #expect(MessageTemplate.placeholders(rendered).isEmpty, "\(spec.id) \(message.id) (\(language)): «\(rendered)»")
        }
        #expect(finding.standard?.index == standards.first?.index)
        #expect(finding.location.line != nil, "\(spec.id) \(message.id): the finding has no line")
    }
}
