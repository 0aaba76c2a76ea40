import PSLintCore

/// Checks numbers that should run on by one. Each number is compared with the previous
/// printed number + 1, so one gap gives one break, not one per number after it.
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

    /// - Parameters:
    ///   - numbers: the printed numbers; nil for an item without one (it takes the expected number).
    ///   - first: the number the sequence should start with.
    ///   - previous: a number printed before the sequence that it continues (instead of `first`).
    static func breaks(_ numbers: [Int?], first: Int = 1, previous: Int? = nil) -> [Break] {
        var result: [Break] = []
        var last = previous
        for (position, number) in numbers.enumerated() {
            let expected = last.map { $0 + 1 } ?? first
            guard let number else {
                last = expected
                continue
            }
            if number != expected {
                let kind: Break.Kind = last == nil ? .first : (number == last ? .repeated : .unexpected)
                result.append(Break(kind: kind, position: position, number: number, previous: last, expected: expected))
            }
            last = number
        }
        return result
    }

    /// The integer of a printed number (`"12"`, `" 12 "`).
    static func value(_ field: Field?) -> Int? {
        field.flatMap { Int($0.value.trimmingWhitespace) }
    }
}
