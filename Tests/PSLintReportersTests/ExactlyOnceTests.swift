import Foundation
import PSLintCore
@testable import PSLintReporters
import Testing

/// Every diagnostic appears exactly once in each report: waived ones too, except in the text
/// and GitHub formats, which leave them out and count them.
@Suite struct ExactlyOnceTests {
    let result = ReportFixtures.findings
    let all = ReportFixtures.allDiagnostics(ReportFixtures.findings)
    var shown: [Diagnostic] { all.filter { !$0.isSuppressed } }

    func render(_ format: ReportFormat) -> String {
        reporter(for: format).render(result, rules: ReportFixtures.rules, options: ReportFixtures.options)
    }

    func occurrences(of needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }

    @Test func text() {
        let output = render(.text)
        let findingLines = output.split(separator: "\n").filter { line in all.contains { line.hasSuffix(" " + $0.tag) } }
        #expect(findingLines.count == shown.count)
        for d in shown { #expect(occurrences(of: oneLine(d.message) + " " + d.tag, in: output) == 1, "\(d.message)") }
        for d in all where d.isSuppressed { #expect(occurrences(of: d.message, in: output) == 0) }
    }

    @Test func json() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(render(.json).utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        let diagnostics = files.flatMap { $0["diagnostics"] as? [[String: Any]] ?? [] }
        #expect(diagnostics.count == all.count)
        for d in all { #expect(diagnostics.filter { $0["message"] as? String == d.message }.count == 1) }
        let suppressed = diagnostics.filter { !($0["suppressed"] is NSNull) }
        #expect(suppressed.count == all.filter(\.isSuppressed).count)
    }

    @Test func sarif() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(render(.sarif).utf8)) as? [String: Any])
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == all.count)
        for d in all {
            let matching = results.filter { (($0["message"] as? [String: Any])?["text"] as? String)?.hasPrefix(d.message) == true }
            #expect(matching.count == 1, "\(d.message)")
            #expect((matching.first?["suppressions"] != nil) == d.isSuppressed)
        }
        let fingerprints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey] }
        #expect(Set(fingerprints).count == results.count, "fingerprints must tell every result apart")
    }

    @Test func github() {
        let output = render(.github)
        let commands = output.split(separator: "\n").filter { line in line.hasPrefix("::") && all.contains { line.contains(",title=\($0.title)::") } }
        #expect(commands.count == shown.count)
        for d in shown { #expect(occurrences(of: GitHubReporter.data(d.message), in: output) == 1, "\(d.message)") }
    }

    @Test func markdown() {
        let output = render(.markdown)
        let rows = output.split(separator: "\n").filter { row in
            row.hasPrefix("| ") && Severity.allCases.contains { row.contains(" | \($0.rawValue) | ") }
        }
        #expect(rows.count == all.count)
        for d in all { #expect(occurrences(of: Markdown.escape(d.message), in: output) == 1, "\(d.message)") }
    }
    // JUnit: JUnitReporterTests.everyDiagnosticIsOneTestcaseWithTheRightOutcome.
}
