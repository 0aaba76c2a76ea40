/// Finds labels of the `LabelTable` in a paragraph: at its start, or (for inline labels) after
/// other text. Labels are anchored on their colon and matched backwards from it on folded
/// scalars, so a paragraph costs one byte scan plus a few scalars for each colon in it.
public struct LabelHit: Sendable {
    public var variant: LabelVariant
    public var label: Label { variant.label }
    /// UTF-8 range of the label in the paragraph text (from its first character to after the colon).
    public var range: Range<Int>
    /// The number of a numbered label (`Навык 2:` → "2"), as printed, with its UTF-8 range.
    public var number: (text: String, range: Range<Int>)?
}

enum LabelMatcher {
    struct Key {
        var variant: LabelVariant
        /// Folded scalars of the variant without the colon, nearest-to-the-colon first.
        var reversed: [UInt32]
        /// Folded scalars in reading order (colon included when the variant has one).
        var forward: [UInt32]
    }

    /// Keys ending in a colon, by the folded scalar before the colon (`#` for numbered ones),
    /// longest first in each bucket.
    static let colonKeys: [UInt32: [Key]] = {
        var index: [UInt32: [Key]] = [:]
        for variant in LabelTable.variants {
            let folded = LabelFolding.canonical(variant.text)
            guard folded.last == LabelFolding.colon, folded.count >= 2 else { continue }
            let reversed = Array(folded.dropLast().reversed())
            index[reversed[0], default: []].append(Key(variant: variant, reversed: reversed, forward: folded))
        }
        for key in index.keys { index[key]!.sort { $0.reversed.count > $1.reversed.count } }
        return index
    }()

    /// The colon keys laid out flat for the hot loop: no dictionary lookup and no reference
    /// counting per colon.
    struct KeyTable {
        /// Reversed folded scalars of every key, one after the other.
        var scalars: [UInt32] = []
        /// Key `k` is `scalars[bounds[k]..<bounds[k + 1]]`.
        var bounds: [Int] = [0]
        var variants: [LabelVariant] = []
        var inline: [Bool] = []
        /// Keys whose last scalar before the colon is U+0400 + i.
        var cyrillic = [Range<Int>](repeating: 0..<0, count: 0x100)
        var other: [UInt32: Range<Int>] = [:]

        init() {
            for (bucket, keys) in colonKeys.sorted(by: { $0.key < $1.key }) {
                let first = variants.count
                for key in keys {
                    scalars += key.reversed
                    bounds.append(scalars.count)
                    variants.append(key.variant)
                    inline.append(key.variant.inline)
                }
                if (0x400..<0x500).contains(bucket) { cyrillic[Int(bucket - 0x400)] = first..<variants.count }
                else { other[bucket] = first..<variants.count }
            }
        }

        @inline(__always)
        func bucket(_ nearest: UInt32) -> Range<Int> {
            if nearest >= 0x400, nearest < 0x500 { return cyrillic[Int(nearest - 0x400)] }
            return other[LabelFolding.isDigit(nearest) ? LabelFolding.number : nearest] ?? 0..<0
        }
    }
    static let table = KeyTable()

    /// Keys without a colon (`Описание трудовых функций`): matched as the whole paragraph.
    static let bareKeys: [Key] = LabelTable.variants.compactMap { variant in
        let folded = LabelFolding.canonical(variant.text)
        return folded.last == LabelFolding.colon ? nil : Key(variant: variant, reversed: folded.reversed(), forward: folded)
    }
    static let longestBareKey = bareKeys.map(\.variant.text.utf8.count).max() ?? 0
    /// (an array: there are few, and a paragraph without a colon asks this)
    static let bareKeyFirstScalars = Array(Set(bareKeys.compactMap(\.forward.first))).sorted()

    /// All label hits in `text`, in order. Non-inline labels count only at the start (after
    /// `skipPrefix` UTF-8 bytes, e.g. a paragraph number).
    static func hits(in text: String, skipPrefix: Int = 0) -> [LabelHit] {
        UTF8Bytes.with(text) { hits(in: $0, skipPrefix: skipPrefix) }
    }

    static func hits(in b: UnsafeBufferPointer<UInt8>, skipPrefix: Int = 0) -> [LabelHit] {
        var hits: [LabelHit] = []
        let first = min(skipPrefix, b.count)
        if let colon = UTF8Bytes.find(0x3A, in: b, from: first) {
            let table = LabelMatcher.table
            BackwardFolder.with(b) { folder in
                var lastEnd = first
                var next: Int? = colon
                while let colon = next {
                    if let hit = match(&folder, colon: colon, limit: lastEnd, start: skipPrefix, table: table) {
                        hits.append(hit)
                        lastEnd = colon + 1
                    }
                    next = UTF8Bytes.find(0x3A, in: b, from: colon + 1)
                }
            }
        }
        if hits.isEmpty, let bare = bareHit(b, skipPrefix: skipPrefix) { hits.append(bare) }
        return hits
    }

    /// The label ending at the colon at `colon`, starting at or after `limit`.
    static func match(_ folder: inout BackwardFolder, colon: Int, limit: Int, start: Int, table: KeyTable) -> LabelHit? {
        let b = folder.bytes
        folder.reset(before: colon, limit: limit)
        guard let nearest = folder.scalar(0) else { return nil }
        let bucket = table.bucket(nearest)
        guard !bucket.isEmpty else { return nil }
        return table.scalars.withUnsafeBufferPointer { scalars -> LabelHit? in
            for k in bucket {
                let key = UnsafeBufferPointer(rebasing: scalars[table.bounds[k]..<table.bounds[k + 1]])
                guard let (end, number) = matchBackwards(&folder, key) else { continue }
                let matchStart = folder.offset(end)
                if !isAtStart(b, matchStart, from: start) {
                    guard table.inline[k], isInlineBoundary(b, before: matchStart) else { continue }
                }
                var numberInfo: (String, Range<Int>)?
                if let number {
                    let digits = folder.offset(number.upperBound - 1)..<(folder.offset(number.lowerBound) + 1)  // ASCII digits
                    numberInfo = (UTF8Bytes.string(b, digits), digits)
                }
                return LabelHit(variant: table.variants[k], range: matchStart..<(colon + 1), number: numberInfo)
            }
            return nil
        }
    }

    /// Matches `key` against the folded scalars before a colon: the index of the last folded
    /// scalar used, and the folded index range of the number standing for `#`.
    @inline(__always)
    static func matchBackwards(_ folder: inout BackwardFolder, _ key: UnsafeBufferPointer<UInt32>) -> (Int, Range<Int>?)? {
        var i = 0
        var k = 0
        var number: Range<Int>?
        while k < key.count {
            if key[k] == LabelFolding.number {
                let first = i
                while let s = folder.scalar(i), LabelFolding.isDigit(s) { i += 1 }
                guard i > first else { return nil }
                number = first..<i
                k += 1
                // "Навык2:" matches "Навык #:" too
                if k < key.count, key[k] == LabelFolding.space, folder.scalar(i) != LabelFolding.space { k += 1 }
                continue
            }
            guard folder.scalar(i) == key[k] else { return nil }
            i += 1
            k += 1
        }
        return (i - 1, number)
    }

    /// Nothing but white space and dropped characters between `from` and `offset`.
    static func isAtStart(_ b: UnsafeBufferPointer<UInt8>, _ offset: Int, from: Int) -> Bool {
        var j = offset
        while j > from {
            let start = UTF8Bytes.scalarStart(b, before: j)
            let f = LabelFolding.fold(UTF8Bytes.scalar(b, at: start).value)
            if f != LabelFolding.space && f != LabelFolding.dropped { return false }
            j = start
        }
        return true
    }

    /// An inline label must follow white space or `>` `.` `;` `)` `:`.
    static func isInlineBoundary(_ b: UnsafeBufferPointer<UInt8>, before offset: Int) -> Bool {
        var j = offset
        while j > 0 {
            let start = UTF8Bytes.scalarStart(b, before: j)
            let f = LabelFolding.fold(UTF8Bytes.scalar(b, at: start).value)
            j = start
            if f == LabelFolding.dropped { continue }
            return f == LabelFolding.space || f == 0x3E || f == 0x2E || f == 0x3B || f == 0x29 || f == LabelFolding.colon
        }
        return false
    }

    /// A label without a colon that is the whole paragraph (a trailing colon allowed).
    static func bareHit(_ b: UnsafeBufferPointer<UInt8>, skipPrefix: Int) -> LabelHit? {
        guard b.count - skipPrefix <= longestBareKey + 16 else { return nil }
        let start = UTF8Bytes.trimmed(b, skipPrefix..<b.count).lowerBound
        guard start < b.count, bareKeyFirstScalars.contains(LabelFolding.fold(UTF8Bytes.scalar(b, at: start).value)) else { return nil }
        var (scalars, _) = LabelFolding.canonical(b, skipPrefix..<b.count)
        if scalars.last == LabelFolding.colon { scalars.removeLast() }
        for key in bareKeys where key.forward == scalars {
            return LabelHit(variant: key.variant, range: start..<b.count, number: nil)
        }
        return nil
    }

    // MARK: labels split over two lines (P3)

    /// Colon keys without a number, by their first folded scalar.
    static let keysByFirst: [UInt32: [Key]] = {
        var index: [UInt32: [Key]] = [:]
        for keys in colonKeys.values {
            for key in keys where !key.forward.contains(LabelFolding.number) { index[key.forward[0], default: []].append(key) }
        }
        return index
    }()

    /// Whether the paragraph (no colon in it) is the first words of a label whose rest is on a
    /// later line: `Список технических регламентов и` / `национальных стандартов:`.
    static func isSplitLabelStart(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count >= 8, b.count <= 200, UTF8Bytes.find(0x3A, in: b, from: 0) == nil else { return false }
        let (first, _) = UTF8Bytes.scalar(b, at: UTF8Bytes.trimmed(b, 0..<b.count).lowerBound)
        guard let keys = keysByFirst[LabelFolding.fold(first)] else { return false }
        let (scalars, _) = LabelFolding.canonical(b, 0..<b.count)
        return keys.contains { $0.forward.count > scalars.count + 1 && $0.forward.starts(with: scalars) && $0.forward[scalars.count] == LabelFolding.space }
    }

    /// The label made of `first` (a paragraph for which `isSplitLabelStart` holds) and the start of
    /// `second` up to its first colon: the variant and the UTF-8 offset after the colon in `second`.
    static func splitLabel(first: String, second: UnsafeBufferPointer<UInt8>) -> (variant: LabelVariant, end: Int)? {
        guard let colon = second.firstIndex(of: 0x3A) else { return nil }
        var scalars = LabelFolding.canonical(first)
        scalars.append(LabelFolding.space)
        scalars += LabelFolding.canonical(second, 0..<(colon + 1)).scalars
        guard let keys = keysByFirst[scalars[0]] else { return nil }
        return keys.first { $0.forward == scalars }.map { ($0.variant, colon + 1) }
    }
}

/// The label hits of short paragraphs with a colon, remembered: the same label paragraphs
/// (`Умения:`, `Навык 1:`, `Код группы:`) come back in every card, and matching them costs far
/// more than looking them up. One cache serves one standard's builder, on one thread.
final class LabelHitCache {
    /// Longer paragraphs are matched every time (their text rarely repeats).
    static let longest = 64
    private var entries: [UInt64: (text: String, hits: [LabelHit])] = [:]

    /// `LabelMatcher.hits(in: text)`.
    func hits(in text: String) -> [LabelHit] {
        let key: UInt64? = UTF8Bytes.with(text) { b in
            guard b.count <= LabelHitCache.longest, UTF8Bytes.find(0x3A, in: b, from: 0) != nil else { return nil }
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
            for byte in b { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash
        }
        guard let key else { return LabelMatcher.hits(in: text) }
        if let entry = entries[key], entry.text == text { return entry.hits }
        let found = LabelMatcher.hits(in: text)
        entries[key] = (text, found)
        return found
    }
}
