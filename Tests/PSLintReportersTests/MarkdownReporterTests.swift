import PSLintCore
@testable import PSLintReporters
import Testing

@Suite struct MarkdownReporterTests {
    /// A run with `count` findings, each with a long message.
    func bigResult(_ count: Int) -> CheckResult {
        let diagnostics = (1...count).map { i in
            Diagnostic(ruleID: "PS003", ruleName: "item-numbering", family: .numbering, severity: i % 3 == 0 ? .error : .warning,
                       messageID: "gap", arguments: [:], message: "Finding \(i): " + String(repeating: "текст ", count: 40),
                       location: Location(line: i, column: 1, snippet: ""), standard: ReportFixtures.sysadmin)
        }
        return CheckResult(toolVersion: "1", files: [FileResult(path: "big.txt", format: .text, layout: .l1,
                                                                standards: [StandardSummary(reference: ReportFixtures.sysadmin, language: .ru, cards: 1)],
                                                                diagnostics: diagnostics)])
    }

    func findingRows(_ output: String) -> [Substring] {
        output.split(separator: "\n").filter { $0.hasPrefix("| big.txt |") }
    }

    @Test func smallReportsAreComplete() {
        let output = MarkdownReporter().render(bigResult(300), rules: ReportFixtures.rules, options: ReportFixtures.options)
        #expect(findingRows(output).count == 300)
        #expect(!output.contains("Truncated"))
    }

    @Test func theDefaultLimitIsGitHubsOneMebibyte() {
        #expect(MarkdownReporter().byteLimit == 1_048_576)
        let output = MarkdownReporter().render(bigResult(3000), rules: ReportFixtures.rules, options: ReportFixtures.options)
        #expect(output.utf8.count <= 1_048_576)
        let shown = findingRows(output).count
        #expect(shown < 3000)
        #expect(output.contains("**Truncated:** \(3000 - shown) more rows are not shown"))
    }

    @Test(arguments: [2_000, 10_000, 50_000])
    func truncatedReportsStayWithinTheLimitAndCountWhatIsLeftOut(_ limit: Int) {
        let result = bigResult(200)
        let output = MarkdownReporter(byteLimit: limit).render(result, rules: ReportFixtures.rules, options: ReportFixtures.options)
        #expect(output.utf8.count <= limit)
        let shown = findingRows(output).count
        #expect(shown < 200)
        #expect(output.contains("**Truncated:** \(200 - shown) more rows are not shown"))
        // Errors come first, so what is cut is the least serious.
        let severities = findingRows(output).map { $0.contains("| error |") }
        #expect(severities == severities.sorted { $0 && !$1 })
    }

    @Test func countsPerFamilyAndSeverityLeaveWaivedFindingsOut() {
        let output = MarkdownReporter().render(ReportFixtures.findings, rules: ReportFixtures.rules, options: ReportFixtures.options)
        #expect(output.contains("| empty-field | 3 | 0 | 0 |"), "the waived PS201 warning is not counted")
        #expect(output.contains("| **Total** | **7** | **3** | **1** |"))
    }
}
