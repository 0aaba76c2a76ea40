/// Reads one profession card from its paragraphs, label by label (structure.md §2).
///
/// Labels decide where values go, never positions: a value is the text after its label in the
/// same paragraph, or the paragraphs that follow until the next label. This reads the TAB rows of
/// L1/L3, the one-cell-a-line L2 and Word tables alike. The link table is its own state, because
/// its name column header is the same text as the profession-name label. The labour-function
/// block repairs the rowspan damage of the exports (`LabourFunctionBlock`, P2).
struct CardBuilder {
    private(set) var card: Card
    let clause: String?

    enum Target {
        case none
        case scalar(WritableKeyPath<Card, Field?>)
        case orkLevel
        case education(WritableKeyPath<EducationRow, Field?>)
        case mandatory, additional
        case functionName, skillName
        case list(ListKind)
        case pendingList(ListKind)
        case recognition
        case links
    }

    /// Where a paragraph sits: its block and cell.
    struct Place: Equatable {
        var block: Int
        var cell: Int?
    }

    var target: Target = .none
    /// Where the label that set `target` was.
    var targetPlace = Place(block: -1, cell: nil)
    var inLinks = false
    var pendingLinkLevel: Field?
    var orkLevelField: Field?
    var mandatoryParagraphs: [(SourceText, Range<Int>)] = []
    var additionalParagraphs: [(SourceText, Range<Int>)] = []
    var functions: LabourFunctionBlock
    /// Education sub-labels left empty on their row, by cell: a value under them on a later row
    /// belongs to them (003 l.147–148).
    var educationColumns: [Int: (row: Int, path: WritableKeyPath<EducationRow, Field?>)] = [:]
    var educationBlock = -1
    private var mandatoryKeysCache: (count: Int, keys: Set<String>)?
    private var nameStateCache: (index: Int, name: String, state: NameState)?
    /// A function or skill label alone on its line (L3 hard line break, 004 l.1378): its name is
    /// on the next lines; the last paragraph block read as part of it.
    private var nameLines: (block: Int, line: Int)?
    /// The text just put into `unlabeledText`, until the next label.
    private var recentStray: (text: SourceText, range: Range<Int>, field: Field)?

    /// Shared by the cards of one standard.
    let labelCache: LabelHitCache

    init(index: Int, heading: Piece, parsed: (number: Range<Int>?, name: Range<Int>?), labelCache: LabelHitCache) {
        self.labelCache = labelCache
        let text = heading.text
        let number = parsed.number.map { text.field($0, clause: nil) }
        clause = number?.value
        functions = LabourFunctionBlock(clause: number?.value)
        let name = parsed.name.map { text.field($0, clause: number?.value) }
        card = Card(index: index, number: number, headingName: name, heading: text.field(clause: number?.value))
    }

    mutating func feed(_ piece: Piece) {
        let text = piece.text
        let hits = labelCache.hits(in: text.text)
        guard !hits.isEmpty else { return plain(text, 0..<text.utf8Count, piece: piece) }
        feed(piece, hits: hits, from: 0)
    }

    /// Feeds the labels `hits` of `piece` and the text around them, from UTF-8 offset `from`.
    private mutating func feed(_ piece: Piece, hits: [LabelHit], from: Int) {
        let text = piece.text
        let length = text.utf8Count
        var cursor = from
        for (i, hit) in hits.enumerated() {
            if hit.range.lowerBound > cursor { plain(text, cursor..<hit.range.lowerBound, piece: piece) }
            let valueEnd = i + 1 < hits.count ? hits[i + 1].range.lowerBound : length
            let number = hit.number.map { text.field($0.range, clause: clause) }
            label(hit.label, number: number, labelField: text.field(hit.range, clause: clause), text: text,
                  labelStart: hit.range.lowerBound, value: hit.range.upperBound..<valueEnd, piece: piece)
            cursor = valueEnd
        }
        if cursor < length, hits.isEmpty { plain(text, cursor..<length, piece: piece) }
    }

    /// A label split over two paragraphs with a blank line between (P3): `first` holds its first
    /// words, `second` the rest up to the colon. Returns false (and reads nothing) otherwise.
    mutating func feedSplitLabel(_ first: Piece, _ second: Piece) -> Bool {
        guard UTF8Bytes.with(first.text.text, { LabelMatcher.isSplitLabelStart($0) }),
              let (variant, end) = UTF8Bytes.with(second.text.text, { LabelMatcher.splitLabel(first: first.text.text, second: $0) })
        else { return false }
        let head = first.text.field(clause: clause)
        let labelField = Field(value: head.value + " " + TextScan.utf8Slice(second.text.text, 0..<end), location: head.location)
        let rest = UTF8Bytes.with(second.text.text) { LabelMatcher.hits(in: $0, skipPrefix: end) }
        let valueEnd = rest.first?.range.lowerBound ?? second.text.utf8Count
        label(variant.label, number: nil, labelField: labelField, text: second.text, labelStart: 0, value: end..<valueEnd, piece: second)
        if !rest.isEmpty { feed(second, hits: rest, from: valueEnd) }
        return true
    }

    // MARK: labels

    private mutating func label(_ label: Label, number: Field?, labelField: Field, text: SourceText, labelStart: Int, value: Range<Int>, piece: Piece) {
        let valueField = text.field(value, clause: clause)
        defer { if label != .functionsList && label != .functionsHeader { recentStray = nil } }
        targetPlace = Place(block: piece.block, cell: piece.cell)
        if inLinks {
            switch label {
            case .professionName:
                target = .links
                if !valueField.isEmpty { addLink(name: valueField) }
                return
            case .linkLevel:
                target = .links
                if !valueField.isEmpty { pendingLinkLevel = valueField }
                return
            default:
                inLinks = false
            }
        }
        switch label {
        case .education, .educationLevel, .specialty, .qualification: break
        default: if !educationColumns.isEmpty { educationColumns.removeAll() }
        }
        switch label {
        case .groupCode: setScalar(\.groupCode, valueField)
        case .occupationCode: setScalar(\.occupationCode, valueField)
        case .professionName: setScalar(\.name, valueField)
        case .orkLevel:
            orkLevelField = valueField
            target = .orkLevel
        case .orkSublevel: setScalar(\.orkSublevel, valueField)
        case .etksLevel: setScalar(\.etksLevel, valueField)
        case .education:
            card.educationLabel = labelField
            target = .none
            if !valueField.isEmpty { card.education.append(EducationRow(level: valueField)); target = .education(\.level) }
        case .educationLevel:
            if card.educationLabel == nil { card.educationLabel = labelField }
            card.education.append(EducationRow(level: valueField))
            educationLabel(\.level, valueField, piece)
        case .specialty:
            if card.education.last.map({ $0.specialty != nil }) ?? true { card.education.append(EducationRow()) }
            card.education[card.education.count - 1].specialty = valueField
            educationLabel(\.specialty, valueField, piece)
        case .qualification:
            if card.education.last.map({ $0.qualification != nil }) ?? true { card.education.append(EducationRow()) }
            card.education[card.education.count - 1].qualification = valueField
            educationLabel(\.qualification, valueField, piece)
        case .experience: setScalar(\.experience, valueField)
        case .nonFormalEducation: setScalar(\.nonFormalEducation, valueField)
        case .otherNames: setScalar(\.otherNames, valueField)
        case .mainGoal: setScalar(\.mainGoal, valueField)
        case .functionsHeader:
            target = .none
        case .functionsList:
            // the list label's cell spans the mandatory rows: items below it continue that list (004 l.801)
            target = card.mandatoryFunctionsLabel != nil && card.additionalFunctionsLabel == nil ? .mandatory : .none
        case .mandatoryFunctions:
            card.mandatoryFunctionsLabel = labelField
            target = .mandatory
            // the first item printed on the row above the label (004 l.1588, 1841)
            if let stray = recentStray, mandatoryParagraphs.isEmpty, TextScan.leadingNumber(stray.field.value, terminator: 0x2E)?.number == "1" {
                mandatoryParagraphs.append((stray.text, stray.range))
                card.unlabeledText.removeLast()
            }
            if !valueField.isEmpty { mandatoryParagraphs.append((text, value)) }
        case .additionalFunctions:
            card.additionalFunctionsLabel = labelField
            target = .additional
            if !valueField.isEmpty { additionalParagraphs.append((text, value)) }
        case .labourFunction, .additionalLabourFunction:
            target = functions.startFunction(number: number, name: valueField, additional: label == .additionalLabourFunction, at: labelField.location)
            nameLines = valueField.isEmpty && piece.cell == nil ? (piece.block, labelField.location.line ?? -2) : nil
        case .skill:
            target = functions.startSkill(number: number, name: valueField, at: labelField.location)
            nameLines = valueField.isEmpty && piece.cell == nil ? (piece.block, labelField.location.line ?? -2) : nil
        case .abilities, .knowledge:
            let kind: ListKind = label == .abilities ? .abilities : .knowledge
            target = functions.listLabel(kind, label: labelField, value: valueField.isEmpty ? nil : (text, value))
        case .recognition:
            target = functions.recognition(valueField)
        case .personalCompetences: functions.finishSkill(); setScalar(\.personalCompetences, valueField)
        case .regulations: functions.finishSkill(); setScalar(\.regulations, valueField)
        case .links:
            functions.finishSkill()
            card.linksLabel = labelField
            inLinks = true
            target = .links
            if !valueField.isEmpty { linkText(valueField) }
        case .linkLevel:
            // the link-table header row came before its label (P2)
            functions.finishSkill()
            inLinks = true
            target = .links
            if !valueField.isEmpty { pendingLinkLevel = valueField }
        default:
            // chapter and technical-data labels do not belong in a card: read them as text
            plain(text, labelStart..<value.upperBound, piece: piece)
        }
    }

    private mutating func setScalar(_ path: WritableKeyPath<Card, Field?>, _ value: Field) {
        card[keyPath: path] = value
        target = .scalar(path)
    }

    private mutating func educationLabel(_ path: WritableKeyPath<EducationRow, Field?>, _ value: Field, _ piece: Piece) {
        target = .education(path)
        if value.isEmpty, let cell = piece.cell {
            educationColumns[cell] = (card.education.count - 1, path)
            educationBlock = piece.block
        }
    }

    // MARK: plain text

    private mutating func plain(_ text: SourceText, _ range: Range<Int>, piece: Piece) {
        let field = text.field(range, clause: clause)
        if field.isEmpty { return }
        let place = Place(block: piece.block, cell: piece.cell)
        if let cell = piece.cell, piece.paragraphInCell == 0, repairRowspan(field, cell: cell) { return }
        if !isRecognitionTarget, functions.adoptRecognitionValue(field) { return }
        // a value on the row below its empty education sub-label (003 l.148)
        if piece.block != educationBlock, let cell = piece.cell, let column = educationColumns[cell] {
            educationColumns[cell] = nil
            if card.education[column.row][keyPath: column.path]?.isEmpty ?? true {
                card.education[column.row][keyPath: column.path] = field
                return
            }
        }
        switch target {
        case .none: stray(text, range, field)
        case .scalar(let path):
            if card[keyPath: path] == nil { card[keyPath: path] = field } else { card[keyPath: path]!.append(field) }
        case .orkLevel:
            if orkLevelField == nil { orkLevelField = field } else { orkLevelField!.append(field) }
        case .education(let path):
            // an education value sits in its sub-label's cell (L1/L3) or the paragraphs after it (L2)
            guard place.block == targetPlace.block || piece.cell == nil else { return stray(text, range, field) }
            if card.education.isEmpty { card.education.append(EducationRow()) }
            let row = card.education.count - 1
            if card.education[row][keyPath: path] == nil { card.education[row][keyPath: path] = field }
            else { card.education[row][keyPath: path]!.append(field) }
        case .mandatory: mandatoryParagraphs.append((text, range))
        case .additional: additionalParagraphs.append((text, range))
        case .functionName:
            // A name is the rest of its label's cell; text in another cell continues the skill's content.
            if place == targetPlace || continuesNameLines(piece) { functions.appendToFunctionName(field) }
            else if !functions.continueContent(text, range, field) { stray(text, range, field) }
        case .skillName:
            if place == targetPlace || continuesNameLines(piece) { functions.appendToSkillName(field) }
            else if !functions.continueContent(text, range, field) { stray(text, range, field) }
        case .list(let kind):
            // a list numbered from 1 again on a later row is another list whose label was lost
            if place.block != targetPlace.block, functions.hasItems(kind), TextScan.leadingNumber(field.value, terminator: 0x2E)?.number == "1" {
                target = .none
                stray(text, range, field)
            } else {
                functions.appendList(kind, text, range)
            }
        case .pendingList(let kind): functions.appendPending(kind, text, range)
        case .recognition:
            // a recognition value sits in its label's row; text on later rows is not one
            if place.block == targetPlace.block || piece.cell == nil { functions.appendRecognition(field) } else { stray(text, range, field) }
        case .links: linkText(field)
        }
    }

    /// The paragraph block on the line right after the name lines read so far.
    private mutating func continuesNameLines(_ piece: Piece) -> Bool {
        guard let lines = nameLines, piece.cell == nil, piece.block == lines.block + 1, piece.text.runCount > 0 else { return false }
        let line = piece.text.run(0).line
        guard line == lines.line + 1 else { return false }
        nameLines = (piece.block, line)
        return true
    }

    private var isRecognitionTarget: Bool {
        if case .recognition = target { return true }
        return false
    }

    private mutating func stray(_ text: SourceText, _ range: Range<Int>, _ field: Field) {
        card.unlabeledText.append(field)
        recentStray = (text, range, field)
    }

    /// P2 repairs: a function name printed rows after its empty label in column 0 (alone, or
    /// finishing a name split over two rows), a skill name printed rows after its empty label in column 1.
    private mutating func repairRowspan(_ field: Field, cell: Int) -> Bool {
        guard TextScan.leadingNumber(field.value, terminator: 0x2E) == nil else { return false }
        if cell == 0, let name = functions.currentFunctionName {
            switch functionNameState(name) {
            case .empty where mandatoryKeys.contains(ComparisonKey.make(field.value)):
                functions.setFunctionName(field)
                return true
            case .startOfListed where mandatoryKeys.contains(ComparisonKey.make(name.value + " " + field.value)):
                functions.extendFunctionName(field)
                return true
            default:
                break
            }
        }
        if cell == 1, functions.currentSkillHasEmptyName {
            functions.setSkillName(field)
            return true
        }
        return false
    }

    enum NameState { case empty, startOfListed, other }

    /// How the current function's name relates to the mandatory list: empty, the first words of a
    /// listed name (its end may be on a later row), or anything else; remembered per function and name.
    private mutating func functionNameState(_ name: Field) -> NameState {
        if name.isEmpty { return .empty }
        let index = functions.functions.count - 1
        if let cache = nameStateCache, cache.index == index, cache.name == name.value { return cache.state }
        let key = ComparisonKey.make(name.value) + " "
        let state: NameState = mandatoryKeys.contains { $0.hasPrefix(key) } ? .startOfListed : .other
        nameStateCache = (index, name.value, state)
        return state
    }

    private var mandatoryKeys: Set<String> {
        mutating get {
            if let cache = mandatoryKeysCache, cache.count == mandatoryParagraphs.count { return cache.keys }
            let keys = Set(ListParsing.items(mandatoryParagraphs, clause: clause).map { ComparisonKey.make($0.text.value) })
            mandatoryKeysCache = (mandatoryParagraphs.count, keys)
            return keys
        }
    }

    // MARK: links

    private mutating func linkText(_ field: Field) {
        if TextScan.isLevelToken(field.value) {
            // A level after a level: the first had no name (a damaged row); it is replaced.
            pendingLinkLevel = field
        } else {
            addLink(name: field)
        }
    }

    private mutating func addLink(name: Field) {
        card.links.append(LinkRow(level: pendingLinkLevel.map(LevelField.init(field:)), name: name))
        pendingLinkLevel = nil
    }

    // MARK: finishing

    mutating func finish() -> Card {
        functions.finish()
        card.labourFunctions = functions.functions
        card.unlabeledText += functions.strayText
        if let orkLevelField { card.orkLevel = LevelField(field: orkLevelField) }
        card.groupCode = card.groupCode?.droppingTrailingPunctuation()
        card.occupationCode = card.occupationCode?.droppingTrailingPunctuation()
        if card.mandatoryFunctionsLabel != nil || !mandatoryParagraphs.isEmpty {
            card.mandatoryFunctions = ListParsing.items(mandatoryParagraphs, clause: clause)
        }
        if card.additionalFunctionsLabel != nil || !additionalParagraphs.isEmpty {
            card.additionalFunctions = ListParsing.items(additionalParagraphs, clause: clause)
        }
        return card
    }
}
