import PSLintCore

/// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and SARIF viewers (see docs/formats/sarif.md).
///
/// Artifact URIs are relative to `%SRCROOT%` (the working directory; declared in
/// `originalUriBaseIds` without an absolute path, so the report holds none); a file outside it
/// gets an absolute `file:` URI. Text files get a region; `.docx` findings get none — their Word
/// location is in the message and in a logical location. Every result carries our own
/// `partialFingerprints`, so GitHub never tries to hash lines of a zip file.
public struct SARIFReporter: Reporter {
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    public static let sourceRoot = "%SRCROOT%"
    /// The `partialFingerprints` key; the suffix changes whenever the fingerprint recipe does.
    public static let fingerprintKey = "pslint/v1"

    public init() {}

    public func render(_ result: CheckResult, rules: [RuleDescriptor], options: ReportOptions) -> String {
        document(result, rules: rules, options: options).serialized() + "\n"
    }

    public func document(_ result: CheckResult, rules: [RuleDescriptor], options: ReportOptions) -> JSONValue {
        let context = DiagnosticContext(options.language)
        let entries = result.reportEntries
        let catalogue = RuleIndex(rules, diagnostics: entries.flatMap(\.file.diagnostics), informationURI: options.informationURI)
        var results: [JSONValue] = []
        var notifications: [JSONValue] = []
        for entry in entries {
            let artifact = ArtifactPath(entry.file.path, workingDirectory: options.workingDirectory)
            notifications += Self.notifications(entry.file, artifact: artifact, words: context.words)
            var occurrences: [String: Int] = [:]
            for diagnostic in entry.file.diagnostics {
                let base = Self.fingerprintBase(diagnostic, artifact: artifact)
                occurrences[base, default: 0] += 1
                results.append(SARIFResult.make(diagnostic, artifact: artifact, catalogue: catalogue, context: context,
                                                fingerprint: SHA256.hex("\(base)|\(occurrences[base]!)")))
            }
        }
        var invocation: [(String, JSONValue)] = [("executionSuccessful", .bool(!entries.contains { $0.file.error != nil }))]
        if !notifications.isEmpty { invocation.append(("toolExecutionNotifications", .array(notifications))) }

        var driver: [(String, JSONValue)] = [
            ("name", .string("pslint")),
            ("version", .string(options.version(of: result))),
        ]
        if HelpLink.hasScheme(options.informationURI) { driver.append(("informationUri", .string(options.informationURI))) }
        driver.append(("rules", .array(catalogue.rules.map { Self.rule($0, language: options.language) })))

        let run: JSONValue = .object([
            ("tool", .object([("driver", .object(driver))])),
            ("invocations", .array([.object(invocation)])),
            ("language", .string(options.language.rawValue)),
            ("originalUriBaseIds", .object([
                (Self.sourceRoot, .object([("description", .object([("text", .string("The working directory of the run."))]))])),
            ])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
        ])
        return .object([("$schema", .string(Self.schemaURI)), ("version", .string("2.1.0")), ("runs", .array([run]))])
    }

    /// What identifies a finding regardless of where its text sits: the rule, the file, the card
    /// identity (or the standard), the field and the message id. Findings sharing all of these
    /// are told apart by their occurrence number in document order, appended by the caller.
    static func fingerprintBase(_ d: Diagnostic, artifact: ArtifactPath) -> String {
        var owner = ""
        if let card = d.card {
            owner = card.identity
        } else if let standard = d.standard {
            if let code = standard.code, !code.isEmpty { owner = ComparisonKey.make(code).uppercased() }
            else { owner = ComparisonKey.make(standard.title ?? "") }
            if owner.isEmpty { owner = "#\(standard.index)" }
        }
        return [d.ruleID, artifact.display, owner, d.field ?? "", d.messageID].joined(separator: "|")
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    static func artifactLocation(_ artifact: ArtifactPath) -> JSONValue {
        if artifact.relative != nil {
            return .object([("uri", .string(artifact.uri)), ("uriBaseId", .string(sourceRoot))])
        }
        return .object([("uri", .string(artifact.uri))])
    }

    static func rule(_ rule: RuleDescriptor, language: MessageLanguage) -> JSONValue {
        let summary = rule.summary(in: language).isEmpty ? rule.name : rule.summary(in: language)
        let rationale = rule.rationale(in: language)
        var helpText = summary
        var helpMarkdown = "**\(summary)**"
        if !rationale.isEmpty {
            helpText += "\n\n" + rationale
            helpMarkdown += "\n\n" + rationale
        }
        if !rule.helpURI.isEmpty {
            helpText += "\n\n" + rule.helpURI
            helpMarkdown += "\n\n[\(rule.id) \(rule.name)](\(rule.helpURI))"
        }
        var members: [(String, JSONValue)] = [
            ("id", .string(rule.id)),
            ("name", .string(rule.name)),
            ("shortDescription", .object([("text", .string(summary))])),
            ("fullDescription", .object([("text", .string(rationale.isEmpty ? summary : rationale))])),
            ("help", .object([("text", .string(helpText)), ("markdown", .string(helpMarkdown))])),
        ]
        if !rule.helpURI.isEmpty { members.append(("helpUri", .string(rule.helpURI))) }
        members.append(("defaultConfiguration", .object([("level", .string(level(rule.defaultSeverity)))])))
        members.append(("properties", .object([("tags", .array([.string("pslint"), .string(rule.family.rawValue)]))])))
        return .object(members)
    }

    /// Input errors, skipped files and reading notices, as tool execution notifications.
    static func notifications(_ file: FileResult, artifact: ArtifactPath, words: ReportWords) -> [JSONValue] {
        func notification(_ level: String, _ id: String, _ text: String) -> JSONValue {
            .object([
                ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", artifactLocation(artifact))]))])])),
                ("message", .object([("text", .string(text))])),
                ("level", .string(level)),
                ("descriptor", .object([("id", .string(id))])),
            ])
        }
        var out: [JSONValue] = []
        if let error = file.error { out.append(notification("error", "input-error", error)) }
        if file.skipped {
            out.append(notification("note", "skipped", file.skipNotice(words)))
        } else {
            out += file.notices.map { notification("note", "notice", $0) }
        }
        return out
    }
}
