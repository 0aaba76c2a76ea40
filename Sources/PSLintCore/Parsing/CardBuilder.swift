/// Reads one profession card from its paragraphs, label by label (structure.md §2).
///
/// Labels decide where values go, never positions: a value is the text after its label in the
/// same paragraph, or the paragraphs that follow until the next label. This reads the TAB rows of
/// L1/L3, the one-cell-a-line L2 and Word tables alike. The link table is its own state, because
/// its name column header is the same text as the profession-name label.
struct CardBuilder {
    private(set) var card: Card
    private let clause: String?

    private enum Target {
        case none
        case scalar(WritableKeyPath<Card, Field?>)
        case orkLevel
        case educationLevel, specialty, qualification
        case mandatory, additional
        case functionName, skillName, abilities, knowledge, recognition
        case links
    }

    private var target: Target = .none
    private var inLinks = false
    private var pendingLinkLevel: Field?
    private var orkLevelField: Field?
    private var mandatoryParagraphs: [(SourceText, Range<Int>)] = []
    private var additionalParagraphs: [(SourceText, Range<Int>)] = []
    private var abilityParagraphs: [(SourceText, Range<Int>)] = []
    private var knowledgeParagraphs: [(SourceText, Range<Int>)] = []

    init(index: Int, heading: Piece) {
        let text = heading.text
        let parsed = Headings.cardHeading(text.text)
        let number = parsed?.number.map { text.field($0.1, clause: nil) }
        clause = number?.value
        let name = parsed?.name.map { text.field($0.1, clause: number?.value) }
        card = Card(index: index, number: number, headingName: name, heading: text.field(clause: number?.value))
    }

    mutating func feed(_ piece: Piece) {
        let text = piece.text
        let hits = LabelMatcher.hits(in: text.text)
        let length = text.utf8Count
        var cursor = 0
        for (i, hit) in hits.enumerated() {
            if hit.range.lowerBound > cursor {
                plain(text, cursor..<hit.range.lowerBound, piece: piece)
            }
            let valueEnd = i + 1 < hits.count ? hits[i + 1].range.lowerBound : length
            label(hit, text, hit.range.upperBound..<valueEnd)
            cursor = valueEnd
        }
        if hits.isEmpty { plain(text, 0..<length, piece: piece) }
    }

    // MARK: labels

    private mutating func label(_ hit: LabelHit, _ text: SourceText, _ value: Range<Int>) {
        let valueField = text.field(value, clause: clause)
        let labelField = text.field(hit.range, clause: clause)
        if inLinks {
            switch hit.label {
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
        switch hit.label {
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
            if !valueField.isEmpty { card.education.append(EducationRow(level: valueField)); target = .educationLevel }
        case .educationLevel:
            if card.educationLabel == nil { card.educationLabel = labelField }
            card.education.append(EducationRow(level: valueField))
            target = .educationLevel
        case .specialty:
            if card.education.isEmpty || card.education[card.education.count - 1].specialty != nil { card.education.append(EducationRow()) }
            card.education[card.education.count - 1].specialty = valueField
            target = .specialty
        case .qualification:
            if card.education.isEmpty || card.education[card.education.count - 1].qualification != nil { card.education.append(EducationRow()) }
            card.education[card.education.count - 1].qualification = valueField
            target = .qualification
        case .experience: setScalar(\.experience, valueField)
        case .nonFormalEducation: setScalar(\.nonFormalEducation, valueField)
        case .otherNames: setScalar(\.otherNames, valueField)
        case .mainGoal: setScalar(\.mainGoal, valueField)
        case .functionsHeader, .functionsList:
            target = .none
        case .mandatoryFunctions:
            card.mandatoryFunctionsLabel = labelField
            target = .mandatory
            if !valueField.isEmpty { mandatoryParagraphs.append((text, value)) }
        case .additionalFunctions:
            card.additionalFunctionsLabel = labelField
            target = .additional
            if !valueField.isEmpty { additionalParagraphs.append((text, value)) }
        case .labourFunction, .additionalLabourFunction:
            finishSkill()
            let number = hit.number.map { text.field($0.range, clause: clause) }
            card.labourFunctions.append(LabourFunction(number: number, name: valueField, isAdditional: hit.label == .additionalLabourFunction,
                                                       location: labelField.location))
            target = .functionName
        case .skill:
            finishSkill()
            if card.labourFunctions.isEmpty {
                // a skill before any labour function: keep it under an unnamed function at the skill
                card.labourFunctions.append(LabourFunction(number: nil, name: Field(value: "", location: labelField.location), location: labelField.location))
            }
            let number = hit.number.map { text.field($0.range, clause: clause) }
            var skill = Skill(number: number, name: valueField, location: labelField.location)
            skill.abilities = nil
            skill.knowledge = nil
            card.labourFunctions[card.labourFunctions.count - 1].skills.append(skill)
            target = .skillName
        case .abilities:
            withCurrentSkill { $0.abilitiesLabel = labelField }
            target = .abilities
            if !valueField.isEmpty { abilityParagraphs.append((text, value)) }
        case .knowledge:
            withCurrentSkill { $0.knowledgeLabel = labelField }
            target = .knowledge
            if !valueField.isEmpty { knowledgeParagraphs.append((text, value)) }
        case .recognition:
            withCurrentSkill { $0.recognition = valueField }
            target = .recognition
        case .personalCompetences: finishSkill(); setScalar(\.personalCompetences, valueField)
        case .regulations: finishSkill(); setScalar(\.regulations, valueField)
        case .links:
            finishSkill()
            card.linksLabel = labelField
            inLinks = true
            target = .links
            if !valueField.isEmpty { linkText(valueField) }
        case .linkLevel:
            // the link-table header row came before its label (P2)
            finishSkill()
            inLinks = true
            target = .links
            if !valueField.isEmpty { pendingLinkLevel = valueField }
        default:
            // chapter and technical-data labels do not belong in a card: treat as text
            plain(text, hit.range.lowerBound..<value.upperBound, piece: nil)
        }
    }

    private mutating func setScalar(_ path: WritableKeyPath<Card, Field?>, _ value: Field) {
        card[keyPath: path] = value
        target = .scalar(path)
    }

    private mutating func withCurrentSkill(_ body: (inout Skill) -> Void) {
        guard !card.labourFunctions.isEmpty, !card.labourFunctions[card.labourFunctions.count - 1].skills.isEmpty else { return }
        let f = card.labourFunctions.count - 1
        let s = card.labourFunctions[f].skills.count - 1
        body(&card.labourFunctions[f].skills[s])
    }

    // MARK: plain text

    private mutating func plain(_ text: SourceText, _ range: Range<Int>, piece: Piece?) {
        let field = text.field(range, clause: clause)
        if field.isEmpty { return }
        // P2 repairs: a name printed rows after its empty label, in the label's column.
        if let piece, piece.paragraphInCell == 0, TextScan.leadingNumber(field.value, terminator: 0x2E) == nil {
            if piece.cell == 0, let f = card.labourFunctions.indices.last, card.labourFunctions[f].name.isEmpty,
               mandatoryNames.contains(ComparisonKey.make(field.value)) {
                card.labourFunctions[f].name = field
                return
            }
            if piece.cell == 1, case .abilities = target, let f = card.labourFunctions.indices.last,
               let s = card.labourFunctions[f].skills.indices.last, card.labourFunctions[f].skills[s].name.isEmpty,
               abilityParagraphs.isEmpty {
                card.labourFunctions[f].skills[s].name = field
                return
            }
        }
        switch target {
        case .none: break
        case .scalar(let path):
            if card[keyPath: path] == nil { card[keyPath: path] = field } else { card[keyPath: path]!.append(field) }
        case .orkLevel:
            if orkLevelField == nil { orkLevelField = field } else { orkLevelField!.append(field) }
        case .educationLevel: card.education[card.education.count - 1].level?.append(field)
        case .specialty: card.education[card.education.count - 1].specialty?.append(field)
        case .qualification: card.education[card.education.count - 1].qualification?.append(field)
        case .mandatory: mandatoryParagraphs.append((text, range))
        case .additional: additionalParagraphs.append((text, range))
        case .functionName:
            card.labourFunctions[card.labourFunctions.count - 1].name.append(field)
        case .skillName: withCurrentSkill { $0.name.append(field) }
        case .abilities: abilityParagraphs.append((text, range))
        case .knowledge: knowledgeParagraphs.append((text, range))
        case .recognition: withCurrentSkill { $0.recognition?.append(field) }
        case .links: linkText(field)
        }
    }

    private var mandatoryNames: Set<String> {
        Set(ListParsing.items(mandatoryParagraphs, clause: clause).map { ComparisonKey.make($0.text.value) })
    }

    // MARK: links

    private mutating func linkText(_ field: Field) {
        if TextScan.isLevelToken(field.value) {
            if let pending = pendingLinkLevel {
                // two levels in a row: the first had no name
                _ = pending
            }
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

    private mutating func finishSkill() {
        guard !card.labourFunctions.isEmpty, !card.labourFunctions[card.labourFunctions.count - 1].skills.isEmpty else {
            abilityParagraphs.removeAll(); knowledgeParagraphs.removeAll()
            return
        }
        let abilities = abilityParagraphs, knowledge = knowledgeParagraphs, clause = clause
        withCurrentSkill { skill in
            if skill.abilitiesLabel != nil || !abilities.isEmpty { skill.abilities = ListParsing.items(abilities, clause: clause) }
            if skill.knowledgeLabel != nil || !knowledge.isEmpty { skill.knowledge = ListParsing.items(knowledge, clause: clause) }
        }
        abilityParagraphs.removeAll()
        knowledgeParagraphs.removeAll()
    }

    mutating func finish() -> Card {
        finishSkill()
        if let orkLevelField { card.orkLevel = LevelField(field: orkLevelField) }
        if card.mandatoryFunctionsLabel != nil || !mandatoryParagraphs.isEmpty {
            card.mandatoryFunctions = ListParsing.items(mandatoryParagraphs, clause: clause)
        }
        if card.additionalFunctionsLabel != nil || !additionalParagraphs.isEmpty {
            card.additionalFunctions = ListParsing.items(additionalParagraphs, clause: clause)
        }
        return card
    }
}
