import Foundation
import PSLintCore
@testable import PSLintReporters
import Testing

@Suite struct SARIFReporterTests {
    func run(_ result: CheckResult, rules: [RuleDescriptor] = ReportFixtures.rules) throws -> [String: Any] {
        let text = SARIFReporter().render(result, rules: rules, options: ReportFixtures.options)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        return try #require((object["runs"] as? [[String: Any]])?.first)
    }

    func results(_ run: [String: Any]) -> [[String: Any]] { run["results"] as? [[String: Any]] ?? [] }

    func physical(_ result: [String: Any]) -> [String: Any] {
        ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]) ?? [:]
    }

    func fingerprint(_ result: [String: Any]) -> String? {
        (result["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey]
    }

    @Test func driverCarriesTheCatalogueAndRuleIndexPointsIntoIt() throws {
        let run = try run(ReportFixtures.findings)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "pslint")
        #expect(driver["version"] as? String == ReportFixtures.version)
        #expect(driver["informationUri"] as? String == "https://github.com/pslint/pslint")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == ReportFixtures.rules.count + 1, "the catalogue plus a stand-in for config-unused-waiver")
        for result in results(run) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        let ps207 = try #require(rules.first { $0["id"] as? String == "PS207" })
        #expect((ps207["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
        #expect((ps207["shortDescription"] as? [String: Any])?["text"] as? String == "The ORK level is one integer from 1 to 8.")
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
    }

    @Test func textFilesHaveARegionAndWordFilesHaveNone() throws {
        let all = results(try run(ReportFixtures.findings))
        for (result, diagnostic) in zip(all, ReportFixtures.allDiagnostics(ReportFixtures.findings)) {
            let region = physical(result)["region"] as? [String: Any]
            if let line = diagnostic.location.line {
                #expect(region?["startLine"] as? Int == line)
                #expect(region?["startColumn"] as? Int == diagnostic.location.column)
            } else {
                #expect(region == nil)
                let text = (result["message"] as? [String: Any])?["text"] as? String ?? ""
                #expect(text.contains(diagnostic.location.word!.description), "the Word location is in the message")
                let logical = (result["locations"] as? [[String: Any]])?.first?["logicalLocations"] as? [[String: Any]] ?? []
                #expect(logical.contains { $0["kind"] as? String == "paragraph" && $0["name"] as? String == diagnostic.location.word!.description })
            }
        }
    }

    @Test func urisAreRelativeToSourceRootUnlessOutside() throws {
        let run = try run(ReportFixtures.findings)
        let bases = try #require(run["originalUriBaseIds"] as? [String: Any])
        #expect(bases["%SRCROOT%"] != nil)
        for result in results(run) {
            let artifact = try #require(physical(result)["artifactLocation"] as? [String: Any])
            let uri = try #require(artifact["uri"] as? String)
            if uri.hasPrefix("file:") {
                #expect(uri == "file:///work/shared/corpus/002_ru.txt")
                #expect(artifact["uriBaseId"] == nil)
            } else {
                #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
                #expect(!uri.hasPrefix("/"))
            }
        }
    }

    @Test func waivedFindingsAreExternalSuppressions() throws {
        let waived = try #require(results(try run(ReportFixtures.findings)).first { $0["suppressions"] != nil })
        let suppression = try #require((waived["suppressions"] as? [[String: Any]])?.first)
        #expect(suppression["kind"] as? String == "external")
        #expect(suppression["justification"] as? String == "Согласовано с методистом 12.03.2025: опыт не требуется")
    }

    @Test func fixesOnlyForTextEdits() throws {
        let all = results(try run(ReportFixtures.findings))
        let withFixes = all.filter { $0["fixes"] != nil }
        #expect(withFixes.count == 1, "the .docx fix cannot be a text region")
        let replacement = try #require(((((withFixes.first?["fixes"] as? [[String: Any]])?.first?["artifactChanges"] as? [[String: Any]])?
            .first?["replacements"]) as? [[String: Any]])?.first)
        let region = try #require(replacement["deletedRegion"] as? [String: Any])
        #expect(region["startLine"] as? Int == 412 && region["startColumn"] as? Int == 1 && region["endColumn"] as? Int == 3)
    }

    /// Moving text (other lines, columns, Word paragraphs, clause numbers) keeps every fingerprint.
    @Test func fingerprintsAreStableWhenTextMoves() throws {
        let before = results(try run(ReportFixtures.findings)).map(fingerprint)
        var moved = ReportFixtures.findings
        for f in moved.files.indices {
            for d in moved.files[f].diagnostics.indices {
                var location = moved.files[f].diagnostics[d].location
                location.line = location.line.map { $0 + 40 }
                location.column = location.column.map { $0 + 2 }
                if var word = location.word { word.paragraph += 7; location.word = word }
                location.clause = location.clause.map { "\((Int($0) ?? 0) + 1)" }
                moved.files[f].diagnostics[d].location = location
                moved.files[f].diagnostics[d].message += " (reworded)"
            }
        }
        let after = results(try run(moved)).map(fingerprint)
        #expect(before == after)
        #expect(before.allSatisfy { $0?.count == 64 })
    }

    @Test func fingerprintsChangeWithWhatIdentifiesTheFinding() throws {
        let base = ReportFixtures.findings
        let original = results(try run(base)).map(fingerprint)
        var otherCard = base
        otherCard.files[0].diagnostics[1].card?.identity = "J062|сетевой администратор|5|1"
        #expect(results(try run(otherCard)).map(fingerprint)[1] != original[1])
        var otherField = base
        otherField.files[0].diagnostics[1].field = "orkSublevel"
        #expect(results(try run(otherField)).map(fingerprint)[1] != original[1])
        var otherFile = base
        otherFile.files[0].path = "drafts/005_it.txt"
        #expect(results(try run(otherFile)).map(fingerprint)[1] != original[1])
    }

    @Test func relativeRulePagesBecomeAbsoluteLinks() throws {
        let rules = ReportFixtures.rules.map { rule -> RuleDescriptor in
            var rule = rule
            rule.helpURI = "docs/rules/\(rule.id).md"
            return rule
        }
        let driver = try #require((try run(ReportFixtures.findings, rules: rules)["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let ps207 = try #require((driver["rules"] as? [[String: Any]])?.first { $0["id"] as? String == "PS207" })
        #expect(ps207["helpUri"] as? String == "https://github.com/pslint/pslint/blob/main/docs/rules/PS207.md")
        let markdown = MarkdownReporter().render(ReportFixtures.findings, rules: rules, options: ReportFixtures.options)
        #expect(markdown.contains("](https://github.com/pslint/pslint/blob/main/docs/rules/PS207.md)"))
        #expect(!markdown.contains("](docs/"))
    }

    @Test func helpLinks() {
        let base = "https://github.com/pslint/pslint/"
        #expect(HelpLink.absolute("https://example.org/PS207", informationURI: base) == "https://example.org/PS207")
        #expect(HelpLink.absolute("./docs/rules/PS207.md", informationURI: base) == "https://github.com/pslint/pslint/blob/main/docs/rules/PS207.md")
        #expect(HelpLink.absolute("docs/rules/PS207.md", informationURI: "") == nil)
        #expect(HelpLink.absolute("", informationURI: base) == nil)
        #expect(HelpLink.hasScheme("file:///x") && !HelpLink.hasScheme("docs/a:b") && !HelpLink.hasScheme("1a:b"))
    }

    @Test func noLineNumbersInFingerprintInput() {
        let d = ReportFixtures.textFile.diagnostics[1]
        let base = SARIFReporter.fingerprintBase(d, artifact: ArtifactPath(ReportFixtures.textFile.path, workingDirectory: "/w"))
        #expect(base == "PS207|drafts/004_it.txt|J062|сетевой инженер|5-6|1|orkLevel|range")
    }
}
