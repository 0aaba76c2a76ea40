import Foundation
import PSLintCore
@testable import PSLintReporters
import Testing

@Suite struct JUnitReporterTests {
    static let schema = Golden.repositoryRoot.appendingPathComponent("docs/formats/schemas/junit-10.xsd").path

    func render(_ result: CheckResult, failOn: Severity? = .error) -> String {
        var options = ReportFixtures.options
        options.failOn = failOn
        return JUnitReporter().render(result, rules: ReportFixtures.rules, options: options)
    }

    @Test(arguments: [Severity.error, .warning, .info, nil])
    func validAgainstTheJenkinsSchema(_ failOn: Severity?) {
        for result in [ReportFixtures.findings, ReportFixtures.clean, HostileInput.result] {
            let xml = render(result, failOn: failOn)
            #expect(XMLTools.validate(xml, schemaPath: Self.schema) == nil, "\(XMLTools.validate(xml, schemaPath: Self.schema) ?? "")")
        }
    }

    @Test func theSchemaRejectsWhatItShould() {
        // The validation is real: `file` on a testcase is not allowed by the Jenkins schema.
        let bad = "<testsuites><testsuite name=\"a\" tests=\"1\" failures=\"0\" errors=\"0\"><testcase name=\"x\" file=\"a\"/></testsuite></testsuites>"
        #expect(XMLTools.validate(bad, schemaPath: Self.schema) != nil)
    }

    @Test func everyDiagnosticIsOneTestcaseWithTheRightOutcome() throws {
        let root = try #require(XMLTools.parse(render(ReportFixtures.findings)))
        let cases = root.all("testcase").filter { c in ReportFixtures.allDiagnostics(ReportFixtures.findings).contains { c.attributes["name"]!.hasPrefix($0.title) } }
        let diagnostics = ReportFixtures.allDiagnostics(ReportFixtures.findings)
        #expect(cases.count == diagnostics.count)
        for d in diagnostics {
            let message = Self.readBack(d.message)
            let matching = cases.filter { c in
                c.child("failure")?.attributes["message"] == message
                    || c.child("system-out")?.text.contains(message) == true
                    || c.child("skipped")?.text.contains(message) == true
            }
            #expect(matching.count == 1, "\(d.message) appears \(matching.count) times")
            guard let testCase = matching.first else { continue }
            if d.isSuppressed {
                #expect(testCase.child("skipped")?.attributes["message"] == "waived: \(d.suppression!)")
            } else if d.severity == .error {
                #expect(testCase.child("failure")?.attributes["type"] == "error")
            } else {
                #expect(testCase.child("failure") == nil && testCase.child("system-out") != nil, "below fail-on is a passing testcase")
            }
        }
    }

    /// What an XML parser reads back of `text`: characters XML 1.0 cannot carry are U+FFFD.
    static func readBack(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (s.value < 0x20 && s != "\t" && s != "\n" && s != "\r") || s.value == 0xFFFE || s.value == 0xFFFF ? "\u{FFFD}" : s
        }))
    }

    @Test func namesAreUniqueWithinEachSuite() throws {
        for result in [ReportFixtures.findings, HostileInput.result] {
            let root = try #require(XMLTools.parse(render(result)))
            for suite in root.all("testsuite") {
                let names = suite.children.filter { $0.name == "testcase" }.map { $0.attributes["name"]! }
                #expect(Set(names).count == names.count, "duplicate testcase names in \(suite.attributes["name"]!): \(names)")
            }
        }
    }

    @Test func countsMatchTheTestcases() throws {
        for failOn in [Severity.error, .warning, .info, nil] {
            let root = try #require(XMLTools.parse(render(ReportFixtures.findings, failOn: failOn)))
            var totals = (tests: 0, failures: 0, errors: 0)
            for suite in root.all("testsuite") {
                let cases = suite.children.filter { $0.name == "testcase" }
                let failures = cases.filter { $0.child("failure") != nil }.count
                let errors = cases.filter { $0.child("error") != nil }.count
                let skipped = cases.filter { $0.child("skipped") != nil }.count
                #expect(suite.attributes["tests"] == String(cases.count))
                #expect(suite.attributes["failures"] == String(failures))
                #expect(suite.attributes["errors"] == String(errors))
                #expect(suite.attributes["skipped"] == String(skipped))
                #expect(suite.attributes["file"] == suite.attributes["name"])
                totals.tests += cases.count
                totals.failures += failures
                totals.errors += errors
            }
            #expect(root.attributes["tests"] == String(totals.tests))
            #expect(root.attributes["failures"] == String(totals.failures))
            #expect(root.attributes["errors"] == String(totals.errors))
            let unsuppressed = ReportFixtures.allDiagnostics(ReportFixtures.findings).filter { !$0.isSuppressed }
            let expected = failOn.map { f in unsuppressed.filter { $0.severity >= f }.count } ?? 0
            #expect(totals.failures == expected, "fail-on \(String(describing: failOn))")
        }
    }

    @Test func aCleanRunShowsOnePassingTestcasePerStandard() throws {
        let root = try #require(XMLTools.parse(render(ReportFixtures.clean)))
        let cases = root.all("testcase")
        #expect(cases.count == ReportFixtures.clean.files.reduce(0) { $0 + $1.standards.count })
        #expect(cases.allSatisfy { $0.children.isEmpty })
        #expect(root.attributes["failures"] == "0" && root.attributes["errors"] == "0")
    }

    @Test func anUnreadableFileIsAnError() throws {
        let root = try #require(XMLTools.parse(render(ReportFixtures.findings)))
        let suite = try #require(root.all("testsuite").first { $0.attributes["name"] == "drafts/broken.docx" })
        let error = try #require(suite.all("error").first)
        #expect(error.attributes["message"] == ReportFixtures.brokenFile.error)
        #expect(suite.attributes["errors"] == "1")
    }

    @Test func controlCharactersBecomeReplacementCharacters() throws {
        let xml = render(HostileInput.result)
        #expect(!xml.utf8.contains { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 })
        let root = try #require(XMLTools.parse(xml))
        let failure = try #require(root.all("failure").first)
        #expect(failure.attributes["message"] == HostileInput.expectedXMLMessage)
    }

    @Test func noTimestampsAndZeroTimes() {
        let xml = render(ReportFixtures.findings)
        #expect(!xml.contains("timestamp="))
        let times = xml.components(separatedBy: "time=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(!times.isEmpty && times.allSatisfy { $0 == "0" })
    }
}

/// A result whose texts hold everything XML, Markdown and GitHub commands must escape.
enum HostileInput {
    static let message = "A\u{0}B\u{1}C\u{8}D\u{B}E\u{C}F\u{1B}[31mG\u{7F}H\tI\r\nJ & <K> \"L\" 'M' \u{FFFE}N%O,P:Q|R*S_T`U]]>V"
    /// What an XML parser reads back from the attribute: specials restored, controls replaced,
    /// TAB, CR and LF kept (they are written as character references).
    static let expectedXMLMessage = "A\u{FFFD}B\u{FFFD}C\u{FFFD}D\u{FFFD}E\u{FFFD}F\u{FFFD}[31mG\u{7F}H\tI\r\nJ & <K> \"L\" 'M' \u{FFFD}N%O,P:Q|R*S_T`U]]>V"

    static var result: CheckResult {
        let location = Location(line: 3, column: 7, snippet: "x")
        let d = { (severity: Severity, suppression: String?) in
            Diagnostic(ruleID: "PS401", ruleName: "template-placeholders", family: .emptyField, severity: severity, messageID: "placeholder",
                       arguments: [:], message: message, location: location,
                       standard: StandardReference(index: 1, appendix: nil, code: "J<&>", title: "T\u{1}\"'"),
                       suggestion: "s\u{2}&", suppression: suppression)
        }
        return CheckResult(toolVersion: "1", files: [
            FileResult(path: "dir, with: odd & <chars>%.txt", format: .text, layout: .l1, notices: ["n\u{3}<"],
                       diagnostics: [d(.error, nil), d(.error, nil), d(.warning, nil), d(.info, "because\u{4} <&>")]),
            FileResult(path: "bad\u{5}.docx", format: .docx, error: "e\u{6} & <x>"),
        ])
    }
}
