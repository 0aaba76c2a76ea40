import PSLintCore

/// PS009 doubled-number: a paragraph number printed twice, `1. 1. …` (P11).
struct PS009DoubledNumber: Rule {
    static let id = "PS009"

    func check(_ context: RuleContext) -> [Diagnostic] {
        context.standard.paragraphs.filter(\.isDoubled).map { paragraph in
            context.report("doubled", ["number": .string(paragraph.number.value.trimmingWhitespace)], at: paragraph.number.location)
        }
    }
}
