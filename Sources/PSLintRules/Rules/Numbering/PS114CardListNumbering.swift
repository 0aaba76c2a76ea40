import PSLintCore

/// PS114 card-list-numbering: the items of the paragraph-8 list are numbered `1)…n)`.
struct PS114CardListNumbering: Rule {
    static let id = "PS114"

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let items = context.standard.passport.cardList, !items.isEmpty else { return [] }
        let numbers = items.map(\.number)
        // A list written without numbers at all is a style choice; a list numbered in part is not.
        guard numbers.contains(where: { $0 != nil }) else { return [] }
        let fix = SequenceRenumbering.edits(numbers).flatMap { $0.isEmpty ? nil : context.fix("fix", ["last": .int(items.count)], edits: $0) }
        var findings: [Diagnostic] = []
        for found in NumberSequence.breaks(numbers.map(NumberSequence.value)) {
            let item = items[found.position]
            var arguments: [String: MessageArgument] = ["number": .int(found.number), "expected": .int(found.expected), "name": .string(item.name.value.trimmingWhitespace)]
            let at = item.number?.location ?? item.location
            switch found.kind {
            case .first: findings.append(context.report("first", arguments, at: at, fix: fix))
            case .repeated, .unexpected:
                arguments["previous"] = .int(found.previous ?? 0)
                findings.append(context.report(found.kind == .repeated ? "repeated" : "next", arguments, at: at, fix: fix))
            }
        }
        for (position, item) in items.enumerated() where item.number == nil || NumberSequence.value(item.number) == nil {
            findings.append(context.report("unnumbered", ["name": .string(item.name.value.trimmingWhitespace), "expected": .int(position + 1)],
                                           at: item.location, field: "number"))
        }
        return findings
    }
}
