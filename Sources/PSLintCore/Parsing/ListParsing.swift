/// Numbered lists inside cells: `1. A 2. B` on one line, one item a paragraph, or `<li>` items.
enum ListParsing {
    /// Splits the paragraphs of a list field into items. An item starts at `N.` at the start of a
    /// paragraph, or at ` N. ` inside one when N is the next expected number (so `3.5 версия` or
    /// `т.е. 2` never split). Paragraphs without a number continue the previous item.
    static func items(_ paragraphs: [(SourceText, Range<Int>)], clause: String?) -> [ListItem] {
        var items: [ListItem] = []
        items.reserveCapacity(paragraphs.count)
        for index in paragraphs.indices {
            let (text, range) = paragraphs[index]
            UTF8Bytes.with(text.text) { b in
                /// One item (or the continuation of the last one when it has no number).
                func add(_ number: Range<Int>?, _ body: Range<Int>) {
                    let bodyField = text.field(bytes: b, body, clause: clause)
                    if number == nil, !items.isEmpty {
                        if !bodyField.value.isEmpty {
                            items[items.count - 1].text.value.append(" ")
                            items[items.count - 1].text.value.append(bodyField.value)
                        }
                        return
                    }
                    if bodyField.value.isEmpty && number == nil { return }
                    items.append(ListItem(number: number.map { text.field(bytes: b, $0, clause: clause) }, text: bodyField))
                }
                // the segment being read: its number and where its body starts
                var number: Range<Int>?
                var bodyStart = range.lowerBound
                var expected: Int
                if let lead = leadingNumber(b, from: range.lowerBound, end: range.upperBound) {
                    number = lead.number
                    bodyStart = lead.rest
                    expected = lead.value + 1
                } else {
                    expected = (items.last?.number.flatMap { Int($0.value) } ?? 1) + 1
                }
                // inline " N. " markers: at each digit after a space
                var i = bodyStart + 1
                while let digit = UTF8Bytes.findDigit(in: b, from: i, to: range.upperBound) {
                    guard b[digit - 1] == 0x20 else { i = digit + 1; continue }
                    if let lead = leadingNumber(b, from: digit, end: range.upperBound), lead.value == expected {
                        add(number, bodyStart..<(digit - 1))
                        number = lead.number
                        bodyStart = lead.rest
                        expected += 1
                        i = lead.rest + 1
                        continue
                    }
                    i = digit + 1
                }
                add(number, bodyStart..<range.upperBound)
            }
        }
        return items
    }

    /// `N.` at `from` (digits, optional spaces, a dot, then space or end).
    static func leadingNumber(_ b: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> (number: Range<Int>, value: Int, rest: Int)? {
        var i = from
        while i < end, b[i] == 0x20 { i += 1 }
        let start = i
        var value = 0
        while i < end, UTF8Bytes.isDigit(b[i]) { value = value * 10 + Int(b[i] - 0x30); i += 1 }
        guard i > start, i - start <= 2, i < end, b[i] == 0x2E else { return nil }
        let numberEnd = i
        i += 1
        guard i == end || UTF8Bytes.isBlank(b[i]) else { return nil }
        while i < end, b[i] == 0x20 { i += 1 }
        return (start..<numberEnd, value, i)
    }

    static let levelWords: [[UInt32]] = LabelTable.levelWords.map { $0.unicodeScalars.map(\.value) }

    /// A paragraph-8 item `- 1) <name> - <level> уровень ОРК;` / `… - СБШ-нің 4-деңгейі`.
    /// The level is split off at the LAST dash followed by a level phrase (P12).
    static func cardListItem(_ text: SourceText, clause: String?) -> CardListItem? {
        let parts: (number: Range<Int>, name: Range<Int>, level: Range<Int>?)? = UTF8Bytes.with(text.text) { b in
            guard let lead = TextScan.leadingNumber(b, terminator: 0x29) else { return nil }  // ')'
            var end = b.count
            while end > lead.rest, b[end - 1] == 0x3B || b[end - 1] == 0x2E || b[end - 1] == 0x20 || b[end - 1] == 0x2C { end -= 1 }
            var i = end - 1
            while i > lead.rest {
                // candidate dashes: '-' (2D), '–' (E2 80 93), '—' (E2 80 94)
                var dashLength = 0
                if b[i] == 0x2D { dashLength = 1 }
                else if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x93 || b[i + 2] == 0x94 { dashLength = 3 }
                let after = i + dashLength
                if dashLength > 0, b[i - 1] == 0x20 || (after < b.count && b[after] == 0x20), isLevelPhrase(b, after..<end) {
                    // the level: the digits (and a range) inside the phrase
                    var d = after
                    while d < end, !UTF8Bytes.isDigit(b[d]) { d += 1 }
                    var e = d
                    while e < end, UTF8Bytes.isDigit(b[e]) || ((b[e] == 0x2D || b[e] == 0x20) && e + 1 < end
                            && (UTF8Bytes.isDigit(b[e + 1]) || b[e + 1] == 0x20 || b[e + 1] == 0x2D)) {
                        e += 1
                    }
                    while e > d, !UTF8Bytes.isDigit(b[e - 1]) { e -= 1 }
                    return (lead.range, lead.rest..<i, d..<e)
                }
                i -= 1
            }
            return (lead.range, lead.rest..<end, nil)
        }
        guard let parts else { return nil }
        return CardListItem(number: text.field(parts.number, clause: clause), name: text.field(parts.name, clause: clause),
                            level: parts.level.map { LevelField(field: text.field($0, clause: clause)) }, location: text.startLocation(clause: clause))
    }

    /// A short phrase holding a digit and a level word (`6 уровень ОРК`, `СБШ-нің 4-деңгейі`).
    static func isLevelPhrase(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count <= 64 else { return false }
        var hasDigit = false
        for i in range where UTF8Bytes.isDigit(b[i]) { hasDigit = true; break }
        guard hasDigit else { return false }
        let folded = LabelFolding.canonical(b, range).scalars
        guard folded.count <= 24 else { return false }
        return levelWords.contains { word in
            guard folded.count >= word.count else { return false }
            return (0...(folded.count - word.count)).contains { Headings.hasPrefix(folded, word, at: $0) }
        }
    }
}
