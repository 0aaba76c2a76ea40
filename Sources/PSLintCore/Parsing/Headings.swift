/// Recognises the headings that delimit a standard: title, chapter and card headings, appendix lines.
enum Headings {
    static let quotes: Set<Unicode.Scalar> = ["\"", "«", "»", "“", "”", "„", "'"]

    /// Folded prefix of a text with leading decoration (`#`, `*`, spaces, `<p>` already gone) skipped.
    static func foldedPrefix(_ text: String, count: Int) -> (folded: [Unicode.Scalar], offsets: [Int]) {
        var folded: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = 0
        var lastSpace = true
        for scalar in text.unicodeScalars {
            defer { offset += UTF8.width(scalar) }
            if folded.count >= count { break }
            var f = ComparisonKey.fold(scalar)
            if f == " " || scalar == "#" || scalar == "*" {
                if !lastSpace { folded.append(" "); offsets.append(offset) }
                lastSpace = true
                continue
            }
            if f == "\u{0}" { f = "\"" }
            lastSpace = false
            folded.append(f)
            offsets.append(offset)
        }
        return (folded, offsets)
    }

    static func hasPrefix(_ folded: [Unicode.Scalar], _ word: String, at start: Int = 0) -> Bool {
        var i = start
        for scalar in word.unicodeScalars {
            guard i < folded.count, folded[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    /// The name inside the first pair of quotes after `offset`, with its UTF-8 range; without quotes, the rest.
    static func quotedName(_ text: String, after offset: Int) -> (String, Range<Int>)? {
        let b = Array(text.utf8)
        var scalars: [(Unicode.Scalar, Int)] = []
        var o = 0
        for s in text.unicodeScalars { scalars.append((s, o)); o += UTF8.width(s) }
        guard let open = scalars.firstIndex(where: { $0.1 >= offset && quotes.contains($0.0) }) else {
            // no quotes: the rest after a colon or space
            var start = offset
            while start < b.count, b[start] == 0x20 || b[start] == 0x3A { start += 1 }
            var end = b.count
            while end > start, b[end - 1] == 0x20 || b[end - 1] == 0x3A || b[end - 1] == 0x2E { end -= 1 }
            guard end > start else { return nil }
            return (String(decoding: b[start..<end], as: UTF8.self), start..<end)
        }
        let close = scalars.lastIndex(where: { quotes.contains($0.0) && $0.1 > scalars[open].1 })
        let start = scalars[open].1 + UTF8.width(scalars[open].0)
        let end = close.map { scalars[$0].1 } ?? b.count
        guard end >= start else { return nil }
        return (String(decoding: b[start..<end], as: UTF8.self), start..<end)
    }

    /// `Профессиональный стандарт: "Name"` / `Кәсіптік стандарт «Name»`.
    static func title(_ text: String) -> (language: DocumentLanguage, name: String, range: Range<Int>)? {
        let (folded, offsets) = foldedPrefix(text, count: 40)
        var start = 0
        if folded.first == " " { start = 1 }
        for (opening, language) in LabelTable.titleOpenings where hasPrefix(folded, opening, at: start) {
            let after = start + opening.unicodeScalars.count
            var i = after
            while i < folded.count, folded[i] == " " || folded[i] == ":" { i += 1 }
            guard i < folded.count, folded[i] == "\"" else { return nil }
            guard let (name, range) = quotedName(text, after: offsets[i]) else { return nil }
            return (language, name, range)
        }
        return nil
    }

    /// `Глава 2. Title` / `2-тарау. Title` / `2-ші тарау. Title`: number and title.
    static func chapter(_ text: String) -> (number: String, numberRange: Range<Int>, title: String, titleRange: Range<Int>)? {
        let b = Array(text.utf8)
        let (folded, offsets) = foldedPrefix(text, count: 24)
        var i = folded.first == " " ? 1 : 0
        var numberStart = -1, numberEnd = -1
        if hasPrefix(folded, "глава", at: i) {
            i += 5
            while i < folded.count, folded[i] == " " { i += 1 }
            numberStart = i
            while i < folded.count, ("0"..."9").contains(folded[i]) { i += 1 }
            numberEnd = i
            guard numberEnd > numberStart else { return nil }
        } else {
            numberStart = i
            while i < folded.count, ("0"..."9").contains(folded[i]) { i += 1 }
            numberEnd = i
            guard numberEnd > numberStart, numberEnd - numberStart <= 2 else { return nil }
            while i < folded.count, folded[i] == " " { i += 1 }
            guard i < folded.count, folded[i] == "-" else { return nil }
            i += 1
            while i < folded.count, folded[i] == " " { i += 1 }
            if hasPrefix(folded, "ші", at: i) || hasPrefix(folded, "шы", at: i) { i += 2 }
            while i < folded.count, folded[i] == " " { i += 1 }
            guard hasPrefix(folded, "тарау", at: i) else { return nil }
            i += 5
        }
        let numberRange = offsets[numberStart]..<(numberEnd < offsets.count ? offsets[numberEnd] : b.count)
        var t = i < offsets.count ? offsets[i] : b.count
        while t < b.count, b[t] == 0x2E || b[t] == 0x20 || b[t] == 0x3A { t += 1 }
        var end = b.count
        while end > t, b[end - 1] == 0x20 || b[end - 1] == 0x2E { end -= 1 }
        return (String(decoding: b[numberRange], as: UTF8.self), numberRange, String(decoding: b[t..<end], as: UTF8.self), t..<end)
    }

    /// `9. Карточка профессии "Name":` (number optional): number, name.
    static func cardHeading(_ text: String) -> (number: (String, Range<Int>)?, name: (String, Range<Int>)?)? {
        // cheap filter: the heading words must occur near the start
        let (folded, offsets) = foldedPrefix(text, count: 32)
        var i = folded.first == " " ? 1 : 0
        var number: (String, Range<Int>)?
        if let leading = TextScan.leadingNumber(text, terminator: 0x2E) {
            number = (leading.number, leading.range)
            while i < offsets.count, offsets[i] < leading.rest { i += 1 }
        }
        for (words, _) in LabelTable.cardHeadings where hasPrefix(folded, words, at: i) {
            let after = i + words.unicodeScalars.count
            let offset = after < offsets.count ? offsets[after] : text.utf8.count
            return (number, quotedName(text, after: offset))
        }
        return nil
    }

    /// `Приложение 9 к приказу` / `9-қосымша` / `№ 569 / НҚ  9-қосымша`: the appendix number.
    static func appendix(_ text: String) -> (String, Range<Int>)? {
        let b = Array(text.utf8)
        let (folded, offsets) = foldedPrefix(text, count: 80)
        var i = 0
        while i < folded.count {
            if hasPrefix(folded, "приложение", at: i) {
                var j = i + 10
                while j < folded.count, folded[j] == " " { j += 1 }
                let start = j
                while j < folded.count, ("0"..."9").contains(folded[j]) { j += 1 }
                if j > start { return (String(decoding: b[offsets[start]..<offsets[j]], as: UTF8.self), offsets[start]..<offsets[j]) }
                return nil
            }
            if hasPrefix(folded, "-қосымша", at: i) || hasPrefix(folded, "қосымша", at: i), i > 0 {
                var j = i - 1
                if folded[j] == "-" { j -= 1 }
                while j >= 0, folded[j] == " " { j -= 1 }
                let end = j + 1
                while j >= 0, ("0"..."9").contains(folded[j]) { j -= 1 }
                if end > j + 1 { return (String(decoding: b[offsets[j + 1]..<offsets[end]], as: UTF8.self), offsets[j + 1]..<offsets[end]) }
            }
            i += 1
        }
        return nil
    }
}
