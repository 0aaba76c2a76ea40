import PSLintCore

/// Cyrillic letters that print like Latin letters or digits, for "did you mean" in codes.
enum Lookalikes {
    static let toLatin: [Unicode.Scalar: Unicode.Scalar] = [
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X", "З": "3",
    ]

    /// `text` with every Cyrillic look-alike replaced; an `О` after the first character is a
    /// zero. Letters without a look-alike stay.
    static func latin(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if offset > 0, scalar == "О" || scalar == "о" { out.append("0"); continue }
            out.append(toLatin[scalar] ?? scalar)
        }
        return String(out)
    }

    /// `«Ю», «Ж»`.
    static func list(_ letters: [Unicode.Scalar]) -> String {
        var seen: [Unicode.Scalar] = []
        for letter in letters where !seen.contains(letter) { seen.append(letter) }
        return seen.map { "«\($0)»" }.joined(separator: ", ")
    }
}
