import PSLintCore

/// PS002 chapter-order: chapters come in the order 1, 2, 3, 4, none twice.
struct PS002ChapterOrder: Rule {
    static let id = "PS002"

    func check(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var seen: Set<Int> = []
        var previous: Int?
        for chapter in context.standard.chapters {
            guard let number = Int(chapter.number.value.trimmingWhitespace) else { continue }
            if seen.contains(number) {
                findings.append(context.report("repeated", ["chapter": .int(number)], at: chapter.location))
            } else if let previous, number < previous {
                findings.append(context.report("order", ["chapter": .int(number), "previous": .int(previous)], at: chapter.location))
            }
            seen.insert(number)
            previous = max(previous ?? number, number)
        }
        return findings
    }
}
