import PSLintCore
@testable import PSLintReporters
import Testing

@Suite struct TextReporterTests {
    /// The line grammar documented in docs/formats/text.md.
    static var lineGrammar: Regex<(Substring, file: Substring, line: Substring?, column: Substring?, word: Substring?, severity: Substring, message: Substring, rule: Substring?, name: Substring?)> { #/^(?<file>.+?):(?:(?<line>\d+):(?:(?<column>\d+):)?| (?<word>paragraph \d+[^:]*):)? (?<severity>error|warning|info|note): (?<message>.*?)(?: \[(?<rule>PS\d{3}|config(?:-[a-z0-9]+)+) (?<name>[a-z0-9]+(?:-[a-z0-9]+)*)\])?$/# }

    @Test func everyLineFollowsTheDocumentedGrammar() throws {
        let output = TextReporter().render(ReportFixtures.findings, rules: ReportFixtures.rules, options: ReportFixtures.options)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var parsedFindings = 0
        for line in lines where !line.isEmpty && !line.hasPrefix("  ") && line != lines[lines.count - 2] {
            let match = try #require(line.wholeMatch(of: Self.lineGrammar), "does not follow the grammar: \(line)")
            if match.output.rule != nil { parsedFindings += 1 }
        }
        #expect(parsedFindings == ReportFixtures.allDiagnostics(ReportFixtures.findings).filter { !$0.isSuppressed }.count)
        let docx = try #require(lines.first { $0.contains("table 3 row 12") }?.wholeMatch(of: Self.lineGrammar))
        #expect(docx.output.file == "drafts/J062 жоба.docx")
        #expect(docx.output.word == "paragraph 214, table 3 row 12 cell 2")
        #expect(docx.output.rule == "PS207" && docx.output.name == "ork-level-range")
        let text = try #require(lines.first { $0.contains(":517:14:") }?.wholeMatch(of: Self.lineGrammar))
        #expect(text.output.line == "517" && text.output.column == "14" && text.output.severity == "error")
    }

    @Test func summaryCountsWaivedFindingsWithoutPrintingThem() {
        let output = TextReporter().render(ReportFixtures.findings, rules: ReportFixtures.rules, options: ReportFixtures.options)
        #expect(output.hasSuffix("\n7 errors, 3 warnings, 1 info in 6 files (5 standards, 22 cards); 1 suppressed; 1 input error; 2 skipped\n"))
        #expect(!output.contains("work experience"))
    }

    @Test func colourOnlyWhenAsked() {
        var options = ReportFixtures.options
        let plain = TextReporter().render(ReportFixtures.findings, rules: ReportFixtures.rules, options: options)
        #expect(!plain.contains("\u{1B}"))
        options.color = true
        let coloured = TextReporter().render(ReportFixtures.findings, rules: ReportFixtures.rules, options: options)
        #expect(coloured.contains("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;33mwarning\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;34minfo\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1mdrafts/004_it.txt:517:14:\u{1B}[0m"))
        let stripped = coloured.replacing(#/\x1B\[[0-9;]*m/#, with: "")
        #expect(stripped == plain)
    }

    @Test func messagesCannotBreakLinesOrDriveTheTerminal() {
        let output = TextReporter().render(HostileInput.result, rules: [], options: ReportFixtures.options)
        #expect(!output.utf8.contains { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F })
        #expect(output.split(separator: "\n").filter { $0.contains("[PS401 template-placeholders]") }.count == 3)
    }

    @Test func russianSummaryAvoidsPluralForms() {
        var options = ReportFixtures.options
        options.language = .ru
        let output = TextReporter().render(ReportFixtures.clean, rules: [], options: options)
        #expect(output == "ошибок: 0, предупреждений: 0, сведений: 0; файлов: 2 (стандартов: 3, карточек: 15)\n")
    }
}
