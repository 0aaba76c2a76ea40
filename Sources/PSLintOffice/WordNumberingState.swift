/// Word's list counters while the body is read in order, and the rendering of a number
/// ("9. ", "2.1) ", "б) ") as Word shows it.
///
/// Counters belong to the abstract list definition, as in Word: two `w:num` that share an
/// abstract definition continue one another, unless a `w:num` overrides a level's start, which
/// restarts that level the first time the `w:num` is used. When a level advances, the deeper
/// levels restart (unless their `w:lvlRestart` says otherwise).
struct WordNumberingState {
    let definitions: WordNumberingDefinitions
    /// Per resolved abstract definition: the current value of each level (nil = not started).
    private var counters: [Int: [Int?]] = [:]
    private var usedInstances: Set<Int> = []

    init(definitions: WordNumberingDefinitions) {
        self.definitions = definitions
    }

    /// Advances the counter of `numId`/`level` for one paragraph and returns the text Word puts
    /// in front of it ("9. "), or "" when the paragraph shows no number (bullets included).
    mutating func next(numId: Int, level: Int) -> String {
        guard numId != 0, (0...8).contains(level), let instance = definitions.instances[numId],
              let definition = definitions.level(numId: numId, level: level) else { return "" }
        let abstractId = definitions.resolvedAbstractId(instance.abstractId)
        var values = counters[abstractId] ?? Array(repeating: nil, count: 9)
        if !usedInstances.contains(numId) {
            usedInstances.insert(numId)
            for (overridden, start) in instance.startOverrides where (0...8).contains(overridden) {
                values[overridden] = start - 1
            }
            for (overridden, override) in instance.levelOverrides where (0...8).contains(overridden) {
                values[overridden] = override.start - 1
            }
        }
        values[level] = (values[level] ?? (definition.start - 1)) + 1
        for deeper in (level + 1)..<9 {
            let rule = definitions.level(numId: numId, level: deeper)?.restart
            // lvlRestart n (1-based level): restart when level n-1 or a higher one is used.
            if let rule {
                if rule != 0, level <= rule - 1 { values[deeper] = nil }
            } else {
                values[deeper] = nil
            }
        }
        counters[abstractId] = values
        guard let text = definition.text, definition.format != "bullet", definition.format != "none" else { return "" }
        let rendered = render(text, values: values, numId: numId, legal: definition.isLegal)
        guard !rendered.isEmpty else { return "" }
        switch definition.suffix {
        case "nothing": return rendered
        default: return rendered + " "  // "tab" (Word's default) and "space"
        }
    }

    /// Replaces `%1`…`%9` in the level text by the formatted counters.
    private func render(_ text: String, values: [Int?], numId: Int, legal: Bool) -> String {
        var output = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "%" else { output.unicodeScalars.append(scalar); continue }
            guard let digit = scalars.next() else { output.append("%"); break }
            guard let index = Int(String(digit)), (1...9).contains(index) else {
                output.append("%")
                output.unicodeScalars.append(digit)
                continue
            }
            let referenced = definitions.level(numId: numId, level: index - 1)
            let value = values[index - 1] ?? referenced?.start ?? 1
            let format = legal ? "decimal" : (referenced?.format ?? "decimal")
            output += WordNumberFormat.format(value, as: format)
        }
        return output
    }
}

/// Word's number formats (`w:numFmt`).
enum WordNumberFormat {
    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "decimal", "decimalHalfWidth", "decimalFullWidth": return String(value)
        case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : String(value)
        case "lowerLetter": return letters(value, alphabet: latin)
        case "upperLetter": return letters(value, alphabet: latin).uppercased()
        case "lowerRoman": return roman(value).lowercased()
        case "upperRoman": return roman(value)
        case "russianLower": return letters(value, alphabet: russian)
        case "russianUpper": return letters(value, alphabet: russian).uppercased()
        case "ordinal": return String(value)
        case "none", "bullet": return ""
        default: return String(value)
        }
    }

    static let latin = Array("abcdefghijklmnopqrstuvwxyz")
    /// Word's Russian sequence: the alphabet without ё, й, ъ, ы, ь.
    static let russian = Array("абвгдежзиклмнопрстуфхцчшщэюя")

    /// Word repeats the letter past the end of the alphabet: a … z, aa … zz, aaa …
    static func letters(_ value: Int, alphabet: [Character]) -> String {
        guard value > 0 else { return String(value) }
        let index = (value - 1) % alphabet.count
        let repeats = (value - 1) / alphabet.count + 1
        return String(repeating: alphabet[index], count: min(repeats, 50))
    }

    static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var remaining = value
        var output = ""
        for (amount, numeral) in table {
            while remaining >= amount {
                output += numeral
                remaining -= amount
            }
        }
        return output
    }
}
