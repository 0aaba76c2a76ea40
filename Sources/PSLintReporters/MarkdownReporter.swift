import PSLintCore

/// `--format markdown`: a summary for `$GITHUB_STEP_SUMMARY` or a merge-request comment
/// (see docs/formats/markdown.md): the counts, a table per family and severity, then every
/// finding (errors first), waived findings, input errors and skipped files. GitHub shows only
/// the first annotations of a step, so this table is the complete list — up to GitHub's 1 MiB
/// step-summary limit, after which it is cut with a count of the rows left out.
public struct MarkdownReporter: Reporter {
    /// GitHub's limit for one step summary, in bytes.
    public static let stepSummaryLimit = 1024 * 1024

    /// The largest report in UTF-8 bytes.
    public let byteLimit: Int

    public init(byteLimit: Int = MarkdownReporter.stepSummaryLimit) {
        self.byteLimit = byteLimit
    }

    public func render(_ result: CheckResult, rules: [RuleDescriptor], options: ReportOptions) -> String {
        let context = DiagnosticContext(options.language)
        let words = context.words
        let entries = result.reportEntries
        let catalogue = RuleIndex(rules, diagnostics: entries.flatMap(\.file.diagnostics), informationURI: options.informationURI)
        let counts = result.summary

        var head = "## pslint\n\n" + Markdown.escape(words.summaryLine(counts)) + "\n\n"
        head += familyTable(entries, words: words)

        var sections: [MarkdownSection] = []
        let inputErrors = entries.compactMap { e in e.file.error.map { (e.file.path, $0) } }
        if !inputErrors.isEmpty {
            sections.append(MarkdownSection(heading: words.inputErrors, columns: [words.file, words.errorHeading],
                                            rows: inputErrors.map { [Markdown.escape($0.0), Markdown.escape($0.1)] }))
        }
        var findings: [(Diagnostic, String)] = []
        var waived: [(Diagnostic, String)] = []
        for entry in entries {
            for d in entry.file.diagnostics {
                if d.isSuppressed { waived.append((d, entry.file.path)) } else { findings.append((d, entry.file.path)) }
            }
        }
        // Errors first, so a cut report loses the least serious rows; stable otherwise.
        let ordered = findings.enumerated().sorted { a, b in
            a.element.0.severity != b.element.0.severity ? a.element.0.severity > b.element.0.severity : a.offset < b.offset
        }.map(\.element)
        sections.append(MarkdownSection(
            heading: words.findings,
            columns: [words.file, words.where_, words.severity, words.ruleHeading, words.message, words.cardHeading],
            rows: ordered.map { d, path in
                [Markdown.escape(path), Markdown.escape(place(d, words)), d.severity.rawValue, rule(d, catalogue),
                 Markdown.escape(message(d, words)), Markdown.escape(context.where_(d, compact: true) ?? "")]
            },
            emptyText: words.noFindings))
        if !waived.isEmpty {
            sections.append(MarkdownSection(
                heading: words.waivedFindings,
                columns: [words.file, words.where_, words.severity, words.ruleHeading, words.message, words.reason],
                rows: waived.map { d, path in
                    [Markdown.escape(path), Markdown.escape(place(d, words)), d.severity.rawValue, rule(d, catalogue),
                     Markdown.escape(d.message), Markdown.escape(d.suppression ?? "")]
                }))
        }
        let skipped = entries.filter(\.file.skipped).map(\.file)
        if !skipped.isEmpty {
            sections.append(MarkdownSection(heading: words.skippedFiles, columns: [words.file, words.reason],
                                            rows: skipped.map { [Markdown.escape($0.path), Markdown.escape($0.skipReason(words))] }))
        }
        return MarkdownSection.assemble(head: head, sections: sections, limit: byteLimit, note: words.truncated)
    }

    /// Family × severity counts of the findings that are not waived.
    private func familyTable(_ entries: [ReportEntry], words: ReportWords) -> String {
        var counts: [RuleFamily: [Int]] = [:]
        for entry in entries {
            for d in entry.file.diagnostics where !d.isSuppressed {
                counts[d.family, default: [0, 0, 0]][2 - d.severity.rank] += 1
            }
        }
        guard !counts.isEmpty else { return "" }
        var table = "| \(words.family) | \(words.errors) | \(words.warnings) | \(words.infos) |\n| --- | ---: | ---: | ---: |\n"
        var total = [0, 0, 0]
        for family in RuleFamily.allCases {
            guard let row = counts[family] else { continue }
            table += "| \(family.rawValue) | \(row[0]) | \(row[1]) | \(row[2]) |\n"
            for i in 0..<3 { total[i] += row[i] }
        }
        table += "| **\(words.total)** | **\(total[0])** | **\(total[1])** | **\(total[2])** |\n\n"
        return table
    }

    /// `12:5`, or the Word location, with the clause when known.
    private func place(_ d: Diagnostic, _ words: ReportWords) -> String {
        var parts: [String] = []
        if let line = d.location.line {
            parts.append(d.location.column.map { "\(line):\($0)" } ?? "\(line)")
        } else if let word = d.location.word {
            parts.append(word.description)
        }
        if let clause = d.location.clause, !clause.isEmpty { parts.append(words.clause(clause)) }
        return parts.joined(separator: ", ")
    }

    private func rule(_ d: Diagnostic, _ catalogue: RuleIndex) -> String {
        let title = Markdown.escape(d.title)
        guard let uri = catalogue.descriptor(d.ruleID)?.helpURI, !uri.isEmpty else { return title }
        return "[\(title)](\(Markdown.linkTarget(uri)))"
    }

    private func message(_ d: Diagnostic, _ words: ReportWords) -> String {
        var text = d.message
        if let suggestion = d.suggestion, !suggestion.isEmpty { text += "\n\(words.suggestion): \(suggestion)" }
        if let fix = d.fix { text += "\n\(words.fix): \(fix.description)" }
        return text
    }
}
