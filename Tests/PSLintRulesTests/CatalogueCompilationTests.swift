import Testing
import PSLintCore
@testable import PSLintRules

/// pslint does not parse YAML at run time: `scripts/generate-catalogue.py` compiles `Rules/` into
/// Swift values. These tests read the embedded YAML texts with the Yams-based readers (the
/// definition of the catalogue) and check that the compiled values are exactly what they read.
/// With `generatedCatalogueIsInSyncWithRules` (embedded texts = `Rules/`), the compiled catalogue
/// is the one in `Rules/`.
@Suite("Catalogue compilation")
struct CatalogueCompilationTests {
    private let hint = "run `python3 scripts/generate-catalogue.py`"

    @Test func compiledSpecsAreWhatTheParserReadsFromTheYAML() throws {
        let files = GeneratedCatalogue.ruleFiles
        let compiled = GeneratedCatalogue.ruleSpecs
        #expect(compiled.map(\.file) == files.map(\.name), "the compiled rule list differs from the embedded files; \(hint)")
        for (file, spec) in zip(files, compiled) {
            let parsed = try RuleSpecParser.parse(yaml: file.yaml, file: file.name)
            // Field by field first, so that a difference names what differs.
            #expect(spec.id == parsed.id && spec.name == parsed.name && spec.family == parsed.family, "\(file.name): identity; \(hint)")
            #expect(spec.severities == parsed.severities, "\(file.name): severities; \(hint)")
            #expect(spec.summary == parsed.summary && spec.rationale == parsed.rationale, "\(file.name): summary or rationale; \(hint)")
            #expect(spec.messages == parsed.messages, "\(file.name): messages; \(hint)")
            #expect(spec.parameters == parsed.parameters, "\(file.name): parameters; \(hint)")
            #expect(spec.examples == parsed.examples, "\(file.name): examples; \(hint)")
            #expect(spec == parsed, "\(file.name): the compiled spec differs from the YAML; \(hint)")
        }
    }

    @Test func theCatalogueServesTheCompiledSpecs() {
        #expect(RuleCatalogue.specs == GeneratedCatalogue.ruleSpecs.sorted { $0.id < $1.id })
        #expect(RuleCatalogue.descriptors == RuleCatalogue.specs.map(\.descriptor))
        for spec in RuleCatalogue.specs {
            #expect(RuleCatalogue.descriptor(id: spec.id) == spec.descriptor)
            #expect(RuleCatalogue.spec(id: spec.id) == spec)
        }
        #expect(RuleCatalogue.descriptor(id: "PS999") == nil)
    }

    /// Details the compiled literals must keep: trimmed texts, message severities, tabs and line
    /// breaks inside example texts, list defaults.
    @Test func compiledSpecsKeepTheDetailsOfTheYAML() throws {
        let ps221 = try #require(GeneratedCatalogue.ruleSpecs.first { $0.id == "PS221" })
        #expect(ps221.message("external")?.severity == .info)
        #expect(ps221.message("otherName")?.severity == .warning)
        #expect(ps221.message("notFound")?.severity == nil)
        #expect(ps221.examples.bad.first?.replacements.first?.from == "\t7\tАрхитектор баз данных\t")
        let ps201 = try #require(GeneratedCatalogue.ruleSpecs.first { $0.id == "PS201" })
        #expect(ps201.parameter("optional-fields")?.defaultValue == .strings([
            "orkSublevel", "etksLevel", "nonFormalEducation", "otherNames", "additionalFunctions", "regulations", "links",
        ]))
        #expect(ps201.examples.bad.last?.replacements.first?.from.contains("2521-0\t\t\nҚызмет") == true)
        for spec in GeneratedCatalogue.ruleSpecs {
            for text in [spec.summary, spec.rationale] + spec.messages.map(\.text) {
                for language in MessageLanguage.allCases {
                    #expect(text[language] == text[language].trimmingWhitespace, "\(spec.id): untrimmed \(language) text")
                }
            }
        }
    }

    /// YAML details no rule uses yet, read by RuleSpecParser. `scripts/generate-catalogue.py`
    /// mirrors these readings (checked by hand against its `compile_rule`); when a rule starts
    /// using one, `compiledSpecsAreWhatTheParserReadsFromTheYAML` checks the compiled literal.
    @Test func parserReadingsTheGeneratorMirrors() throws {
        let description = "{en: a, ru: b, kk: c}"
        let defaults = ["yes", "3", "\"3\"", "0x1F", "1:30", "012", "08", "1.5", "[1, yes]", "-1_000", "~"]
        var yaml = """
            id: PS900
            name: x
            family: ork-level
            severity: {draft: info, submission: warning}
            summary: {en: "\\u00a0 a \\u2003", ru: " b\\n", kk: c}
            rationale:
              en: >
                folded
                text
              ru: |
                lit
              kk: z
            messages:
              m: {en: a, ru: b, kk: c, severity: info}
            parameters:

            """
        for (index, value) in defaults.enumerated() { yaml += "  p\(index): {default: \(value), description: \(description)}\n" }
        yaml += """
            examples:
              bad:
                - "whole\\ttext"
                - text: other
              good:
                - base: kk
                  replace: [{from: a, to: b}]

            """
        let spec = try RuleSpecParser.parse(yaml: yaml, file: "PS900-x.yml")
        #expect(spec.family == .orkLevel && spec.severities == [.draft: .info, .submission: .warning])
        #expect(spec.summary == LocalizedText(en: "a", ru: "b", kk: "c"), "Unicode white space is trimmed")
        #expect(spec.rationale == LocalizedText(en: "folded text", ru: "lit", kk: "z"))
        #expect(spec.messages == [MessageSpec(id: "m", text: LocalizedText(en: "a", ru: "b", kk: "c"), severity: .info)])
        let values: [ParameterValue] = [.bool(true), .int(3), .string("3"), .int(31), .int(90), .int(10), .string("08"),
                                        .string("1.5"), .strings(["1", "yes"]), .int(-1000), .string("~")]
        #expect(spec.parameters.map(\.defaultValue) == values)
        #expect(spec.examples.bad == [ExampleSpec(base: nil, replacements: [], text: "whole\ttext"),
                                      ExampleSpec(base: nil, replacements: [], text: "other")])
        #expect(spec.examples.good == [ExampleSpec(base: "kk", replacements: [.init(from: "a", to: "b")], text: nil)])
        #expect(spec.examples.exempt == [])
    }

    @Test func compiledReferenceDataIsWhatTheYAMLSays() throws {
        let okedText = try #require(ReferenceDataYAML.embedded("oked.yml"))
        let oked = ReferenceDataYAML.oked(yaml: okedText)
        #expect(ReferenceData.oked.edition == oked.edition, "ОКЭД edition; \(hint)")
        #expect(ReferenceData.oked.divisions == oked.divisions, "ОКЭД divisions; \(hint)")
        #expect(ReferenceData.oked.codes == oked.codes, "ОКЭД codes; \(hint)")
        #expect(oked.codes.count > 2_000 && oked.divisions.count == 21)

        let orkText = try #require(ReferenceDataYAML.embedded("ork-levels.yml"))
        let ork = ReferenceDataYAML.orkLevels(yaml: orkText)
        #expect(ReferenceData.orkLevels.levels == ork.levels, "ORK levels; \(hint)")
        #expect(ReferenceData.orkLevels.sublevelDigits == ork.sublevelDigits, "ORK sublevel digits; \(hint)")
    }

    @Test func theYAMLReadersFallBackLikeTheGenerator() {
        let missing = ReferenceDataYAML.oked(yaml: nil)
        #expect(missing.edition == "" && missing.codes.isEmpty && missing.divisions.isEmpty)
        let ork = ReferenceDataYAML.orkLevels(yaml: "levels: [1, \"2\", x, 3]\n")
        #expect(ork.levels == [1, 3], "quoted and non-numeric items are skipped")
        #expect(ork.sublevelDigits == [1, 2], "absent key: the default")
        let broken = ReferenceDataYAML.oked(yaml: "sections:\n  Z:\n    divisions: [9, 2]\n    codes: \"99  99.1\"\n")
        #expect(broken.codes == ["Z", "99", "99.1"] && broken.divisions.isEmpty, "a reversed range is dropped")
    }

    @Test func codeSetSplitsOnSpacesAndLineBreaks() {
        #expect(ReferenceData.codeSet("") == [])
        #expect(ReferenceData.codeSet("A 01 01.1\n01.11  B\n") == ["A", "01", "01.1", "01.11", "B"])
        #expect(ReferenceData.codeSet("  ЭҚЖЖ\n\n62.01.1") == ["ЭҚЖЖ", "62.01.1"])
        #expect(ReferenceData.codeSet(GeneratedReferenceData.okedCodes).count == ReferenceData.oked.codes.count)
    }
}
