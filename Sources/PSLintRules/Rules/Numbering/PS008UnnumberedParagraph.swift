import PSLintCore

/// PS008 unnumbered-paragraph: a paragraph the template numbers carries no number (P11).
/// Unnumbered card headings are PS224's.
struct PS008UnnumberedParagraph: Rule {
    static let id = "PS008"

    func check(_ context: RuleContext) -> [Diagnostic] {
        let standard = context.standard
        let targets = standard.unnumberedParagraphs.filter { $0.chapter != 3 }
        guard !targets.isEmpty else { return [] }
        // Walk numbered and unnumbered paragraphs in document order: an unnumbered one takes
        // the number after the one before it.
        enum Event { case numbered(Int), unnumbered(UnnumberedParagraph) }
        var events: [(position: Location.DocumentPosition, event: Event)] = []
        for paragraph in standard.paragraphs {
            if let position = paragraph.number.location.documentPosition, let number = NumberSequence.value(paragraph.number) {
                events.append((position, .numbered(number)))
            }
        }
        var unplaced: [UnnumberedParagraph] = []
        for paragraph in targets {
            if let position = paragraph.text.location.documentPosition {
                events.append((position, .unnumbered(paragraph)))
            } else {
                unplaced.append(paragraph)
            }
        }
        events.sort { $0.position < $1.position }
        var last = 0
        var findings: [Diagnostic] = []
        for (_, event) in events {
            switch event {
            case .numbered(let number): last = number
            case .unnumbered(let paragraph):
                last += 1
                findings.append(context.report("unnumbered", ["label": .string(Snippet.label(paragraph.text.value)), "expected": .int(last)],
                                               at: paragraph.text.location))
            }
        }
        for paragraph in unplaced {
            findings.append(context.report("unnumberedNoPosition", ["label": .string(Snippet.label(paragraph.text.value))], at: paragraph.text.location))
        }
        return findings
    }
}
