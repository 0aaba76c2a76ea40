import PSLintCore

/// PS001 chapters-present: the four chapters of the template are all there.
struct PS001ChaptersPresent: Rule {
    static let id = "PS001"

    func check(_ context: RuleContext) -> [Diagnostic] {
        let standard = context.standard
        let at = standard.title?.location ?? standard.location
        guard !standard.chapters.isEmpty else {
            return [context.report("none", at: at, field: "chapters")]
        }
        let present = Set(standard.chapters.compactMap { Int($0.number.value.trimmingWhitespace) })
        return (1...4).filter { !present.contains($0) }.map { chapter in
            context.report("missing", ["chapter": .int(chapter)], at: at, field: "chapters")
        }
    }
}
