/// Recognises the headings that delimit a standard: title, chapter and card headings, appendix lines.
///
/// Each test first looks at one or two bytes (the first letter must be the right one), so the
/// folding work is done only for the few paragraphs that can be headings.
enum Headings {
    @inline(__always)
    static func isQuote(_ v: UInt32) -> Bool {
        v == 0x22 || v == 0xAB || v == 0xBB || v == 0x201C || v == 0x201D || v == 0x201E || v == 0x27
    }

    /// Offset of the first byte that is not decoration (space, `#`, `*`, `-` list mark when `listMark`).
    @inline(__always)
    static func contentStart(_ b: UnsafeBufferPointer<UInt8>, from: Int = 0, listMark: Bool = false) -> Int {
        var i = from
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x23 || b[i] == 0x2A || (listMark && b[i] == 0x2D) { i += 1 }
        return i
    }

    /// The folded first letter at `i`.
    @inline(__always)
    static func firstLetter(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32? {
        guard i < b.count else { return nil }
        return LabelFolding.fold(UTF8Bytes.scalar(b, at: i).value)
    }

    /// Folded prefix (at most `count` scalars) from `from`: spaces, `#` and `*` collapse to one
    /// space, quotes become `"`; with the UTF-8 offset of each folded scalar.
    static func foldedPrefix(_ b: UnsafeBufferPointer<UInt8>, from: Int, count: Int) -> (folded: [UInt32], offsets: [Int]) {
        var folded: [UInt32] = []
        var offsets: [Int] = []
        folded.reserveCapacity(count)
        offsets.reserveCapacity(count)
        var lastSpace = true
        let table = LabelFolding.smallFolds
        var i = from
        while i < b.count, folded.count < count {
            let (v, length) = UTF8Bytes.scalar(b, at: i)
            defer { i += length }
            var f = LabelFolding.fold(v, table)
            if f == LabelFolding.space || v == 0x23 || v == 0x2A {
                if !lastSpace { folded.append(LabelFolding.space); offsets.append(i) }
                lastSpace = true
                continue
            }
            if f == LabelFolding.dropped { f = 0x22 }
            lastSpace = false
            folded.append(f)
            offsets.append(i)
        }
        return (folded, offsets)
    }

    static func hasPrefix(_ folded: [UInt32], _ word: [UInt32], at start: Int = 0) -> Bool {
        guard start >= 0, folded.count - start >= word.count else { return false }
        for k in 0..<word.count where folded[start + k] != word[k] { return false }
        return true
    }

    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    /// The name inside the first pair of quotes at or after `offset` (to the last quote), with its
    /// UTF-8 range; without quotes, the rest after spaces and colons, without a final colon or dot.
    static func quotedName(_ b: UnsafeBufferPointer<UInt8>, after offset: Int) -> Range<Int>? {
        var open: Int?
        var close: Int?
        var i = offset
        while i < b.count {
            let (v, length) = UTF8Bytes.scalar(b, at: i)
            if isQuote(v) {
                if open == nil { open = i + length } else { close = i }
            }
            i += length
        }
        guard let start = open else {
            var start = offset
            while start < b.count, b[start] == 0x20 || b[start] == 0x3A { start += 1 }
            var end = b.count
            while end > start, b[end - 1] == 0x20 || b[end - 1] == 0x3A || b[end - 1] == 0x2E { end -= 1 }
            return end > start ? start..<end : nil
        }
        return start..<(close ?? b.count)
    }

    static let titleOpenings: [([UInt32], DocumentLanguage)] = LabelTable.titleOpenings.map { (scalars($0.0), $0.1) }

    /// `Профессиональный стандарт: "Name"` / `Кәсіптік стандарт «Name»`: language and name range.
    static func title(_ text: String) -> (language: DocumentLanguage, name: String, range: Range<Int>)? {
        UTF8Bytes.with(text) { b in
            let start = contentStart(b)
            guard let first = firstLetter(b, at: start), first == 0x43F || first == 0x43A else { return nil }  // п, к
            let (folded, offsets) = foldedPrefix(b, from: start, count: 40)
            for (opening, language) in titleOpenings where hasPrefix(folded, opening) {
                var i = opening.count
                while i < folded.count, folded[i] == LabelFolding.space || folded[i] == LabelFolding.colon { i += 1 }
                guard i < folded.count, folded[i] == 0x22, let range = quotedName(b, after: offsets[i]) else { return nil }
                return (language, UTF8Bytes.string(b, range), range)
            }
            return nil
        }
    }

    static let glava = scalars("глава")
    static let tarau = scalars("тарау")

    /// `Глава 2. Title` / `2-тарау. Title` / `2-ші тарау. Title`: number and title.
    static func chapter(_ text: String) -> (number: String, numberRange: Range<Int>, title: String, titleRange: Range<Int>)? {
        UTF8Bytes.with(text) { b in
            let start = contentStart(b)
            guard start < b.count else { return nil }
            let startsWithDigit = UTF8Bytes.isDigit(b[start])
            guard startsWithDigit || firstLetter(b, at: start) == 0x433 else { return nil }  // г
            if startsWithDigit {
                // a byte-level test first: digits, spaces, a hyphen
                var j = start
                while j < b.count, UTF8Bytes.isDigit(b[j]) { j += 1 }
                while j < b.count, b[j] == 0x20 { j += 1 }
                guard j < b.count, b[j] == 0x2D else { return nil }
            }
            let (folded, offsets) = foldedPrefix(b, from: start, count: 24)
            var i = 0
            let numberStart: Int, numberEnd: Int
            if hasPrefix(folded, glava) {
                i = glava.count
                while i < folded.count, folded[i] == LabelFolding.space { i += 1 }
                numberStart = i
                while i < folded.count, LabelFolding.isDigit(folded[i]) { i += 1 }
                numberEnd = i
                guard numberEnd > numberStart else { return nil }
            } else {
                numberStart = i
                while i < folded.count, LabelFolding.isDigit(folded[i]) { i += 1 }
                numberEnd = i
                guard numberEnd > numberStart, numberEnd - numberStart <= 2 else { return nil }
                while i < folded.count, folded[i] == LabelFolding.space { i += 1 }
                guard i < folded.count, folded[i] == LabelFolding.hyphen else { return nil }
                i += 1
                while i < folded.count, folded[i] == LabelFolding.space { i += 1 }
                if hasPrefix(folded, [0x448, 0x456], at: i) || hasPrefix(folded, [0x448, 0x44B], at: i) { i += 2 }  // ші, шы
                while i < folded.count, folded[i] == LabelFolding.space { i += 1 }
                guard hasPrefix(folded, tarau, at: i) else { return nil }
                i += tarau.count
            }
            let numberRange = offsets[numberStart]..<(numberEnd < offsets.count ? offsets[numberEnd] : b.count)
            var t = i < offsets.count ? offsets[i] : b.count
            while t < b.count, b[t] == 0x2E || b[t] == 0x20 || b[t] == 0x3A || b[t] == 0x2A { t += 1 }
            var end = b.count
            while end > t, b[end - 1] == 0x20 || b[end - 1] == 0x2E || b[end - 1] == 0x2A { end -= 1 }
            let number = UTF8Bytes.trimmed(b, numberRange)
            return (UTF8Bytes.string(b, number), number, UTF8Bytes.string(b, t..<end), t..<end)
        }
    }

    static let cardHeadingWords: [[UInt32]] = LabelTable.cardHeadings.map { scalars($0.0) }

    /// `9. Карточка профессии "Name":` (number optional): number and name ranges.
    static func cardHeading(_ text: String) -> (number: Range<Int>?, name: Range<Int>?)? {
        UTF8Bytes.with(text) { b in
            var start = contentStart(b, listMark: true)
            var number: Range<Int>?
            if start < b.count, UTF8Bytes.isDigit(b[start]) {
                guard let lead = TextScan.leadingNumber(b, terminator: 0x2E) else { return nil }
                number = lead.range
                start = lead.rest
            }
            guard firstLetter(b, at: start) == 0x43A else { return nil }  // к
            let second = firstLetter(b, at: start + UTF8Bytes.scalar(b, at: start).length)
            guard second == 0x430 || second == 0x4D9 else { return nil }  // карточка, кәсіптің
            let (folded, offsets) = foldedPrefix(b, from: start, count: 24)
            for words in cardHeadingWords where hasPrefix(folded, words) {
                let offset = words.count < offsets.count ? offsets[words.count] : b.count
                return (number, quotedName(b, after: offset))
            }
            return nil
        }
    }

    static let prilozhenie = scalars("приложение")
    static let kosymsha = scalars("қосымша")

    /// `Приложение 9 к приказу` / `9-қосымша` / `№ 569 / НҚ  9-қосымша`: the appendix number's range.
    static func appendix(_ text: String) -> Range<Int>? {
        UTF8Bytes.with(text) { b in
            let (folded, offsets) = foldedPrefix(b, from: 0, count: 80)
            for i in folded.indices {
                if hasPrefix(folded, prilozhenie, at: i) {
                    var j = i + prilozhenie.count
                    while j < folded.count, folded[j] == LabelFolding.space { j += 1 }
                    let start = j
                    while j < folded.count, LabelFolding.isDigit(folded[j]) { j += 1 }
                    guard j > start else { return nil }
                    return offsets[start]..<(j < offsets.count ? offsets[j] : b.count)
                }
                if i > 0, hasPrefix(folded, kosymsha, at: i) {
                    var j = i - 1
                    if folded[j] == LabelFolding.hyphen { j -= 1 }
                    while j >= 0, folded[j] == LabelFolding.space { j -= 1 }
                    let end = j + 1
                    while j >= 0, LabelFolding.isDigit(folded[j]) { j -= 1 }
                    if end > j + 1 { return offsets[j + 1]..<(offsets[end - 1] + 1) }
                }
            }
            return nil
        }
    }
}
