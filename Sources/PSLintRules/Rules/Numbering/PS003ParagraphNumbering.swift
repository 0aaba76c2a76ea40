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
        let lastCard = standard.cards.last { NumberSequence.value($0.number) != nil }
        let unnumbered = standard.unnumberedParagraphs.filter { $0.chapter != 3 }.compactMap(\.text.location.documentPosition)
        var previous: (number: Int, position: Location.DocumentPosition?)?
        var inTechnicalData = false
        var findings: [Diagnostic] = []
        for paragraph in standard.paragraphs where paragraph.chapter != 3 {
            guard let number = NumberSequence.value(paragraph.number) else { continue }
            let position = paragraph.number.location.documentPosition
            if paragraph.chapter == 4, !inTechnicalData {
                inTechnicalData = true
                if let lastCard, let cardNumber = NumberSequence.value(lastCard.number) {
                    previous = (cardNumber, lastCard.number?.location.documentPosition)
                }
            }
            let skipped = unnumbered.filter { u in
                (previous?.position.map { $0 < u } ?? true) && (position.map { u < $0 } ?? false)
            }.count
            let expected = (previous?.number ?? 0) + 1 + skipped
            defer { previous = (number, position) }
            guard number != expected else { continue }
            let fix = paragraph.chapter == 4 && context.renumbering.isFixable && !context.renumbering.edits.isEmpty
                ? context.fix("fix", edits: context.renumbering.edits) : nil
            let arguments: [String: MessageArgument] = ["number": .int(number), "expected": .int(expected)]
            if let previous {
                let id = number == previous.number ? "repeated" : "next"
                findings.append(context.report(id, arguments.merging(["previous": .int(previous.number)]) { a, _ in a },
                                               at: paragraph.number.location, fix: fix))
            } else {
                findings.append(context.report("first", arguments, at: paragraph.number.location, fix: fix))
            }
        }
        return findings
    }
}
