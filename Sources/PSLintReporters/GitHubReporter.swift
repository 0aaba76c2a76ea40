import PSLintCore

/// `--format github`: GitHub Actions workflow commands, one annotation per finding
/// (see docs/formats/github.md):
///
///     ::error file=drafts/a.txt,line=120,col=5,title=PS207 ork-level-range::message%0Ain J062 «…», card 3 «…» (level 6)
///
/// `warning` and `notice` for lower severities; a `.docx` finding carries `file=` only, its Word
/// location goes in the message. Waived findings are not annotated. Skipped files, reading
/// notices and the summary are plain log lines.
public struct GitHubReporter: Reporter {
    public init() {}

    public func render(_ result: CheckResult, rules: [RuleDescriptor], options: ReportOptions) -> String {
        let context = DiagnosticContext(options.language)
        var out = ""
        for entry in result.reportEntries {
            let file = entry.file
            let path = ArtifactPath(file.path, workingDirectory: options.workingDirectory).display
            if let error = file.error {
                out += "::error file=\(Self.property(path)),title=pslint input error::\(Self.data(error))\n"
            }
            if file.skipped {
                out += "pslint: \(oneLine(path)): \(oneLine(file.skipNotice(context.words)))\n"
            } else {
                for notice in file.notices { out += "pslint: \(oneLine(path)): \(oneLine(notice))\n" }
            }
            for d in file.diagnostics where !d.isSuppressed {
                var properties = "file=\(Self.property(path))"
                var message = d.message
                if let line = d.location.line {
                    properties += ",line=\(line)"
                    if let column = d.location.column { properties += ",col=\(column)" }
                } else if let word = d.location.word {
                    message += " (\(word.description))"
                }
                properties += ",title=\(Self.property(d.title))"
                let lines = [message] + context.detailLines(d, includeLocation: false, includeField: false)
                out += "::\(Self.command(d.severity)) \(properties)::\(Self.data(lines.joined(separator: "\n")))\n"
            }
        }
        out += "pslint: " + context.words.summaryLine(result.summary) + "\n"
        return out
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    /// Escapes a command's message: `%`, CR and LF; other control characters become U+FFFD.
    static func data(_ text: String) -> String { escape(text, property: false) }

    /// Escapes a property value: also `:` and `,`.
    static func property(_ text: String) -> String { escape(text, property: true) }

    private static func escape(_ text: String, property: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "%"): out.append(contentsOf: Array("%25".utf8))
            case 0x0D: out.append(contentsOf: Array("%0D".utf8))
            case 0x0A: out.append(contentsOf: Array("%0A".utf8))
            case UInt8(ascii: ":") where property: out.append(contentsOf: Array("%3A".utf8))
            case UInt8(ascii: ",") where property: out.append(contentsOf: Array("%2C".utf8))
            case 0x09: out.append(0x20)
            case 0x00..<0x20, 0x7F: out.append(contentsOf: [0xEF, 0xBF, 0xBD])  // never raw control bytes in a log
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
