import PSLintCore

/// How two profession names compare: exactly (after `ComparisonKey`), as a near miss — the
/// same words up to inflection, plural, possessive and case endings and the spaces and hyphens
/// between them («Сервер әкімшісі» / «Серверлер әкімшісі», «Data Mining» / «DataMining») — or
/// as similar: mostly the same words in any order («Инженер NLP (специалист по компьютерной
/// лингвистике)» / «Инженер по компьютерной лингвистике (NLP)»).
public enum NameMatcher {
    /// A name prepared once for many comparisons.
    public struct Name: Sendable, Hashable {
        public let key: String
        let words: [[Unicode.Scalar]]
        let contentWords: [[Unicode.Scalar]]
        /// The words run together (names that differ only in spaces and hyphens between words).
        let letters: [Unicode.Scalar]

        public init(_ text: String) {
            key = ComparisonKey.make(text)
            words = NameMatcher.words(ofKey: key)
            letters = Array(words.joined())
            contentWords = words.filter { $0.count > 2 && !NameMatcher.functionWords.contains($0) }
        }

        public var isEmpty: Bool { key.isEmpty }
    }

    public static func key(_ name: String) -> String { ComparisonKey.make(name) }

    /// Whether the names are the same for pslint.
    public static func same(_ a: String, _ b: String) -> Bool { same(Name(a), Name(b)) }
    public static func same(_ a: Name, _ b: Name) -> Bool { !a.isEmpty && a.key == b.key }

    /// Whether the names differ only in the ways a near miss may differ: word endings, or the
    /// spaces and hyphens between the words.
    public static func nearMiss(_ a: String, _ b: String) -> Bool { nearMiss(Name(a), Name(b)) }
    public static func nearMiss(_ a: Name, _ b: Name) -> Bool {
        guard !a.words.isEmpty, !b.words.isEmpty else { return false }
        if a.letters == b.letters { return true }
        return a.words.count == b.words.count && zip(a.words, b.words).allSatisfy { sameWord($0, $1) }
    }

    /// The share of content words two names have in common, endings aside (0…1).
    public static func similarity(_ a: String, _ b: String) -> Double { similarity(Name(a), Name(b)) }
    public static func similarity(_ a: Name, _ b: Name) -> Double {
        guard !a.contentWords.isEmpty, !b.contentWords.isEmpty else { return 0 }
        return similarity(a, b, shared: sharedWordCount(a, b))
    }

    /// `similarity` when the shared word count is already known.
    public static func similarity(_ a: Name, _ b: Name, shared: Int) -> Double {
        guard !a.contentWords.isEmpty, !b.contentWords.isEmpty else { return 0 }
        return Double(shared) / Double(a.contentWords.count + b.contentWords.count - shared)
    }

    /// How many content words of `a` have a match in `b`, endings aside.
    public static func sharedWordCount(_ a: Name, _ b: Name) -> Int {
        var free = b.contentWords
        var shared = 0
        for word in a.contentWords {
            if let match = free.firstIndex(where: { sameWord(word, $0) }) {
                free.remove(at: match)
                shared += 1
            }
        }
        return shared
    }

    /// Two words with a common beginning of at least three letters after which each goes on
    /// only with endings (`маманы`/`маман`, `сәулетшісі`/`сәулетшілері`, `данных`/`данные`).
    static func sameWord(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        if a == b { return true }
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        // Try every split point at or before the end of the common part: `инженер|і`/`инженер|лері`.
        var split = common
        while split >= 3 {
            if isEndingChain(a[split...]), isEndingChain(b[split...]) { return true }
            split -= 1
        }
        return false
    }

    /// Whether `tail` is empty or a sequence of known endings.
    static func isEndingChain(_ tail: ArraySlice<Unicode.Scalar>) -> Bool {
        let count = tail.count
        guard count > 0 else { return true }
        guard count < 63 else { return false }  // endings are at most three letters: no word has such a tail
        // bit i: the first i scalars of the tail are a chain of endings
        var reachable: UInt64 = 1
        let base = tail.startIndex
        for start in 0..<count where reachable & (1 << start) != 0 {
            guard let candidates = endingsByFirst[tail[base + start]] else { continue }
            for ending in candidates where start + ending.count <= count && reachable & (1 << (start + ending.count)) == 0 {
                if tail[(base + start)..<(base + start + ending.count)].elementsEqual(ending) { reachable |= 1 << (start + ending.count) }
            }
        }
        return reachable & (1 << count) != 0
    }

    /// The words of a comparison key: split on spaces, hyphens, brackets and punctuation.
    static func words(ofKey key: String) -> [[Unicode.Scalar]] {
        var result: [[Unicode.Scalar]] = []
        var word: [Unicode.Scalar] = []
        for scalar in key.unicodeScalars {
            if scalar == " " || scalar == "-" || scalar == "(" || scalar == ")" || scalar == "," || scalar == "/" || scalar == "." {
                if !word.isEmpty { result.append(word) }
                word.removeAll(keepingCapacity: true)
            } else {
                word.append(scalar)
            }
        }
        if !word.isEmpty { result.append(word) }
        return result
    }

    /// Russian case and number endings, Kazakh plural, possessive and case suffixes.
    static let endings: [[Unicode.Scalar]] = [
        // Kazakh: plural, possessive, genitive, accusative, dative, locative, ablative, instrumental
        "лар", "лер", "дар", "дер", "тар", "тер", "сы", "сі", "ы", "і",
        "ның", "нің", "дың", "дің", "тың", "тің", "ды", "ді", "ты", "ті", "ны", "ні",
        "ға", "ге", "қа", "ке", "на", "не", "да", "де", "та", "те",
        "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен",
        // Russian
        "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ов", "ев", "ей", "ам", "ям", "ах", "ях",
        "ой", "ий", "ый", "ая", "яя", "ое", "ее", "ую", "юю", "ые", "ие", "ых", "их", "ым", "им", "ом", "ем", "ью",
        "а", "я", "и", "е", "у", "ю", "о", "ь",
    ].map { Array($0.unicodeScalars) }

    /// `endings` by their first letter.
    static let endingsByFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = Dictionary(grouping: endings) { $0[0] }

    static let functionWords: Set<[Unicode.Scalar]> = Set(["және", "жөніндегі", "бойынша", "для", "при", "или", "немесе"].map { Array($0.unicodeScalars) })
}
