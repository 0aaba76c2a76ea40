import PSLintCore
@testable import PSLintReporters
import Testing

/// Every format, on a result with findings and on a clean one, against `Fixtures/reports/`.
@Suite struct GoldenTests {
    static let extensions: [ReportFormat: String] = [
        .text: "txt", .json: "json", .junit: "junit.xml", .sarif: "sarif", .github: "github.log", .markdown: "md",
    ]

    @Test(arguments: ReportFormat.allCases)
    func findings(_ format: ReportFormat) throws {
        let output = reporter(for: format).render(ReportFixtures.findings, rules: ReportFixtures.rules, options: ReportFixtures.options)
        try Golden.check(output, "findings.\(Self.extensions[format]!)")
    }

    @Test(arguments: ReportFormat.allCases)
    func clean(_ format: ReportFormat) throws {
        let output = reporter(for: format).render(ReportFixtures.clean, rules: ReportFixtures.rules, options: ReportFixtures.options)
        try Golden.check(output, "clean.\(Self.extensions[format]!)")
    }

    @Test func russianText() throws {
        var options = ReportFixtures.options
        options.language = .ru
        try Golden.check(TextReporter().render(ReportFixtures.findings, rules: ReportFixtures.rules, options: options), "findings.ru.txt")
    }

    @Test func kazakhMarkdown() throws {
        var options = ReportFixtures.options
        options.language = .kk
        try Golden.check(MarkdownReporter().render(ReportFixtures.findings, rules: ReportFixtures.rules, options: options), "findings.kk.md")
    }

    @Test func colouredText() throws {
        var options = ReportFixtures.options
        options.color = true
        try Golden.check(TextReporter().render(ReportFixtures.findings, rules: ReportFixtures.rules, options: options), "findings.color.txt")
    }

    @Test func reportsAreDeterministic() {
        for format in ReportFormat.allCases {
            let r = reporter(for: format)
            let first = r.render(ReportFixtures.findings, rules: ReportFixtures.rules, options: ReportFixtures.options)
            let second = r.render(ReportFixtures.findings, rules: ReportFixtures.rules, options: ReportFixtures.options)
            #expect(first == second, "\(format) output differs between two renderings")
        }
    }

    @Test func reportsHoldNoAbsolutePathOfTheWorkingDirectory() {
        for format in ReportFormat.allCases {
            let output = reporter(for: format).render(ReportFixtures.clean, rules: ReportFixtures.rules, options: ReportFixtures.options)
            #expect(!output.contains(ReportFixtures.workingDirectory), "\(format) output names the working directory")
        }
    }
}
