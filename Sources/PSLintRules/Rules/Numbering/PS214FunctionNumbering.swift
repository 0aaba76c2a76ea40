import PSLintCore

/// PS214 tf-numbering: labour functions are numbered 1…n in each card (mandatory and
/// additional ones separately), and skills 1…n in each labour function.
struct PS214FunctionNumbering: Rule {
    static let id = "PS214"

    /// The message ids of one kind of sequence.
    private struct Messages {
        var first, repeated, next, fix: String
    }
    private static let functions = Messages(first: "functionFirst", repeated: "functionRepeated", next: "functionNext", fix: "functionFix")
    private static let skills = Messages(first: "skillFirst", repeated: "skillRepeated", next: "skillNext", fix: "skillFix")

    func check(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for card in context.standard.cards {
            for additional in [false, true] {
                let functions = card.labourFunctions.filter { $0.isAdditional == additional }
                findings += check(functions.map(\.number), Self.functions, parent: [:], card: card, context: context)
            }
            for function in card.labourFunctions {
                let parent: [String: MessageArgument] = ["function": .string(function.number?.value.trimmingWhitespace ?? "?")]
                findings += check(function.skills.map(\.number), Self.skills, parent: parent, card: card, context: context)
            }
        }
        return findings
    }

    private func check(_ numbers: [Field?], _ messages: Messages, parent: [String: MessageArgument], card: Card,
                       context: RuleContext) -> [Diagnostic] {
        let breaks = NumberSequence.breaks(numbers.map(NumberSequence.value))
        guard !breaks.isEmpty else { return [] }
        let fix = SequenceRenumbering.edits(numbers).flatMap { $0.isEmpty ? nil : context.fix(messages.fix, parent, edits: $0) }
        return breaks.compactMap { found in
            guard let at = numbers[found.position]?.location else { return nil }
            var arguments = parent
            arguments["number"] = .int(found.number)
            arguments["expected"] = .int(found.expected)
            switch found.kind {
            case .first: return context.report(messages.first, arguments, at: at, card: card, fix: fix)
            case .repeated: return context.report(messages.repeated, arguments, at: at, card: card, fix: fix)
            case .unexpected:
                arguments["previous"] = .int(found.previous ?? 0)
                return context.report(messages.next, arguments, at: at, card: card, fix: fix)
            }
        }
    }
}
