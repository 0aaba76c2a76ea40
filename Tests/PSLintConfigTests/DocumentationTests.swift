import Foundation
import PSLintConfig
import PSLintCore
import Testing

/// The complete example of `docs/configuration.md` is valid and means what the page says.
@Suite struct DocumentationTests {
    static func firstYAMLBlock() throws -> String {
        let url = FixturePaths.root.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/configuration.md")
        let page = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(page.range(of: "```yaml\n"))
        let end = try #require(page.range(of: "\n```", range: start.upperBound..<page.endIndex))
        return String(page[start.upperBound..<end.lowerBound])
    }

    @Test func completeExampleLoads() throws {
        let configuration = try TestCatalogue.parse(try Self.firstYAMLBlock(), path: "docs/.pslint.yml")
        #expect(configuration.profile == .draft && configuration.language == "ru" && configuration.failOn == "error")
        #expect(configuration.rules["PS207"] == RuleSetting(enabled: false))
        #expect(configuration.rules["PS110"] == RuleSetting(enabled: true, severity: .warning))
        #expect(configuration.rules["PS221"] == RuleSetting(enabled: true, severity: .info))
        #expect(configuration.rules["PS222"] == RuleSetting(enabled: true, severity: .error))
        #expect(configuration.rules["PS201"]?.parameters == ["optional-fields": .strings(["etksLevel", "otherNames"])])
        #expect(configuration.waivers.count == 2)
        #expect(configuration.includes(path: "drafts/2025/J062.docx"))
        #expect(!configuration.includes(path: "archive/J062.txt"))
        #expect(!configuration.includes(path: "drafts/~$J062.docx"))
    }

    @Test func columnsCountCharactersNotBytes() {
        // `bogus` starts at character 49 of the line; in UTF-8 bytes it would be far later.
        let yaml = "waivers:\n  - {rule: PS221, standard: Системный стандарт, bogus: 1, reason: x}\n"
        do {
            _ = try TestCatalogue.parse(yaml)
            Issue.record("accepted")
        } catch {
            #expect(error.line == 2)
            #expect(error.column == 49)
            #expect(error.message == "unknown key 'bogus' in a waiver; valid keys are 'rule', 'standard', 'card', 'level', 'card-index' or 'reason'")
        }
    }
}
