import PSLintCore

/// PS007 title-present: the standard has a title line with a name in quotes.
struct PS007TitlePresent: Rule {
    static let id = "PS007"

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let title = context.standard.title else {
            return [context.report("missing", at: context.standard.location, field: "title")]
        }
        return title.isEmpty ? [context.report("empty", at: title.location, field: "title")] : []
    }
}
