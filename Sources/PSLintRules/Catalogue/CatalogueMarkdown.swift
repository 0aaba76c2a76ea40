import PSLintCore

extension RuleCatalogue {
    /// The content of `docs/rules/PSnnn.md`; empty for an unknown id.
    public static func markdownPage(id: String) -> String {
        guard let spec = spec(id: id) else { return "" }
        var lines: [String] = []
        lines.append("<!-- Generated from Rules/\(spec.file) by `bash scripts/generate-catalogue.sh`. Do not edit. -->")
        lines.append("")
        lines.append("# \(spec.id) \(spec.name)")
        lines.append("")
        lines.append("| | |")
        lines.append("|---|---|")
        lines.append("| Family | `\(spec.family.rawValue)` |")
        lines.append("| Severity (draft profile) | `\(spec.severities[.draft]?.rawValue ?? "-")` |")
        lines.append("| Severity (submission profile) | `\(spec.severities[.submission]?.rawValue ?? "-")` |")
        lines.append("")
        lines.append(spec.summary.en)
        lines.append("")
        lines.append(spec.rationale.en)
        lines.append("")
        for language in [MessageLanguage.ru, .kk] {
            lines.append("**\(language.rawValue)**: \(spec.summary[language]) \(spec.rationale[language])")
            lines.append("")
        }
        lines.append("## Messages")
        lines.append("")
        lines.append("| id | en | ru | kk |")
        lines.append("|---|---|---|---|")
        for message in spec.messages {
            let severity = message.severity.map { " (`\($0.rawValue)`)" } ?? ""
            lines.append("| `\(message.id)`\(severity) | \(cell(message.text.en)) | \(cell(message.text.ru)) | \(cell(message.text.kk)) |")
        }
        lines.append("")
        if !spec.parameters.isEmpty {
            lines.append("## Parameters")
            lines.append("")
            lines.append("| name | default | description |")
            lines.append("|---|---|---|")
            for parameter in spec.parameters {
                lines.append("| `\(parameter.name)` | `\(display(parameter.defaultValue))` | \(cell(parameter.description.en)) |")
            }
            lines.append("")
            lines.append("Set them in `.pslint.yml` under the rule's id, name or family.")
            lines.append("")
        }
        lines.append("## Examples")
        lines.append("")
        lines.append("The test suite runs every example: each changes `Fixtures/rules/base-<language>.txt`, a complete"
                     + " standard that raises no finding, from the `-` lines to the `+` lines (a TAB is shown as `→`).")
        for (title, examples) in [("Triggers the rule", spec.examples.bad), ("Does not trigger it", spec.examples.good),
                                  ("Exempt", spec.examples.exempt)] where !examples.isEmpty {
            lines.append("")
            lines.append("### \(title)")
            for example in examples {
                lines.append("")
                if let base = example.base { lines.append("In `base-\(base).txt`:") ; lines.append("") }
                lines.append(example.text == nil ? "```diff" : "```text")
                lines.append(contentsOf: example.displayLines.map { visibleTabs($0) })
                lines.append("```")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The content of `docs/rules/README.md`: every rule with its family, severity and summary.
    public static func markdownIndex() -> String {
        var lines: [String] = []
        lines.append("<!-- Generated from Rules/ by `bash scripts/generate-catalogue.sh`. Do not edit. -->")
        lines.append("")
        lines.append("# pslint rules")
        lines.append("")
        lines.append("Every rule, its family and its severity in the draft profile (and in submission, when it differs)."
                     + " `pslint rules PSnnn` explains a rule in English, Russian or Kazakh.")
        lines.append("")
        lines.append("| id | name | family | severity | summary |")
        lines.append("|---|---|---|---|---|")
        for spec in specs {
            lines.append("| [\(spec.id)](\(spec.id).md) | `\(spec.name)` | `\(spec.family.rawValue)` | `\(severityColumn(spec))` | \(cell(spec.summary.en)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text safe inside a Markdown table cell.
    private static func cell(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|": out.append(contentsOf: "\\|".unicodeScalars)
            case "\n": out.append(" ")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
