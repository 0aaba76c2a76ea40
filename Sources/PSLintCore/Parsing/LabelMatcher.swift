/// Finds labels of the `LabelTable` in a paragraph: at its start, or (for inline labels) after
/// other text. Labels are anchored on their colon, so a paragraph without a colon costs one scan.
public struct LabelHit: Sendable {
    public var variant: LabelVariant
    public var label: Label { variant.label }
    /// UTF-8 range of the label in the paragraph text.
    public var range: Range<Int>
    /// The number of a numbered label (`Навык 2:` → "2"), as printed, with its UTF-8 range.
    public var number: (text: String, range: Range<Int>)?
}

/// Text folded for matching: lower-case, look-alikes mapped, white space collapsed, spaces before
/// `:` and around `-` dropped, quotes dropped. `offsets[i]` is the UTF-8 offset in the original
/// text of folded scalar `i`; `offsets[count]` is the text's length.
struct FoldedText {
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []

    init(_ text: String) {
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        var pendingSpace = false
        var pendingSpaceOffset = 0
        for scalar in text.unicodeScalars {
            let length = UTF8.width(scalar)
            defer { offset += length }
            var folded = ComparisonKey.fold(scalar)
            if folded == "\u{0}" { continue }
            if folded == " " {
                if !scalars.isEmpty && !pendingSpace { pendingSpace = true; pendingSpaceOffset = offset }
                continue
            }
            if let mapped = ComparisonKey.latinToCyrillic[folded] { folded = mapped }
            if pendingSpace {
                if folded != ":" && folded != "-" && scalars.last != "-" {
                    scalars.append(" ")
                    offsets.append(pendingSpaceOffset)
                }
                pendingSpace = false
            }
            scalars.append(folded)
            offsets.append(offset)
        }
        offsets.append(offset)
    }
}

enum LabelMatcher {
    struct Key {
        var variant: LabelVariant
        var scalars: [Unicode.Scalar]  // folded; "#" stands for a number
        var hasColon: Bool
    }

    /// Keys ending in a colon, indexed by the two scalars before the colon ("#" for numbered ones).
    static let colonKeys: [String: [Key]] = {
        var index: [String: [Key]] = [:]
        for variant in LabelTable.variants {
            let scalars = FoldedText(variant.text).scalars
            guard scalars.last == ":" else { continue }
            index[indexKey(scalars, colon: scalars.count - 1), default: []].append(Key(variant: variant, scalars: scalars, hasColon: true))
        }
        for key in index.keys { index[key]!.sort { $0.scalars.count > $1.scalars.count } }
        return index
    }()

    /// Keys without a colon (`Описание трудовых функций`): matched as the whole paragraph.
    static let bareKeys: [Key] = LabelTable.variants.compactMap { variant in
        let scalars = FoldedText(variant.text).scalars
        return scalars.last == ":" ? nil : Key(variant: variant, scalars: scalars, hasColon: false)
    }

    @inline(__always)
    static func indexKey(_ s: [Unicode.Scalar], colon: Int) -> String {
        if colon >= 1, s[colon - 1] == "#" || ("0"..."9").contains(s[colon - 1]) { return "#" }
        var key = ""
        if colon >= 2 { key.unicodeScalars.append(s[colon - 2]) }
        if colon >= 1 { key.unicodeScalars.append(s[colon - 1]) }
        return key
    }

    /// All label hits in `text`, in order. Non-inline labels count only at the start (after
    /// `skipPrefix` UTF-8 bytes, e.g. a paragraph number).
    static func hits(in text: String, skipPrefix: Int = 0) -> [LabelHit] {
        // Fast exits: no colon and too long to be a bare label.
        var hasColon = false
        for byte in text.utf8 where byte == 0x3A { hasColon = true; break }
        let folded = FoldedText(text)
        var start = 0
        while start < folded.offsets.count - 1, folded.offsets[start] < skipPrefix { start += 1 }
        var hits: [LabelHit] = []
        if !hasColon {
            for key in bareKeys where matchesWhole(folded, from: start, key: key) {
                hits.append(LabelHit(variant: key.variant, range: folded.offsets[start]..<text.utf8.count, number: nil))
                break
            }
            return hits
        }
        var lastEnd = start
        var i = start
        let s = folded.scalars
        while i < s.count {
            if s[i] == ":", let keys = colonKeys[indexKey(s, colon: i)] {
                for key in keys {
                    guard let (matchStart, number) = matchBackwards(s, colon: i, key: key.scalars) else { continue }
                    guard matchStart >= lastEnd else { continue }
                    let atStart = matchStart == start
                    if !atStart {
                        guard key.variant.inline else { continue }
                        let before = s[matchStart - 1]
                        guard before == " " || before == ">" || before == "." || before == ";" || before == ")" || before == ":" else { continue }
                    }
                    let range = folded.offsets[matchStart]..<folded.offsets[i + 1]
                    var numberInfo: (String, Range<Int>)?
                    if let number {
                        let r = folded.offsets[number.lowerBound]..<folded.offsets[number.upperBound]
                        let utf8 = Array(text.utf8)
                        numberInfo = (String(decoding: utf8[r], as: UTF8.self), r)
                    }
                    hits.append(LabelHit(variant: key.variant, range: range, number: numberInfo))
                    lastEnd = i + 1
                    break
                }
            }
            i += 1
        }
        // A bare label followed by a colon-less rest is rare; also try the whole paragraph.
        if hits.isEmpty {
            for key in bareKeys where matchesWhole(folded, from: start, key: key) {
                hits.append(LabelHit(variant: key.variant, range: folded.offsets[start]..<text.utf8.count, number: nil))
                break
            }
        }
        return hits
    }

    /// Matches `key` ending at the colon `colon`; returns the start index and the number's scalar range.
    static func matchBackwards(_ s: [Unicode.Scalar], colon: Int, key: [Unicode.Scalar]) -> (Int, Range<Int>?)? {
        var i = colon
        var k = key.count - 1
        var number: Range<Int>?
        while k >= 0 {
            if key[k] == "#" {
                let end = i + 1
                var j = i
                while j >= 0, ("0"..."9").contains(s[j]) { j -= 1 }
                guard j < i else { return nil }
                number = (j + 1)..<end
                i = j
                // a space between the word and the number was collapsed or kept: skip it
                k -= 1
                if k >= 0, key[k] == " ", i >= 0, s[i] != " " { k -= 1 }
                continue
            }
            guard i >= 0, s[i] == key[k] else { return nil }
            i -= 1
            k -= 1
        }
        return (i + 1, number)
    }

    static func matchesWhole(_ folded: FoldedText, from start: Int, key: Key) -> Bool {
        let s = folded.scalars
        var end = s.count
        if end > start, s[end - 1] == ":" { end -= 1 }
        guard end - start == key.scalars.count else { return false }
        for k in 0..<key.scalars.count where s[start + k] != key.scalars[k] { return false }
        return true
    }
}
