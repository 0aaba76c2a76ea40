import PSLintCore

extension RuleCatalogue {
    /// `pslint rules`: one line a rule — id, name, family, severity (draft, and submission when
    /// it differs), summary — then the number of rules.
    public static func listText(language: MessageLanguage) -> String {
        let rows = specs.map { spec in
            [spec.id, spec.name, spec.family.rawValue, severityColumn(spec), spec.summary[language]]
        }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            (0..<4).map { pad(row[$0], widths[$0]) }.joined(separator: "  ") + "  " + row[4]
        }
        lines.append("")
        lines.append("\(CatalogueLabels.ruleCount.text(language)): \(specs.count)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `pslint rules PS207`: one rule explained with its messages, parameters and examples;
    /// nil when no rule has that id or name.
    public static func explain(idOrName: String, language: MessageLanguage) -> String? {
        guard let spec = spec(idOrName: idOrName) else { return nil }
        let label = { (label: CatalogueLabels) in label.text(language) }
        var lines: [String] = []
        lines.append("\(spec.id) \(spec.name)")
        lines.append("\(label(.family)): \(spec.family.rawValue)")
        lines.append("\(label(.severity)): \(spec.severities[.draft]?.rawValue ?? "-") (\(label(.draft))), "
                     + "\(spec.severities[.submission]?.rawValue ?? "-") (\(label(.submission)))")
        lines.append("")
        lines.append(spec.summary[language])
        lines.append("")
        lines.append(spec.rationale[language])
        lines.append("")
        lines.append("\(label(.messages)):")
        for message in spec.messages {
            let severity = message.severity.map { " [\($0.rawValue)]" } ?? ""
            lines.append("  \(message.id)\(severity): \(message.text[language])")
        }
        if !spec.parameters.isEmpty {
            lines.append("")
            lines.append("\(label(.parameters)):")
            for parameter in spec.parameters {
                lines.append("  \(parameter.name) (\(label(.defaultValue)): \(display(parameter.defaultValue))): \(parameter.description[language])")
            }
        }
        for (title, examples) in [(label(.badExamples), spec.examples.bad), (label(.goodExamples), spec.examples.good),
                                  (label(.exemptExamples), spec.examples.exempt)] where !examples.isEmpty {
            lines.append("")
            lines.append("\(title):")
            for example in examples {
                lines.append(contentsOf: example.displayLines.map { "    " + visibleTabs($0) })
                lines.append("")
            }
            lines.removeLast()
        }
        lines.append("")
        lines.append("\(label(.documentation)): \(documentationPath(id: spec.id))")
        return lines.joined(separator: "\n") + "\n"
    }

    static func severityColumn(_ spec: RuleSpec) -> String {
        let draft = spec.severities[.draft]?.rawValue ?? "-"
        let submission = spec.severities[.submission]?.rawValue ?? "-"
        return draft == submission ? draft : "\(draft)/\(submission)"
    }

    static func display(_ value: ParameterValue) -> String {
        switch value {
        case .strings(let list): return "[" + list.joined(separator: ", ") + "]"
        default: return value.description
        }
    }

    /// TABs shown as `→` followed by a space, so example rows stay readable on a terminal.
    static func visibleTabs<S: StringProtocol>(_ line: S) -> String {
        var out = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            if scalar == "\t" { out.append(contentsOf: "→ ".unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
