/// Turns a source document into the standards it holds. Layout-independent: it sees only
/// paragraphs with their place in blocks and cells, and their locations.
///
/// A file holds zero, one or many standards (orders hold many, structure.md §6): a standard starts
/// at its title line (`Профессиональный стандарт: "…"` / `Кәсіптік стандарт «…»`), or, without a
/// title, at a chapter-1 heading, and ends where the next one starts.
public enum StandardParser {
    /// The standards of `document`, in document order. With `jobs` above 1 the standards of a
    /// file that holds several (an order) are built on up to `jobs` threads; the result is the same.
    public static func parse(_ document: SourceDocument, jobs: Int = 1) -> [Standard] {
        let pieces = Piece.flatten(document.blocks)
        var starts = titleStarts(pieces, from: 0)
        if starts.isEmpty { starts = chapterStart(pieces) }
        let standards = starts.indices.map { n in
            (n: n, title: starts[n].title, range: starts[n].index..<(n + 1 < starts.count ? starts[n + 1].index : pieces.count),
             previousStart: n > 0 ? starts[n - 1].index : 0)
        }
        // each standard reads its own range of the (shared, read-only) pieces
        return parallelMap(standards, jobs: jobs) { standard in
            build(number: standard.n + 1, pieces: pieces, range: standard.range, title: standard.title,
                  appendixFrom: max(standard.previousStart, standard.range.lowerBound - 16))
        }
    }

    typealias Title = (language: DocumentLanguage, name: String, range: Range<Int>)
    typealias Start = (index: Int, title: Title?)

    /// Where standards start: at their title lines, from piece `from` on.
    static func titleStarts(_ pieces: [Piece], from: Int) -> [Start] {
        var starts: [Start] = []
        // by index: a `Piece` copied out of the array costs two retains and two releases
        for i in from..<pieces.count where pieces[i].startsBlock {
            if let title = Headings.title(pieces[i].text.text) { starts.append((i, title)) }
        }
        return starts
    }

    /// Without any title, a standard may still start at its chapter-1 heading.
    static func chapterStart(_ pieces: [Piece]) -> [Start] {
        guard let i = pieces.firstIndex(where: { $0.startsBlock && Headings.chapter($0.text.text)?.number == "1" }),
              pieces[i...].contains(where: { Headings.cardHeading($0.text.text) != nil }) else { return [] }
        return [(i, nil)]
    }

    /// Standard number `number` of the file, read from `pieces[range]`; its appendix line is
    /// looked for back to `appendixFrom`.
    static func build(number: Int, pieces: [Piece], range: Range<Int>, title: Title?, appendixFrom: Int) -> Standard {
        var builder = StandardBuilder(index: number, pieces: pieces, range: range, title: title)
        builder.findAppendix(searchingBack: appendixFrom)
        return builder.build()
    }
}

/// Reads one standard: chapters, numbered paragraphs, passport, cards, technical data.
struct StandardBuilder {
    let pieces: [Piece]
    let range: Range<Int>
    var standard: Standard
    var chapter: Int?
    var item: ItemBuilder?
    var card: CardBuilder?
    var hasTitle: Bool
    let labelCache = LabelHitCache()

    init(index: Int, pieces: [Piece], range: Range<Int>, title: (language: DocumentLanguage, name: String, range: Range<Int>)?) {
        self.pieces = pieces
        self.range = range
        let first = pieces[range.lowerBound].text
        let language = title?.language ?? StandardBuilder.guessLanguage(pieces[range])
        standard = Standard(index: index, language: language, location: first.startLocation())
        if let title { standard.title = first.field(title.range, clause: nil) }
        hasTitle = title != nil
    }

    /// Kazakh when Kazakh-only letters (ә ғ қ ң ө ұ ү һ і) are more than 2 % of the Cyrillic letters.
    static func guessLanguage(_ pieces: ArraySlice<Piece>) -> DocumentLanguage {
        var kazakh = 0, total = 0
        for piece in pieces.prefix(200) {
            for scalar in piece.text.text.unicodeScalars {
                switch scalar.value {
                case 0x4D9, 0x493, 0x49B, 0x4A3, 0x4E9, 0x4B1, 0x4AF, 0x4BB, 0x456: kazakh += 1
                case 0x430...0x44F: total += 1
                default: break
                }
            }
        }
        return kazakh * 50 > total ? .kk : .ru
    }

    mutating func findAppendix(searchingBack lower: Int) {
        var i = range.lowerBound - 1
        while i >= lower, i >= 0 {
            let text = pieces[i].text
            if let r = Headings.appendix(text.text) {
                standard.appendix = text.field(r, clause: nil)
                return
            }
            i -= 1
        }
    }

    mutating func build() -> Standard {
        let startIndex = hasTitle ? range.lowerBound + 1 : range.lowerBound
        // The pieces are lent to `visit` through a buffer pointer: an array subscript would copy
        // each `Piece` out (two retains and releases a paragraph).
        let pieces = self.pieces
        pieces.withUnsafeBufferPointer { pieces in
            var i = startIndex
            while i < range.upperBound {
                // A label split over two lines (P3) is read as one when the card asks for it.
                if card != nil, pieces[i].startsBlock, i + 1 < range.upperBound, pieces[i + 1].startsBlock,
                   card!.feedSplitLabel(pieces[i], pieces[i + 1]) {
                    i += 2
                    continue
                }
                visit(pieces[i])
                i += 1
            }
        }
        closeItem()
        closeCard()
        return standard
    }

    // MARK: one paragraph

    mutating func visit(_ piece: Piece) {
        let text = piece.text
        placeholders(text)
        if piece.startsBlock, let heading = Headings.chapter(text.text) {
            closeItem()
            closeCard()
            chapter = Int(heading.number)
            standard.chapters.append(Chapter(number: text.field(heading.numberRange, clause: nil),
                                             title: text.field(heading.titleRange, clause: nil), location: text.startLocation()))
            return
        }
        if let heading = Headings.cardHeading(text.text) {
            closeItem()
            closeCard()
            if chapter == nil || chapter! < 3 { chapter = 3 }
            // made in place: a card builder holds many strings, and a copy retains each of them
            card = CardBuilder(index: standard.cards.count + 1, heading: piece, parsed: heading, labelCache: labelCache)
            if let number = card!.card.number {
                standard.paragraphs.append(NumberedParagraph(number: number, text: card!.card.heading, chapter: 3,
                                                             isAutomatic: text.autoNumberLength > 0))
            }
            return
        }
        if card != nil {
            // A chapter-4 item ends the cards even when its chapter heading is missing.
            if piece.startsBlock, let numbered = numberedParagraph(piece), let label = paragraphLabel(text, skip: numbered.rest),
               LabelTable.chapter4Labels.contains(label.label) {
                closeCard()
                if chapter == 3 { chapter = 4 }
                startItem(piece, number: numbered, label: label)
                return
            }
            card!.feed(piece)
            return
        }
        if piece.startsBlock, let numbered = numberedParagraph(piece) {
            startItem(piece, number: numbered, label: paragraphLabel(text, skip: numbered.rest))
            return
        }
        if piece.startsBlock, let label = paragraphLabel(text, skip: 0) {
            standard.unnumberedParagraphs.append(UnnumberedParagraph(text: text.field(clause: nil), chapter: chapter))
            startItem(piece, number: nil, label: label)
            return
        }
        item?.add(piece)
    }

    func numberedParagraph(_ piece: Piece) -> (number: Range<Int>, rest: Int, doubled: Bool)? {
        UTF8Bytes.with(piece.text.text) { b in
            guard let lead = TextScan.leadingNumber(b, terminator: 0x2E) else { return nil }
            // `1. 1. …` (P11)
            if let second = TextScan.leadingNumber(b, terminator: 0x2E, from: lead.rest),
               UnsafeBufferPointer(rebasing: b[second.range]).elementsEqual(UnsafeBufferPointer(rebasing: b[lead.range])) {
                return (lead.range, second.rest, true)
            }
            return (lead.range, lead.rest, false)
        }
    }

    /// The chapter 1, 2 or 4 item label at the start of the paragraph (after `skip` bytes).
    func paragraphLabel(_ text: SourceText, skip: Int) -> LabelHit? {
        guard let first = LabelMatcher.hits(in: text.text, skipPrefix: skip).first,
              LabelTable.paragraphLabels.contains(first.label) else { return nil }
        return first
    }

    // MARK: items (numbered paragraphs of chapters 1, 2 and 4)

    mutating func startItem(_ piece: Piece, number: (number: Range<Int>, rest: Int, doubled: Bool)?, label: LabelHit?) {
        closeItem()
        let text = piece.text
        let numberField = number.map { text.field($0.number, clause: nil) }
        let clause = numberField?.value
        if let number, let numberField {
            standard.paragraphs.append(NumberedParagraph(number: numberField, text: text.field(number.rest..<text.utf8Count, clause: clause),
                                                         chapter: chapter, isDoubled: number.doubled, isAutomatic: text.autoNumberLength > 0))
        }
        guard let label else { item = nil; return }
        // The label printed twice (`19. Организации …: Организации …: Комитет…`, P17): the value follows the second.
        var valueStart = label.range.upperBound
        if let again = LabelMatcher.hits(in: text.text, skipPrefix: valueStart).first, again.label == label.label {
            valueStart = again.range.upperBound
        }
        let value = text.field(valueStart..<text.utf8Count, clause: clause)
        item = ItemBuilder(label: label.label, labelField: text.field(label.range, clause: clause), value: value, clause: clause,
                           source: text, valueStart: valueStart)
    }

    mutating func closeItem() {
        guard item != nil else { return }
        item!.store(into: &standard)  // read in place, not from a copy
        item = nil
    }

    mutating func closeCard() {
        guard card != nil else { return }
        let finished = card!.finish()  // in place, not on a copy of the builder
        card = nil
        standard.cards.append(finished)
    }

    /// Runs of three or more underscores: a template placeholder left in the text.
    mutating func placeholders(_ text: SourceText) {
        let found: [Range<Int>] = UTF8Bytes.with(text.text) { b in
            guard UTF8Bytes.find(0x5F, in: b, from: 0) != nil else { return [] }
            var ranges: [Range<Int>] = []
            var run = 0
            for i in 0..<b.count {
                run = b[i] == 0x5F ? run + 1 : 0
                if run == 3 { ranges.append((i - 2)..<(i + 1)) }
            }
            return ranges
        }
        for range in found { standard.placeholders.append(text.field(range, clause: nil)) }
    }
}
