import PSLintCore

/// PS003 paragraph-numbering: the paragraphs (пункты) of chapters 1, 2 and 4 run on by one.
///
/// Card headings (chapter 3) belong to PS224; chapter 4 continues from the last card's printed
/// number. An unnumbered paragraph in between (PS008) takes a number of its own, so it does not
/// also count as a gap here. Findings in chapter 4 carry the renumbering fix.
struct PS003ParagraphNumbering: Rule {
    static let id = "PS003"

    func check(_ context: RuleContext) -> [Diagnostic] {
        let standard = context.standard
        let paragraphs = standard.paragraphs.filter { $0.chapter != 3 && NumberSequence.value($0.number) != nil }
        let lastCard = standard.cards.last { NumberSequence.value($0.number) != nil }
        let unnumbered = standard.unnumberedParagraphs.filter { $0.chapter != 3 }.compactMap(\.text.location.documentPosition)

        var items: [NumberSequence.Item] = []
        var previousPosition: Location.DocumentPosition?
        var inTechnicalData = false
        for paragraph in paragraphs {
            var item = NumberSequence.Item(number: NumberSequence.value(paragraph.number))
            if paragraph.chapter == 4, !inTechnicalData {
                inTechnicalData = true
                if let lastCard, let number = NumberSequence.value(lastCard.number) {
                    item.continues = number
                    previousPosition = lastCard.number?.location.documentPosition
                }
            }
            let position = paragraph.number.location.documentPosition
            item.skippedBefore = unnumbered.filter { u in
                (previousPosition.map { $0 < u } ?? true) && (position.map { u < $0 } ?? false)
            }.count
            items.append(item)
            previousPosition = position
        }

        let plan = context.renumbering
        return NumberSequence.breaks(items).map { found in
            let paragraph = paragraphs[found.position]
            let fix = paragraph.chapter == 4 && plan.isFixable && !plan.edits.isEmpty ? context.fix("fix", edits: plan.edits) : nil
            var arguments: [String: MessageArgument] = ["number": .int(found.number), "expected": .int(found.expected)]
            switch found.kind {
            case .first:
                return context.report("first", arguments, at: paragraph.number.location, fix: fix)
            case .repeated, .unexpected:
                arguments["previous"] = .int(found.previous ?? 0)
                return context.report(found.kind == .repeated ? "repeated" : "next", arguments, at: paragraph.number.location, fix: fix)
            }
        }
    }
}
