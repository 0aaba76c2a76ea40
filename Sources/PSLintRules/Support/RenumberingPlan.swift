import PSLintCore

/// The numbers the paragraphs from the first card on should carry: cards 9…8+n in order, and
/// the technical-data paragraphs of chapter 4 continuing from there (issue 6).
///
/// The card-numbering and paragraph-numbering rules attach the same edits, so a fix applied
/// alone leaves a consistent document and two fixes applied together agree edit for edit
/// (a fixer drops the duplicates). Nothing is guessed: when the list of paragraph 8 and the
/// cards disagree on which cards exist, or a number is missing, doubled or not a number, the
/// plan holds no edits and `isFixable` is false.
public struct RenumberingPlan: Sendable {
    /// The number of the first card.
    public static let firstCardNumber = 9

    public let isFixable: Bool
    /// One edit per paragraph whose printed number differs from its target (none for Word's
    /// automatic numbering, which renumbers itself).
    public let edits: [TextEdit]

    public init(_ standard: Standard, listMatch: CardListMatch) {
        let range = standard.paragraphs.filter { $0.chapter == 3 || $0.chapter == 4 }
        let cardHeadings = range.filter { $0.chapter == 3 }
        let fixable = listMatch.agreesOnCards
            && standard.cards.allSatisfy { $0.number.flatMap { Int($0.value.trimmingWhitespace) } != nil }
            && cardHeadings.count == standard.cards.count
            && !standard.unnumberedParagraphs.contains { $0.chapter == 3 || $0.chapter == 4 }
            && range.allSatisfy { !$0.isDoubled && Int($0.number.value.trimmingWhitespace) != nil }
        guard fixable else {
            isFixable = false
            edits = []
            return
        }
        var edits: [TextEdit] = []
        for (offset, paragraph) in range.enumerated() {
            let target = RenumberingPlan.firstCardNumber + offset
            let printed = paragraph.number.value
            guard Int(printed.trimmingWhitespace) != target, !paragraph.isAutomatic else { continue }
            edits.append(TextEdit(location: paragraph.number.location, oldText: printed, newText: String(target)))
        }
        isFixable = true
        self.edits = edits
    }
}

/// Renumbering of a list numbered 1…n (paragraph-8 items, labour functions, skills).
enum SequenceRenumbering {
    /// Edits that number `numbers` 1…n in order; nil when one of them is absent or not a number.
    static func edits(_ numbers: [Field?]) -> [TextEdit]? {
        var edits: [TextEdit] = []
        for (offset, field) in numbers.enumerated() {
            guard let field, Int(field.value.trimmingWhitespace) != nil else { return nil }
            if Int(field.value.trimmingWhitespace) != offset + 1 {
                edits.append(TextEdit(location: field.location, oldText: field.value, newText: String(offset + 1)))
            }
        }
        return edits
    }
}
