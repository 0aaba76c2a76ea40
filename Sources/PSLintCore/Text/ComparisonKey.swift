/// Comparison keys: the form in which two names are "the same" for pslint.
///
/// Case is folded (Cyrillic, Kazakh and Latin letters), Latin letters that look like Cyrillic
/// ones are mapped to Cyrillic when the word is otherwise Cyrillic, white space is collapsed,
/// spaces around hyphens and dashes are dropped and dashes become `-`, quotes and a trailing
/// dot or colon are removed, `ё` becomes `е`. Works on UTF-8 scalars, no `Character` iteration.
public enum ComparisonKey {
    public static func make(_ text: String) -> String {
        UTF8Bytes.with(text) { b in
            var pendingSpace = false
            var lastWasHyphen = false
            // First pass: fold case and punctuation (scalar values; the words decide on homoglyphs below).
            var scalars: [UInt32] = []
            scalars.reserveCapacity(b.count)
            var i = 0
            while i < b.count {
                let (value, length) = UTF8Bytes.scalar(b, at: i)
                i += length
                let folded = fold(value)
                if folded == 0x20 {
                    pendingSpace = !scalars.isEmpty && !lastWasHyphen
                    continue
                }
                if folded == 0x2D {
                    // drop the space before a hyphen and the one after it
                    pendingSpace = false
                    lastWasHyphen = true
                    scalars.append(0x2D)
                    continue
                }
                if folded == 0 { continue }  // dropped punctuation
                if pendingSpace { scalars.append(0x20) }
                pendingSpace = false
                lastWasHyphen = false
                scalars.append(folded)
            }
            while let last = scalars.last, last == 0x2E || last == 0x3A || last == 0x3B || last == 0x20 || last == 0x2C { scalars.removeLast() }
            // Second pass: map Latin look-alikes inside words that contain Cyrillic letters; encode.
            var out: [UInt8] = []
            out.reserveCapacity(scalars.count * 2)
            var wordStart = 0
            var k = 0
            while k <= scalars.count {
                if k == scalars.count || scalars[k] == 0x20 || scalars[k] == 0x2D {
                    var hasCyrillic = false
                    for j in wordStart..<k where scalars[j] >= 0x400 && scalars[j] <= 0x4FF { hasCyrillic = true; break }
                    for j in wordStart..<k {
                        let v = scalars[j]
                        encode(hasCyrillic && v < 0x80 ? latinToCyrillicValue(v) : v, into: &out)
                    }
                    if k < scalars.count { out.append(UInt8(scalars[k])) }
                    wordStart = k + 1
                }
                k += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    @inline(__always)
    static func encode(_ v: UInt32, into out: inout [UInt8]) {
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// `latinToCyrillic` on scalar values (an ASCII value in, itself when it has no look-alike).
    @inline(__always)
    static func latinToCyrillicValue(_ v: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(v), let mapped = latinToCyrillic[scalar] else { return v }
        return mapped.value
    }

    /// `fold` on scalar values: 0 for a dropped character.
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x41...0x5A: return v + 0x20
        case 0x61...0x7A, 0x30...0x39: return v
        case 0x430...0x44F: return v
        default: return Unicode.Scalar(v).map { fold($0).value } ?? v
        }
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
