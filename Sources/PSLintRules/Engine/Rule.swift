import PSLintCore

/// One check. A rule reads the parsed model only (never bytes or layouts) and reports through
/// its context, which renders the catalogue message and fills in everything else.
///
/// The rule's metadata (name, family, severities, messages, parameters, examples) lives in
/// `Rules/<id>-<name>.yml`; the Swift type carries only its id.
public protocol Rule: Sendable {
    /// The catalogue id (`PS207`).
    static var id: String { get }
    init()
    /// The findings of this rule for `context.standard`.
    func check(_ context: RuleContext) -> [Diagnostic]
}
