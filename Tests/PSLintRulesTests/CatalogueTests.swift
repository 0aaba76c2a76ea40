import Foundation
import Testing
import PSLintCore
@testable import PSLintRules

@Suite("Catalogue")
struct CatalogueTests {
    @Test func everyCatalogueFileParses() {
        #expect(RuleCatalogue.problems == [])
        #expect(RuleCatalogue.specs.count == GeneratedCatalogue.ruleFiles.count)
    }

    @Test func everyRuleHasACatalogueEntryAndEveryEntryARule() {
        let registered = Set(RuleRegistry.all.map { $0.id })
        let catalogued = Set(RuleCatalogue.specs.map(\.id))
        #expect(registered.subtracting(catalogued).sorted() == [], "rules without a Rules/*.yml file")
        #expect(catalogued.subtracting(registered).sorted() == [], "Rules/*.yml files without a rule in RuleRegistry.all")
        #expect(registered.count == RuleRegistry.all.count, "a rule is registered twice")
    }

    @Test func idsNamesAndFileNamesFollowTheConventions() {
        var names: Set<String> = []
        for spec in RuleCatalogue.specs {
            #expect(isRuleID(spec.id), "\(spec.file): id «\(spec.id)» is not PS + 3 digits")
            #expect(isKebabCase(spec.name), "\(spec.file): name «\(spec.name)» is not ASCII kebab-case")
            #expect(spec.file == "\(spec.id)-\(spec.name).yml", "\(spec.file) should be named \(spec.id)-\(spec.name).yml")
            #expect(names.insert(spec.name).inserted, "name «\(spec.name)» is used twice")
            #expect(spec.family != .parity, "the parity family is reserved for the cross-file check")
        }
    }

    @Test func rulesAreSortedByIDAndDescribedByDescriptors() throws {
        let ids = RuleCatalogue.descriptors.map(\.id)
        #expect(ids == ids.sorted())
        let descriptor = try #require(RuleCatalogue.descriptor(id: "PS207"))
        #expect(descriptor.name == "ork-level-range")
        #expect(descriptor.family == .orkLevel)
        #expect(descriptor.severities[.draft] == .error && descriptor.severities[.submission] == .error)
        #expect(descriptor.summary[.kk]?.contains("СБШ") == true)
        #expect(descriptor.helpURI == "docs/rules/PS207.md")
        #expect(RuleCatalogue.spec(idOrName: "ork-level-range")?.id == "PS207")
        #expect(RuleCatalogue.spec(idOrName: "ps207")?.id == "PS207")
        #expect(RuleCatalogue.spec(idOrName: "no-such-rule") == nil)
    }

    @Test func messagesHaveTheSamePlaceholdersInEveryLanguage() {
        for spec in RuleCatalogue.specs {
            for message in spec.messages {
                let en = Set(MessageTemplate.placeholders(message.text.en))
                #expect(Set(MessageTemplate.placeholders(message.text.ru)) == en, "\(spec.id) \(message.id): ru placeholders differ from en")
                #expect(Set(MessageTemplate.placeholders(message.text.kk)) == en, "\(spec.id) \(message.id): kk placeholders differ from en")
                for language in MessageLanguage.allCases {
                    #expect(!message.text[language].contains("\n"), "\(spec.id) \(message.id) (\(language)): a message is one line")
                }
            }
        }
    }

    /// Every message id a rule's source names exists in its YAML, and every YAML message is named
    /// by the source (no dead or misspelt messages). Ids passed through variables are checked at
    /// run time by the example tests.
    @Test func messageIDsInTheRuleSourcesMatchTheCatalogue() throws {
        let rulesFolder = TestSupport.root.appendingPathComponent("Sources/PSLintRules/Rules")
        let files = try FileManager.default.subpathsOfDirectory(atPath: rulesFolder.path).filter { $0.hasSuffix(".swift") }
        for spec in RuleCatalogue.specs {
            let matching = files.filter { ($0 as NSString).lastPathComponent.hasPrefix(spec.id) }
            #expect(matching.count == 1, "\(spec.id): expected one source file Rules/<Family>/\(spec.id)<Name>.swift, found \(matching)")
            guard let file = matching.first else { continue }
            let source = try String(contentsOf: rulesFolder.appendingPathComponent(file), encoding: .utf8)
            for id in calledMessageIDs(source) {
                #expect(spec.message(id) != nil, "\(file) uses message «\(id)», which \(spec.file) does not define")
            }
            for message in spec.messages {
                #expect(source.contains("\"\(message.id)\""), "\(spec.file) defines message «\(message.id)», which \(file) never uses")
            }
            for parameter in spec.parameters {
                #expect(source.contains("\"\(parameter.name)\""), "\(spec.file) defines parameter «\(parameter.name)», which \(file) never reads")
            }
        }
    }

    /// The catalogue built into the binary is the one in Rules/.
    @Test func generatedCatalogueIsInSyncWithRules() throws {
        let fm = FileManager.default
        let hint = "run `python3 scripts/generate-catalogue.py`"
        for (folder, embedded) in [("Rules", GeneratedCatalogue.ruleFiles), ("Rules/data", GeneratedCatalogue.dataFiles)] {
            let url = TestSupport.root.appendingPathComponent(folder)
            let names = try fm.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".yml") }.sorted()
            #expect(embedded.map(\.name) == names, "\(folder): the embedded file list differs; \(hint)")
            for file in embedded where names.contains(file.name) {
                let text = try String(contentsOf: url.appendingPathComponent(file.name), encoding: .utf8)
                #expect(text == file.yaml, "\(folder)/\(file.name) changed since it was embedded; \(hint)")
            }
        }
    }

    /// `docs/rules/*.md` are the pages the catalogue renders. `PSLINT_UPDATE_DOCS=1` rewrites them.
    @Test func ruleDocumentationIsInSyncWithTheCatalogue() throws {
        let folder = TestSupport.root.appendingPathComponent("docs/rules")
        var expected: [String: String] = ["README.md": RuleCatalogue.markdownIndex()]
        for spec in RuleCatalogue.specs { expected["\(spec.id).md"] = RuleCatalogue.markdownPage(id: spec.id) }
        if ProcessInfo.processInfo.environment["PSLINT_UPDATE_DOCS"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, text) in expected { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        }
        let hint = "run `bash scripts/generate-catalogue.sh`"
        let present = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }) ?? []
        #expect(Set(present) == Set(expected.keys), "docs/rules holds other pages than the catalogue; \(hint)")
        for (name, text) in expected {
            let current = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(current == text, "docs/rules/\(name) is out of date; \(hint)")
        }
    }

    @Test func referenceDataIsBuiltIn() {
        let oked = ReferenceData.oked
        #expect(oked.edition == "НК РК 03-2019")
        #expect(oked.codes.count == 2107)
        #expect(oked.contains("J") && oked.contains("62.01.1") && oked.contains("63.99.9"))
        #expect(!oked.contains("62.09.1"), "62.09 has no subclass 1 in this edition")
        #expect(oked.divisions["J"] == 58...63)
        #expect(oked.section(ofDivision: 62) == "J" && oked.section(ofDivision: 45) == "G")
        #expect(ReferenceData.orkLevels.levels == Array(1...8))
        #expect(ReferenceData.orkLevels.sublevelDigits == [1, 2])
    }

    @Test func parameterDefaultsAreExposedForTheConfiguration() {
        let defaults = RuleCatalogue.parameterDefaults(id: "PS201")
        guard case .strings(let optional)? = defaults["optional-fields"] else {
            Issue.record("PS201 optional-fields should default to a list")
            return
        }
        #expect(optional.contains("orkSublevel") && optional.contains("regulations") && !optional.contains("mainGoal"))
        #expect(RuleCatalogue.parameterDefaults(id: "PS207").isEmpty)
    }

    private func isRuleID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        return bytes.count == 5 && bytes[0] == UInt8(ascii: "P") && bytes[1] == UInt8(ascii: "S") && bytes[2...].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    private func isKebabCase(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, let last = bytes.last, first != UInt8(ascii: "-"), last != UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") } && !name.contains("--")
    }

    /// Literal ids passed to `report(`, `text(` and `fix(`.
    private func calledMessageIDs(_ source: String) -> Set<String> {
        var ids: Set<String> = []
        for call in ["report(\"", "text(\"", "fix(\""] {
            var rest = source[...]
            while let range = rest.range(of: call) {
                let after = rest[range.upperBound...]
                if let close = after.firstIndex(of: "\"") { ids.insert(String(after[..<close])) }
                rest = after
            }
        }
        return ids
    }
}
