import Foundation
import PSLintCore
@testable import PSLintReporters
import Testing

@Suite struct JSONReporterTests {
    func object(_ result: CheckResult) throws -> [String: Any] {
        let text = JSONReporter().render(result, rules: ReportFixtures.rules, options: ReportFixtures.options)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func topLevelShapeAndKeyOrder() {
        let value = JSONReporter().document(ReportFixtures.findings, options: ReportFixtures.options)
        guard case .object(let members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.0) == ["version", "tool", "files", "summary"])
        guard case .array(let files) = value["files"]!, case .object(let file) = files[0] else { Issue.record("no files"); return }
        #expect(file.map(\.0) == ["path", "format", "layout", "error", "standards", "diagnostics", "skipped", "notices"])
        guard case .array(let diagnostics) = file[5].1, case .object(let diagnostic) = diagnostics[0] else { Issue.record("no diagnostics"); return }
        #expect(diagnostic.map(\.0) == ["rule", "name", "family", "severity", "messageId", "arguments", "message", "field", "location",
                                        "standard", "card", "suggestion", "suppressed", "fix"])
    }

    @Test func summaryAndConfigurationEntry() throws {
        let json = try object(ReportFixtures.findings)
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary == ["files": 6, "standards": 5, "cards": 22, "errors": 7, "warnings": 3, "infos": 1, "suppressed": 1,
                            "skipped": 2, "inputErrors": 1])
        let files = try #require(json["files"] as? [[String: Any]])
        let configuration = try #require(files.last)
        #expect(configuration["path"] as? String == ".pslint.yml")
        #expect(configuration["format"] is NSNull)
        #expect((configuration["diagnostics"] as? [Any])?.count == 1)
        #expect((json["tool"] as? [String: String]) == ["name": "pslint", "version": ReportFixtures.version])
    }

    @Test func argumentsKeepTheirTypesInNameOrder() {
        let value = JSONReporter.arguments(["found": .int(12), "expected": .int(11), "name": .string("x")])
        #expect(value == .object([("expected", .int(11)), ("found", .int(12)), ("name", .string("x"))]))
    }

    @Test func noConfigurationEntryWithoutConfigurationFindings() throws {
        let files = try #require(try object(ReportFixtures.clean)["files"] as? [[String: Any]])
        #expect(files.count == ReportFixtures.clean.files.count)
    }
}
