import PSLintCore

/// The compiler-style format editors understand (see docs/formats/text.md):
///
///     drafts/a.txt:120:5: error: message [PS207 ork-level-range]
///       in J062 «Title», clause 12, card 3 «Name» (level 6)
///       suggestion: …
///     drafts/b.docx: paragraph 214, table 3 row 12 cell 2: warning: message [PS401 template-placeholders]
///     drafts/c.docx: error: not a Word document
///     notes.txt: note: skipped: holds no professional standard
///
///     3 errors, 5 warnings, 1 info in 2 files (38 standards, 208 cards); 4 suppressed
///
/// Waived findings are not printed; the summary counts them.
public struct TextReporter: Reporter {
    public init() {}

    public func render(_ result: CheckResult, rules: [RuleDescriptor], options: ReportOptions) -> String {
        let context = DiagnosticContext(options.language)
        let paint = Paint(enabled: options.color)
        var out = ""
        for entry in result.reportEntries {
            let file = entry.file
            let path = oneLine(file.path)
            if let error = file.error {
                out += paint.bold("\(path):") + " " + paint.severity(.error) + ": " + oneLine(error) + "\n"
            }
            if file.skipped {
                out += paint.bold("\(path):") + " note: " + oneLine(file.skipNotice(context.words)) + "\n"
            } else {
                for notice in file.notices {
                    out += paint.bold("\(path):") + " note: " + oneLine(notice) + "\n"
                }
            }
            for diagnostic in file.diagnostics where !diagnostic.isSuppressed {
                out += paint.bold(Self.prefix(path: path, location: diagnostic.location)) + " "
                out += paint.severity(diagnostic.severity) + ": " + oneLine(diagnostic.message) + " " + diagnostic.tag + "\n"
                for line in context.detailLines(diagnostic, includeLocation: false, includeField: false) {
                    out += "  " + oneLine(line) + "\n"
                }
            }
        }
        if !out.isEmpty { out += "\n" }
        out += context.words.summaryLine(result.summary) + "\n"
        return out
    }

    /// `path:12:5:`, `path:12:`, `path: paragraph 214, table 3 row 12 cell 2:` or `path:`.
    static func prefix(path: String, location: Location) -> String {
        if let line = location.line {
            if let column = location.column { return "\(path):\(line):\(column):" }
            return "\(path):\(line):"
        }
        if let word = location.word { return "\(path): \(word.description):" }
        return "\(path):"
    }
}

/// ANSI colours for the text format.
struct Paint {
    let enabled: Bool

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { wrap(text, "1") }

    /// The severity word: bold red error, bold yellow warning, bold blue info.
    func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return wrap("error", "1;31")
        case .warning: return wrap("warning", "1;33")
        case .info: return wrap("info", "1;34")
        }
    }
}
