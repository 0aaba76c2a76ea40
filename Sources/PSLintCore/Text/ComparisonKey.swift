/// Comparison keys: the form in which two names are "the same" for pslint.
///
/// Case is folded (Cyrillic, Kazakh and Latin letters), Latin letters that look like Cyrillic
/// ones are mapped to Cyrillic when the word is otherwise Cyrillic, white space is collapsed,
/// spaces around hyphens and dashes are dropped and dashes become `-`, quotes and a trailing
/// dot or colon are removed, `ё` becomes `е`. Works on UTF-8 scalars, no `Character` iteration.
public enum ComparisonKey {
    public static func make(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var lastWasHyphen = false
        // First pass: fold case and punctuation; collect words to decide on homoglyphs.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            let folded = fold(scalar)
            if folded == " " {
                pendingSpace = !scalars.isEmpty && !lastWasHyphen
                continue
            }
            if folded == "-" {
                // drop the space before a hyphen and the one after it
                pendingSpace = false
                lastWasHyphen = true
                scalars.append("-")
                continue
            }
            if folded == "\u{0}" { continue }  // dropped punctuation
            if pendingSpace { scalars.append(" ") }
            pendingSpace = false
            lastWasHyphen = false
            scalars.append(folded)
        }
        while let last = scalars.last, last == "." || last == ":" || last == ";" || last == " " || last == "," { scalars.removeLast() }
        // Second pass: map Latin look-alikes inside words that contain Cyrillic letters.
        var wordStart = 0
        var i = 0
        while i <= scalars.count {
            if i == scalars.count || scalars[i] == " " || scalars[i] == "-" {
                let word = scalars[wordStart..<i]
                let hasCyrillic = word.contains { (0x0400...0x04FF).contains($0.value) }
                for scalar in word {
                    out.append(hasCyrillic ? (latinToCyrillic[scalar] ?? scalar) : scalar)
                }
                if i < scalars.count { out.append(scalars[i]) }
                wordStart = i + 1
            }
            i += 1
        }
        return String(out)
    }

    /// Lower-cases one scalar; maps white space to " ", dashes to "-", drops quotes (returns NUL).
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        switch v {
        case 0x401, 0x451: return "е"  // before the 0x400 range: ё and Ё compare as е
        case 0x41...0x5A: return Unicode.Scalar(v + 0x20)!
        case 0x410...0x42F: return Unicode.Scalar(v + 0x20)!
        case 0x400...0x40F: return Unicode.Scalar(v + 0x50)!
        case 0x460...0x4BF, 0x4D0...0x4FF: return v & 1 == 0 ? Unicode.Scalar(v + 1)! : s
        case 0x4C0: return "\u{04CF}"
        case 0x4C1...0x4CE: return v & 1 == 1 ? Unicode.Scalar(v + 1)! : s
        case 0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x2000...0x200B, 0x202F, 0x3000: return " "
        case 0x2010...0x2015, 0x2212, 0xAD: return "-"
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018...0x201F, 0x60, 0x2A: return "\u{0}"
        default: return s
        }
    }

    /// Latin letters (already lower-cased) that print like Cyrillic ones.
    static let latinToCyrillic: [Unicode.Scalar: Unicode.Scalar] = [
        "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к",
        "m": "м", "t": "т", "h": "н", "b": "в", "i": "і",
    ]

    /// Whether `text` mixes Latin and Cyrillic letters inside one word (a look-alike in a name or code).
    public static func hasMixedScriptWord(_ text: String) -> Bool {
        var hasLatin = false, hasCyrillic = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "-" {
                if hasLatin && hasCyrillic { return true }
                hasLatin = false; hasCyrillic = false
                continue
            }
            let v = scalar.value
            if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) { hasLatin = true }
            if (0x400...0x4FF).contains(v) { hasCyrillic = true }
        }
        return hasLatin && hasCyrillic
    }
}
