/// Collects the value of a chapter 1, 2 or 4 item over the paragraphs that follow its label.
struct ItemBuilder {
    let label: Label
    let labelField: Field
    var value: Field
    let clause: String?
    /// The label's paragraph and where the value starts in it.
    let source: SourceText
    let valueStart: Int
    var followers: [SourceText] = []

    init(label: Label, labelField: Field, value: Field, clause: String?, source: SourceText, valueStart: Int) {
        self.label = label
        self.labelField = labelField
        self.value = value
        self.clause = clause
        self.source = source
        self.valueStart = valueStart
    }

    mutating func add(_ piece: Piece) {
        followers.append(piece.text)
    }

    /// Sub-items of the developers paragraph (`Жоба жетекшісі:`, `E-mail:`, `Орындаушылар:` …).
    static let subItemLabels: Set<Label> = [.projectLead, .email, .phone, .executors]

    /// The value: the text after the label, else the following paragraphs (P17). The developers
    /// paragraph keeps its sub-items; any other item ends at a sub-item label that strayed into it
    /// (000: `Орындаушы:` under the state body).
    var joinedValue: Field {
        var result = value
        if label == .developers {
            for text in followers { result.append(text.field(clause: clause)) }
        } else if result.isEmpty {
            for text in followers {
                if let hit = LabelMatcher.hits(in: text.text).first, ItemBuilder.subItemLabels.contains(hit.label) { break }
                result.append(text.field(clause: clause))
            }
        }
        return result
    }

    func store(into standard: inout Standard) {
        switch label {
        case .standardName: standard.passport.name = joinedValue
        case .standardCode: standard.passport.code = joinedValue.droppingTrailingPunctuation()
        case .description: standard.passport.description = joinedValue
        case .oked:
            standard.passport.okedLabel = labelField
            var entries: [OkedEntry] = []
            if !value.isEmpty, let entry = OkedParsing.entry(source, from: valueStart, clause: clause) { entries.append(entry) }
            for text in followers {
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

/// One line of the ОКЭД block: `J Name`, `62 Name`, `62.01.1 Name` (a Cyrillic `Ж` for `J` is kept
/// as printed). A code keeps no trailing dot; the name is the rest of the line.
enum OkedParsing {
    static func entry(_ text: SourceText, from start: Int = 0, clause: String?) -> OkedEntry? {
        let parts: (code: Range<Int>, name: Range<Int>)? = UTF8Bytes.with(text.text) { b in
            let s = UTF8Bytes.trimmed(b, start..<b.count).lowerBound
            guard s < b.count else { return nil }
            var i = s
            if UTF8Bytes.isDigit(b[s]) {
                while i < b.count, UTF8Bytes.isDigit(b[i]) || b[i] == 0x2E { i += 1 }
                var codeEnd = i
                while codeEnd > s, b[codeEnd - 1] == 0x2E { codeEnd -= 1 }
                guard i == b.count || b[i] == 0x20 else { return nil }
                return (s..<codeEnd, i..<b.count)
            }
            // a section letter: one upper-case letter (Latin or Cyrillic) followed by a space
            let (v, length) = UTF8Bytes.scalar(b, at: s)
            guard s + length < b.count, b[s + length] == 0x20, let scalar = Unicode.Scalar(v), scalar.properties.isUppercase else { return nil }
            return (s..<(s + length), (s + length + 1)..<b.count)
        }
        guard let parts else { return nil }
        return OkedEntry(code: text.field(parts.code, clause: clause), name: text.field(parts.name, clause: clause))
    }
}
