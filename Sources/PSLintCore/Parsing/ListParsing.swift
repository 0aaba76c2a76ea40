/// Numbered lists inside cells: `1. A 2. B` on one line, one item a paragraph, or `<li>` items.
enum ListParsing {
    /// Splits the paragraphs of a list field into items. An item starts at `N.` at the start of a
    /// paragraph, or at ` N. ` inside one when N is the next expected number (so `3.5 версия` or
    /// `т.е. 2` never split). Paragraphs without a number continue the previous item.
    static func items(_ paragraphs: [(SourceText, Range<Int>)], clause: String?) -> [ListItem] {
        var items: [ListItem] = []
        for (text, range) in paragraphs {
            var segments: [(number: Range<Int>?, body: Range<Int>)] = []
            let b = Array(text.text.utf8)
            var cursor = range.lowerBound
            var expected: Int? = nil
            if let lead = leadingNumber(b, from: range.lowerBound, end: range.upperBound) {
                segments.append((lead.number, lead.rest..<range.upperBound))
                expected = Int(String(decoding: b[lead.number], as: UTF8.self)).map { $0 + 1 }
                cursor = lead.rest
            } else {
                segments.append((nil, range.lowerBound..<range.upperBound))
                if let lastNumber = items.last?.number.flatMap({ Int($0.value) }) { expected = lastNumber + 1 }
                else { expected = 2 }
            }
            // inline " N. " markers
            var i = cursor
            while i < range.upperBound, let want = expected {
                guard b[i] == 0x20, i + 1 < range.upperBound, b[i + 1] >= 0x30, b[i + 1] <= 0x39 else { i += 1; continue }
                if let lead = leadingNumber(b, from: i + 1, end: range.upperBound), Int(String(decoding: b[lead.number], as: UTF8.self)) == want {
                    segments[segments.count - 1].body = segments[segments.count - 1].body.lowerBound..<i
                    segments.append((lead.number, lead.rest..<range.upperBound))
                    expected = want + 1
                    i = lead.rest
                    continue
                }
                i += 1
            }
            for segment in segments {
                let body = text.field(segment.body, clause: clause)
                if segment.number == nil, !items.isEmpty {
                    items[items.count - 1].text.value += " " + body.value
                    continue
                }
                if body.value.isEmpty && segment.number == nil { continue }
                let number = segment.number.map { text.field($0, clause: clause) }
                items.append(ListItem(number: number, text: body))
            }
        }
        return items
    }

    /// `N.` at `from` (digits, optional spaces, a dot, then space or end).
    static func leadingNumber(_ b: [UInt8], from: Int, end: Int) -> (number: Range<Int>, rest: Int)? {
        var i = from
        while i < end, b[i] == 0x20 { i += 1 }
        let start = i
        while i < end, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        guard i > start, i - start <= 2, i < end, b[i] == 0x2E else { return nil }
        let numberEnd = i
        i += 1
        guard i == end || b[i] == 0x20 || b[i] == 0x09 else { return nil }
        while i < end, b[i] == 0x20 { i += 1 }
        return (start..<numberEnd, i)
    }

    /// A paragraph-8 item `- 1) <name> - <level> уровень ОРК;` / `… - СБШ-нің 4-деңгейі`.
    /// The level is split off at the LAST dash followed by a level phrase (P12).
    static func cardListItem(_ text: SourceText, clause: String?) -> CardListItem? {
        guard let lead = TextScan.leadingNumber(text.text, terminator: 0x29) else { return nil }  // ')'
        let b = Array(text.text.utf8)
        var end = b.count
        while end > lead.rest, b[end - 1] == 0x3B || b[end - 1] == 0x2E || b[end - 1] == 0x20 || b[end - 1] == 0x2C { end -= 1 }
        let number = text.field(lead.range, clause: clause)
        // candidate dashes: '-' (2D), '–' (E2 80 93), '—' (E2 80 94)
        var split: (dash: Int, after: Int)? = nil
        var i = end - 1
        while i > lead.rest {
            var dashLength = 0
            if b[i] == 0x2D { dashLength = 1 }
            else if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x93 || b[i + 2] == 0x94 { dashLength = 3 }
            if dashLength > 0 {
                let rest = String(decoding: b[(i + dashLength)..<end], as: UTF8.self)
                let key = ComparisonKey.make(rest)
                let hasDigit = rest.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
                let hasWord = LabelTable.levelWords.contains { key.contains($0) }
                let beforeIsSpace = i > 0 && b[i - 1] == 0x20
                if hasDigit && hasWord && (beforeIsSpace || i + dashLength < b.count && b[i + dashLength] == 0x20) {
                    // a level phrase must not itself contain the name: its key is short
                    if key.unicodeScalars.count <= 24 { split = (i, i + dashLength); break }
                }
            }
            i -= 1
        }
        guard let split else {
            return CardListItem(number: number, name: text.field(lead.rest..<end, clause: clause), level: nil, location: text.location)
        }
        let name = text.field(lead.rest..<split.dash, clause: clause)
        // the level: the digits (and a range) inside the phrase
        var d = split.after
        while d < end, !(b[d] >= 0x30 && b[d] <= 0x39) { d += 1 }
        var e = d
        while e < end, (b[e] >= 0x30 && b[e] <= 0x39) || ((b[e] == 0x2D || b[e] == 0x20) && e + 1 < end && (b[e + 1] >= 0x30 && b[e + 1] <= 0x39 || b[e + 1] == 0x20 || b[e + 1] == 0x2D)) {
            e += 1
        }
        while e > d, !(b[e - 1] >= 0x30 && b[e - 1] <= 0x39) { e -= 1 }
        let level = LevelField(field: text.field(d..<e, clause: clause))
        return CardListItem(number: number, name: name, level: level, location: text.location)
    }
}
