/// "Did you mean …?" for misspelt keys, rule selectors and words.
enum Suggestion {
    /// The candidate closest to `word` (case-insensitive edit distance, `-`/`_` ignored), when it is
    /// close enough to be a plausible typo; ties go to the earlier candidate.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let key = normalized(word)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let target = normalized(candidate)
            var distance = editDistance(key, target)
            // A truncated word (`warn` for `warning`) is a plausible typo too.
            if key.count >= 3, target.starts(with: key) { distance = min(distance, 1) }
            let limit = max(1, min(3, candidate.unicodeScalars.count / 3))
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// `"; did you mean 'x'?"` or the empty string.
    static func hint(for word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    private static func normalized(_ text: String) -> [UInt32] {
        text.lowercased().unicodeScalars.compactMap { $0 == "-" || $0 == "_" ? nil : $0.value }
    }

    /// Levenshtein distance with adjacent transpositions (optimal string alignment).
    static func editDistance(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
