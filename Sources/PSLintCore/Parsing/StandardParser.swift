/// Turns a source document into the standards it holds. Layout-independent: it sees only
/// paragraphs with their place in blocks and cells, and their locations.
///
/// A file holds zero, one or many standards (orders hold many, structure.md §6): a standard starts
/// at its title line (`Профессиональный стандарт: "…"` / `Кәсіптік стандарт «…»`), or, without a
/// title, at a chapter-1 heading, and ends where the next one starts.
public enum StandardParser {
    public static func parse(_ document: SourceDocument) -> [Standard] {
        let pieces = Piece.flatten(document.blocks)
        var starts: [(index: Int, title: (language: DocumentLanguage, name: String, range: Range<Int>)?)] = []
        for (i, piece) in pieces.enumerated() where piece.startsBlock || piece.isParagraphBlock {
            if let title = Headings.title(piece.text.text) {
                starts.append((i, title))
            }
        }
        if starts.isEmpty {
            // No title: a standard may still start at its chapter-1 heading.
            if let i = pieces.firstIndex(where: { Headings.chapter($0.text.text)?.number == "1" }),
               pieces[i...].contains(where: { Headings.cardHeading($0.text.text) != nil }) {
                starts.append((i, nil))
            }
        }
        var standards: [Standard] = []
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1].index : pieces.count
            let previousEnd = n > 0 ? starts[n - 1].index : 0
            var builder = StandardBuilder(index: n + 1, pieces: pieces, range: start.index..<end, title: start.title)
            builder.findAppendix(searchingBack: max(previousEnd, start.index - 16))
            standards.append(builder.build())
        }
        return standards
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

    init(index: Int, pieces: [Piece], range: Range<Int>, title: (language: DocumentLanguage, name: String, range: Range<Int>)?) {
        self.pieces = pieces
        self.range = range
        let first = pieces[range.lowerBound].text
        let language = title?.language ?? StandardBuilder.guessLanguage(pieces[range])
        standard = Standard(index: index, language: language, location: first.location)
        if let title { standard.title = first.field(title.range, clause: nil) }
        hasTitle = title != nil
    }

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
            if let (_, r) = Headings.appendix(text.text) {
                standard.appendix = text.field(r, clause: nil)
                return
            }
            i -= 1
        }
    }

    mutating func build() -> Standard {
        let startIndex = hasTitle ? range.lowerBound + 1 : range.lowerBound
        for i in startIndex..<range.upperBound { visit(pieces[i]) }
        closeItem()
        closeCard()
        return standard
    }

    // MARK: one paragraph

    mutating func visit(_ piece: Piece) {
        let text = piece.text
        placeholders(text)
        if let heading = Headings.chapter(text.text), piece.startsBlock || piece.isParagraphBlock {
            closeItem()
            closeCard()
            chapter = Int(heading.number)
            standard.chapters.append(Chapter(number: text.field(heading.numberRange, clause: nil),
                                             title: text.field(heading.titleRange, clause: nil), location: text.location))
            return
        }
        if Headings.cardHeading(text.text) != nil {
            closeItem()
            closeCard()
            if chapter == nil || chapter! < 3 { chapter = chapter ?? 3 }
            let builder = CardBuilder(index: standard.cards.count + 1, heading: piece)
            if let number = builder.card.number {
                standard.paragraphs.append(NumberedParagraph(number: number, text: builder.card.heading, chapter: 3,
                                                             isAutomatic: text.autoNumberLength > 0))
            }
            card = builder
            return
        }
        if card != nil {
            // A chapter-4 item ends the cards even when its chapter heading is missing.
            if let numbered = numberedParagraph(piece), let label = paragraphLabel(text, skip: numbered.rest),
               LabelTable.chapter4Labels.contains(label.label) {
                closeCard()
                if chapter == 3 { chapter = 4 }
                startItem(piece, number: numbered, label: label)
                return
            }
            card!.feed(piece)
            return
        }
        if piece.isParagraphBlock || piece.startsBlock, let numbered = numberedParagraph(piece) {
            startItem(piece, number: numbered, label: paragraphLabel(text, skip: numbered.rest))
            return
        }
        if let label = paragraphLabel(text, skip: 0), piece.isParagraphBlock || piece.startsBlock {
            standard.unnumberedParagraphs.append(UnnumberedParagraph(text: text.field(clause: nil), chapter: chapter))
            startItem(piece, number: nil, label: label)
            return
        }
        item?.add(piece)
    }

    func numberedParagraph(_ piece: Piece) -> (number: Range<Int>, rest: Int, doubled: Bool)? {
        guard let lead = TextScan.leadingNumber(piece.text.text, terminator: 0x2E) else { return nil }
        // `1. 1. …` (P11)
        let rest = TextScan.utf8Slice(piece.text.text, lead.rest..<piece.text.utf8Count)
        if let second = TextScan.leadingNumber(rest, terminator: 0x2E), second.number == lead.number {
            return (lead.range, lead.rest + second.rest, true)
        }
        return (lead.range, lead.rest, false)
    }

    func paragraphLabel(_ text: SourceText, skip: Int) -> LabelHit? {
        let hits = LabelMatcher.hits(in: text.text, skipPrefix: skip)
        guard let first = hits.first, LabelTable.paragraphLabels.contains(first.label) else { return nil }
        guard first.range.lowerBound <= skip + 1 else { return nil }
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
        let value = text.field(label.range.upperBound..<text.utf8Count, clause: clause)
        item = ItemBuilder(label: label.label, labelField: text.field(label.range, clause: clause), value: value, clause: clause)
    }

    mutating func closeItem() {
        guard let item else { return }
        self.item = nil
        item.store(into: &standard)
    }

    mutating func closeCard() {
        guard var card else { return }
        self.card = nil
        standard.cards.append(card.finish())
    }

    mutating func placeholders(_ text: SourceText) {
        let b = Array(text.text.utf8)
        var run = 0
        for (i, byte) in b.enumerated() {
            run = byte == 0x5F ? run + 1 : 0
            if run == 3 {
                standard.placeholders.append(text.field((i - 2)..<min(b.count, i + 1), clause: nil))
            }
        }
    }
}

/// Collects the value of a chapter 1, 2 or 4 item over the paragraphs that follow its label.
struct ItemBuilder {
    let label: Label
    let labelField: Field
    var value: Field
    let clause: String?
    var followers: [SourceText] = []

    init(label: Label, labelField: Field, value: Field, clause: String?) {
        self.label = label
        self.labelField = labelField
        self.value = value
        self.clause = clause
    }

    mutating func add(_ piece: Piece) {
        followers.append(piece.text)
    }

    /// The value: the text after the label, else the following paragraphs (P17).
    var joinedValue: Field {
        var result = value
        if result.isEmpty {
            for text in followers { result.append(text.field(clause: clause)) }
        } else if [.developers].contains(label) {
            for text in followers { result.append(text.field(clause: clause)) }
        }
        return result
    }

    func store(into standard: inout Standard) {
        switch label {
        case .standardName: standard.passport.name = joinedValue
        case .standardCode: standard.passport.code = joinedValue
        case .description: standard.passport.description = joinedValue
        case .oked:
            standard.passport.okedLabel = labelField
            var entries: [OkedEntry] = []
            var lines = followers
            if !value.isEmpty { lines.insert(SourceText(text: value.value), at: 0) }
            for text in lines {
                if let entry = OkedParsing.entry(text, clause: clause) { entries.append(entry) }
            }
            standard.passport.oked = entries
        case .cardList:
            standard.passport.cardListLabel = labelField
            standard.passport.cardList = followers.compactMap { ListParsing.cardListItem($0, clause: clause) }
        case .stateBody: standard.technicalData.stateBody = joinedValue
        case .developers: standard.technicalData.developers = joinedValue
        case .sectoralCouncil: standard.technicalData.sectoralCouncil = joinedValue
        case .nationalBody: standard.technicalData.nationalBody = joinedValue
        case .atameken: standard.technicalData.atameken = joinedValue
        case .version: standard.technicalData.version = joinedValue
        case .reviewDate: standard.technicalData.reviewDate = joinedValue
        default: break
        }
    }
}

/// One line of the ОКЭД block: `J Name`, `62 Name`, `62.01.1 Name` (a Cyrillic `Ж` for `J` is kept as printed).
enum OkedParsing {
    static func entry(_ text: SourceText, clause: String?) -> OkedEntry? {
        let b = Array(text.text.utf8)
        guard !b.isEmpty else { return nil }
        var i = 0
        if b[0] >= 0x30 && b[0] <= 0x39 {
            while i < b.count, (b[i] >= 0x30 && b[i] <= 0x39) || b[i] == 0x2E { i += 1 }
            var codeEnd = i
            while codeEnd > 0, b[codeEnd - 1] == 0x2E { codeEnd -= 1 }
            guard i < b.count, b[i] == 0x20 else { return i == b.count ? OkedEntry(code: text.field(0..<codeEnd, clause: clause), name: text.field(b.count..<b.count, clause: clause)) : nil }
            return OkedEntry(code: text.field(0..<codeEnd, clause: clause), name: text.field(i..<b.count, clause: clause))
        }
        // a section letter: one letter (Latin or Cyrillic) followed by a space
        let scalars = Array(text.text.unicodeScalars.prefix(2))
        guard scalars.count == 2, scalars[0].properties.isUppercase, scalars[1] == " " else { return nil }
        let letterLength = UTF8.width(scalars[0])
        return OkedEntry(code: text.field(0..<letterLength, clause: clause), name: text.field((letterLength + 1)..<b.count, clause: clause))
    }
}
