import PSLintCore

/// `--format json`: the shape of docs/formats/json.md, checked by docs/formats/check-output.schema.json.
///
/// Every diagnostic appears once, waived ones included (with `"suppressed":{"reason"}`); the
/// configuration's own findings are an extra file entry with `"format": null`.
public struct JSONReporter: Reporter {
    /// Version of the JSON shape; raised only on an incompatible change.
    public static let shapeVersion = 1

    public init() {}

    public func render(_ result: CheckResult, rules: [RuleDescriptor], options: ReportOptions) -> String {
        document(result, options: options).serialized() + "\n"
    }

    /// The report as a JSON value (for tools embedding it).
    public func document(_ result: CheckResult, options: ReportOptions) -> JSONValue {
        .object([
            ("version", .int(Self.shapeVersion)),
            ("tool", .object([("name", .string("pslint")), ("version", .string(options.version(of: result)))])),
            ("files", .array(result.reportEntries.map { Self.file($0.file) })),
            ("summary", Self.summary(result.summary)),
        ])
    }

    static func file(_ file: FileResult) -> JSONValue {
        .object([
            ("path", .string(file.path)),
            ("format", .optional(file.format?.rawValue)),
            ("layout", .optional(file.layout?.rawValue)),
            ("error", file.error.map { .object([("message", .string($0))]) } ?? .null),
            ("standards", .array(file.standards.map(standard))),
            ("diagnostics", .array(file.diagnostics.map(diagnostic))),
            ("skipped", .bool(file.skipped)),
            ("notices", .array(file.notices.map { .string($0) })),
        ])
    }

    static func standard(_ summary: StandardSummary) -> JSONValue {
        .object([
            ("index", .int(summary.reference.index)),
            ("appendix", .optional(summary.reference.appendix)),
            ("code", .optional(summary.reference.code)),
            ("title", .optional(summary.reference.title)),
            ("language", .string(summary.language.rawValue)),
            ("cards", .int(summary.cards)),
        ])
    }

    static func diagnostic(_ d: Diagnostic) -> JSONValue {
        .object([
            ("rule", .string(d.ruleID)),
            ("name", .string(d.ruleName)),
            ("family", .string(d.family.rawValue)),
            ("severity", .string(d.severity.rawValue)),
            ("messageId", .string(d.messageID)),
            ("arguments", arguments(d.arguments)),
            ("message", .string(d.message)),
            ("field", .optional(d.field)),
            ("location", d.location.json),
            ("standard", d.standard.map { s in
                .object([("index", .int(s.index)), ("appendix", .optional(s.appendix)), ("code", .optional(s.code)),
                         ("title", .optional(s.title))])
            } ?? .null),
            ("card", d.card.map { c in
                .object([("index", .int(c.index)), ("number", .optional(c.number)), ("name", .string(c.name)),
                         ("level", .optional(c.level))])
            } ?? .null),
            ("suggestion", .optional(d.suggestion)),
            ("suppressed", d.suppression.map { .object([("reason", .string($0))]) } ?? .null),
            ("fix", d.fix.map(fix) ?? .null),
        ])
    }

    /// Arguments sorted by name: a dictionary has no order, the output must.
    static func arguments(_ arguments: [String: MessageArgument]) -> JSONValue {
        .object(arguments.sorted { $0.key < $1.key }.map { key, value in
            switch value {
            case .string(let s): return (key, .string(s))
            case .int(let i): return (key, .int(i))
            }
        })
    }

    static func fix(_ fix: Fix) -> JSONValue {
        .object([
            ("description", .string(fix.description)),
            ("edits", .array(fix.edits.map { edit in
                .object([("location", edit.location.json), ("oldText", .string(edit.oldText)), ("newText", .string(edit.newText))])
            })),
        ])
    }

    static func summary(_ c: RunSummary) -> JSONValue {
        .object([
            ("files", .int(c.files)), ("standards", .int(c.standards)), ("cards", .int(c.cards)),
            ("errors", .int(c.errors)), ("warnings", .int(c.warnings)), ("infos", .int(c.infos)),
            ("suppressed", .int(c.suppressed)), ("skipped", .int(c.skipped)), ("inputErrors", .int(c.inputErrors)),
        ])
    }
}
