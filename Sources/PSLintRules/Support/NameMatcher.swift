import PSLintCore

/// How two profession names compare: exactly (after `ComparisonKey`), or as a near miss —
/// the same words up to inflection, plural, possessive endings and the spaces and hyphens
/// between them (P20: «Сервер әкімшісі» / «Серверлер әкімшісі», «Data Mining» / «DataMining»).
public enum NameMatcher {
    public static func key(_ name: String) -> String { ComparisonKey.make(name) }

    /// Whether the names are the same for pslint.
    public static func same(_ a: String, _ b: String) -> Bool {
        let ka = key(a)
        return !ka.isEmpty && ka == key(b)
    }

    /// Whether the names differ only in the ways a near miss may differ.
    public static func nearMiss(_ a: String, _ b: String) -> Bool {
        let la = looseKey(a)
        return !la.isEmpty && la == looseKey(b)
    }

    /// The comparison key with every word reduced to a stem and the separators dropped.
    public static func looseKey(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        func flush() {
            out.append(contentsOf: stem(word))
            word.removeAll(keepingCapacity: true)
        }
        for scalar in key(name).unicodeScalars {
            if scalar == " " || scalar == "-" || scalar == "(" || scalar == ")" || scalar == "," || scalar == "/" {
                flush()
            } else {
                word.append(scalar)
            }
        }
        flush()
        return String(out)
    }

    /// Strips up to two endings (a Kazakh plural then a possessive, or one Russian case ending),
    /// keeping at least three letters.
    static func stem(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var current = word
        for _ in 0..<2 {
            guard let ending = endings.first(where: { current.count - $0.count >= 3 && current.suffix($0.count).elementsEqual($0) }) else { break }
            current.removeLast(ending.count)
        }
        return current
    }

    /// Russian case and number endings and Kazakh plural, possessive and genitive suffixes,
    /// longest first.
    static let endings: [[Unicode.Scalar]] = {
        let list = [
            // Kazakh
            "лары", "лері", "дары", "дері", "тары", "тері", "ның", "нің", "дың", "дің", "тың", "тің",
            "лар", "лер", "дар", "дер", "тар", "тер", "сы", "сі",
            // Russian
            "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "иям", "иях",
            "ов", "ев", "ей", "ам", "ям", "ах", "ях", "ой", "ий", "ый", "ая", "яя", "ое", "ее", "ую", "юю",
            "ые", "ие", "ых", "их", "ым", "им", "ом", "ем", "ью",
            // both
            "а", "я", "ы", "і", "и", "е", "у", "ю", "о", "ь",
        ]
        return list.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }()
}
