/// Matches the tokens of one pattern segment against one path segment, on UTF-8 bytes.
enum GlobMatcher {
    /// Classic wildcard matching with backtracking to the last `*` (linear in practice: a `*`
    /// never crosses a `/`, so segments are short).
    static func match(_ tokens: [GlobToken], _ name: ArraySlice<UInt8>) -> Bool {
        var t = 0
        var p = name.startIndex
        var starToken: Int?
        var starPosition = p
        while p < name.endIndex {
            if t < tokens.count, let next = step(tokens[t], name, at: p) {
                t += 1
                p = next
                continue
            }
            if t < tokens.count, tokens[t] == .anyRun {
                starToken = t
                starPosition = p
                t += 1
                continue
            }
            guard let star = starToken else { return false }
            // Let the last `*` swallow one more character and retry after it.
            starPosition = UTF8Scalars.decode(name, at: starPosition).1
            p = starPosition
            t = star + 1
        }
        while t < tokens.count, tokens[t] == .anyRun { t += 1 }
        return t == tokens.count
    }

    /// Consumes one non-`*` token at `index`; returns the index after it, or nil on mismatch.
    @inline(__always)
    private static func step(_ token: GlobToken, _ name: ArraySlice<UInt8>, at index: Int) -> Int? {
        switch token {
        case .anyRun:
            return nil
        case .literal(let byte):
            return name[index] == byte ? index + 1 : nil
        case .anyScalar:
            return UTF8Scalars.decode(name, at: index).1
        case .scalarClass(let ranges, let negated):
            let (value, next) = UTF8Scalars.decode(name, at: index)
            let inside = ranges.contains { $0.contains(value) }
            return inside != negated ? next : nil
        }
    }
}
