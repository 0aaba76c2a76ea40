import PSLintCore

/// Checks numbers that should run on by one. Each number is compared with the previous
/// printed number + 1, so one gap gives one break, not one per number after it. A single
/// wrong number inside a sequence that goes on as if it were right (`4, 5, 5, 7`: the second 5
/// should be 6) is one break too: the look-ahead tells it from a jump (`9, 10, 15, 16`).
enum NumberSequence {
    struct Break: Sendable {
        enum Kind: Sendable { case first, repeated, unexpected }
        var kind: Kind
        /// Position in the checked list.
        var position: Int
        var number: Int
        var previous: Int?
        var expected: Int
    }

    /// One number of the sequence.
    struct Item: Sendable {
        /// The printed number; nil for an item without one (it takes the expected number).
        var number: Int?
        /// Unnumbered items just before this one (paragraphs printed without a number). Whether
        /// the author counted them or not, the number after them is accepted; they are reported
        /// on their own (PS008), so they do not make a second finding here.
        var skippedBefore = 0
        /// A number printed elsewhere that this item continues instead of the one before it
        /// (chapter 4 continues from the last card).
        var continues: Int?
    }

    static func breaks(_ numbers: [Int?], first: Int = 1) -> [Break] {
        breaks(numbers.map { Item(number: $0) }, first: first)
    }

    static func breaks(_ items: [Item], first: Int = 1) -> [Break] {
        var result: [Break] = []
        var last: Int?
        for (position, item) in items.enumerated() {
            if let continues = item.continues { last = continues }
            let expected = (last.map { $0 + 1 } ?? first) + item.skippedBefore
            guard let number = item.number else {
                last = expected
                continue
            }
            guard number != expected, number != expected - item.skippedBefore else {
                last = number
                continue
            }
            let kind: Break.Kind = last == nil ? .first : (number == last ? .repeated : .unexpected)
            result.append(Break(kind: kind, position: position, number: number, previous: last, expected: expected))
            // Does the sequence go on from the expected number (this one is simply wrong) or from
            // this number (a jump)?
            let next = items.dropFirst(position + 1).first { $0.number != nil }
            if let next, next.continues == nil, let nextNumber = next.number, nextNumber == expected + 1 + next.skippedBefore {
                last = expected
            } else {
                last = number
            }
        }
        return result
    }

    /// The integer of a printed number (`"12"`, `" 12 "`).
    static func value(_ field: Field?) -> Int? {
        field.flatMap { Int($0.value.trimmingWhitespace) }
    }
}
