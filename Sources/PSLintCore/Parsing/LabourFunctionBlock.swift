/// The two lists of a skill.
enum ListKind: Hashable {
    case abilities, knowledge
}

/// The labour functions of one card: functions → skills → abilities, knowledge, recognition.
///
/// The text exports destroy the row spans of this block (structure.md P2): a function's label is
/// printed on a row in the middle of its span, after some of its skills; the same function cell is
/// repeated on every row; a skill's `Умения:` label sits on the row above it. Skill numbers restart
/// at 1 in every function, and that is what the repairs rest on:
/// - `Навык 1` when the current function already has skills starts a function whose label comes
///   later; that label, when it comes, names it instead of starting another;
/// - a function label equal to the current one (number and name) is a repeated cell;
/// - a first skill numbered N > 1 whose previous function ends with skill N-1 belongs to that function;
/// - `Умения:`/`Знания:` for a skill that already has that list belongs to the next skill.
/// Nothing is invented: values move between places, and text no label claims is kept as stray text.
struct LabourFunctionBlock {
    private(set) var functions: [LabourFunction] = []
    /// Text that no label claims.
    private(set) var strayText: [Field] = []
    let clause: String?

    /// The function started for skills whose function label comes later.
    private var awaitingLabel: Int?
    /// The current skill (function index, skill index) and whether its lists are still open.
    private var current: (f: Int, s: Int)?
    private var skillOpen = false
    /// The paragraphs of the current skill's two lists (two arrays: a dictionary cost more per paragraph).
    private var abilityParagraphs: [(SourceText, Range<Int>)] = []
    private var knowledgeParagraphs: [(SourceText, Range<Int>)] = []
    /// Where text after the skill's cell goes: the list or recognition read last for the skill.
    private var lastContent: CardBuilder.Target?
    /// A list label met before its skill.
    private var pending: [ListKind: (label: Field, paragraphs: [(SourceText, Range<Int>)])] = [:]
    /// Lists the current skill took from a pending label; its own label, if it comes, wins.
    private var adopted: Set<ListKind> = []

    init(clause: String?) { self.clause = clause }

    private static func number(_ field: Field?) -> Int? { field.flatMap { Int($0.value) } }

    // MARK: labels

    mutating func startFunction(number: Field?, name: Field, additional: Bool, at location: Location) -> CardBuilder.Target {
        if let last = functions.indices.last, awaitingLabel != last, let n = number?.value, functions[last].number?.value == n,
           name.isEmpty || ComparisonKey.make(functions[last].name.value) == ComparisonKey.make(name.value) {
            return .none  // the same function cell repeated on the next row
        }
        if let f = awaitingLabel {
            awaitingLabel = nil
            functions[f].number = number
            functions[f].name = name
            functions[f].isAdditional = additional
            functions[f].location = location
            return .functionName
        }
        finishSkill()
        functions.append(LabourFunction(number: number, name: name, isAdditional: additional, location: location))
        return .functionName
    }

    mutating func startSkill(number: Field?, name: Field, at location: Location) -> CardBuilder.Target {
        if let current, current.f == functions.count - 1, let n = number?.value, functions[current.f].skills[current.s].number?.value == n,
           ComparisonKey.make(functions[current.f].skills[current.s].name.value) == ComparisonKey.make(name.value) {
            return .none  // the same skill label printed again inside its own row (004 l.1008)
        }
        finishSkill()
        let m = LabourFunctionBlock.number(number)
        var f = functions.count - 1
        if functions.isEmpty || (m == 1 && !functions[f].skills.isEmpty) {
            functions.append(LabourFunction(number: nil, name: Field(value: "", location: location), location: location))
            f = functions.count - 1
            awaitingLabel = f
        } else if let m, m > 1, functions[f].skills.isEmpty, f > 0, LabourFunctionBlock.number(functions[f - 1].skills.last?.number) == m - 1 {
            f -= 1
        }
        var skill = Skill(number: number, name: name, location: location)
        skill.abilities = nil
        skill.knowledge = nil
        functions[f].skills.append(skill)
        current = (f, functions[f].skills.count - 1)
        skillOpen = true
        lastContent = nil
        adopted.removeAll()
        for kind in [ListKind.abilities, .knowledge] {
            guard let taken = pending.removeValue(forKey: kind) else { continue }
            setListLabel(kind, taken.label)
            withParagraphs(kind) { $0 = taken.paragraphs }
            adopted.insert(kind)
            lastContent = .list(kind)
        }
        return .skillName
    }

    mutating func listLabel(_ kind: ListKind, label: Field, value: (SourceText, Range<Int>)?) -> CardBuilder.Target {
        if skillOpen, current != nil, adopted.contains(kind) {
            // the skill's own label: what it took from a label above was not its own
            adopted.remove(kind)
            strayText.append(kind == .abilities ? functions[current!.f].skills[current!.s].abilitiesLabel! : functions[current!.f].skills[current!.s].knowledgeLabel!)
            strayText += fields(paragraphs(kind))
            withParagraphs(kind) { $0 = [] }
        }
        if skillOpen, current != nil, !hasList(kind) {
            setListLabel(kind, label)
            if let value { withParagraphs(kind) { $0.append(value) } }
            lastContent = .list(kind)
            return .list(kind)
        }
        if let earlier = pending[kind] { strayText += fields(earlier.paragraphs) }
        pending[kind] = (label, value.map { [$0] } ?? [])
        return .pendingList(kind)
    }

    mutating func recognition(_ value: Field) -> CardBuilder.Target {
        guard skillOpen, let current, functions[current.f].skills[current.s].recognition == nil else {
            // a second recognition for the skill: the previous skill's, when that one has none (rows shifted)
            if let previous = previousSkill, functions[previous.f].skills[previous.s].recognition == nil, current != nil,
               functions[current!.f].skills[current!.s].recognition?.isEmpty == false {
                functions[previous.f].skills[previous.s].recognition = value
            } else if !value.isEmpty {
                strayText.append(value)
            }
            return .none
        }
        functions[current.f].skills[current.s].recognition = value
        lastContent = .recognition
        return .recognition
    }

    // MARK: text

    mutating func appendToFunctionName(_ field: Field) {
        guard let f = functions.indices.last else { return strayText.append(field) }
        functions[f].name.append(field)
    }

    mutating func appendToSkillName(_ field: Field) {
        guard let current else { return strayText.append(field) }
        functions[current.f].skills[current.s].name.append(field)
    }

    /// Text after the skill's own cell: the content read last for the skill continues.
    mutating func continueContent(_ text: SourceText, _ range: Range<Int>, _ field: Field) -> Bool {
        switch lastContent {
        case .list(let kind): appendList(kind, text, range)
        case .recognition: appendRecognition(field)
        default: return false
        }
        return true
    }

    mutating func appendList(_ kind: ListKind, _ text: SourceText, _ range: Range<Int>) {
        if skillOpen { withParagraphs(kind) { $0.append((text, range)) } } else { strayText += fields([(text, range)]) }
    }

    /// Whether the current skill's `kind` list has items already.
    func hasItems(_ kind: ListKind) -> Bool { hasList(kind) }

    mutating func appendPending(_ kind: ListKind, _ text: SourceText, _ range: Range<Int>) {
        pending[kind]?.paragraphs.append((text, range))
    }

    mutating func appendRecognition(_ field: Field) {
        guard skillOpen, let current else { return strayText.append(field) }
        if functions[current.f].skills[current.s].recognition == nil { functions[current.f].skills[current.s].recognition = field }
        else { functions[current.f].skills[current.s].recognition!.append(field) }
    }

    // MARK: repairs (P2)

    /// Folded recognition values (`Не рекомендуется`, `Ұсынылмайды` …): a closed vocabulary.
    static let recognitionValues: Set<[UInt32]> = Set(["не рекомендуется", "рекомендуется", "ұсынылмайды", "ұсынылады"].map(LabelFolding.canonical))
    static let longestRecognitionValue = 40
    static let recognitionFirstLetters = Set(recognitionValues.compactMap(\.first))

    /// A recognition value away from its label (the row spans shifted it, or the label was lost):
    /// it fills the current skill's recognition label left empty, else the previous skill's,
    /// else it is the current skill's recognition when the skill has no label at all.
    mutating func adoptRecognitionValue(_ field: Field) -> Bool {
        guard let current, field.value.utf8.count <= LabourFunctionBlock.longestRecognitionValue,
              let first = field.value.unicodeScalars.first, LabourFunctionBlock.recognitionFirstLetters.contains(LabelFolding.fold(first.value))
        else { return false }
        var folded = LabelFolding.canonical(field.value)
        if folded.last == 0x2E { folded.removeLast() }
        guard LabourFunctionBlock.recognitionValues.contains(folded) else { return false }
        for (f, s) in [current] + (previousSkill.map { [$0] } ?? []) where functions[f].skills[s].recognition?.isEmpty == true {
            let clause = functions[f].skills[s].recognition!.location.clause
            functions[f].skills[s].recognition = field
            functions[f].skills[s].recognition!.location.clause = clause
            return true
        }
        guard skillOpen, functions[current.f].skills[current.s].recognition == nil else { return false }
        functions[current.f].skills[current.s].recognition = field
        return true
    }

    /// The skill before the current one in reading order.
    private var previousSkill: (f: Int, s: Int)? {
        guard let current else { return nil }
        if current.s > 0 { return (current.f, current.s - 1) }
        guard let f = functions[..<current.f].lastIndex(where: { !$0.skills.isEmpty }) else { return nil }
        return (f, functions[f].skills.count - 1)
    }

    var currentFunctionName: Field? { functions.last?.name }
    var currentSkillHasEmptyName: Bool { current.map { functions[$0.f].skills[$0.s].name.isEmpty } ?? false }

    mutating func setFunctionName(_ field: Field) { functions[functions.count - 1].name = field }

    mutating func extendFunctionName(_ field: Field) { functions[functions.count - 1].name.value += " " + field.value }

    mutating func setSkillName(_ field: Field) {
        guard let current else { return }
        functions[current.f].skills[current.s].name = field
    }

    // MARK: finishing

    private func paragraphs(_ kind: ListKind) -> [(SourceText, Range<Int>)] {
        kind == .abilities ? abilityParagraphs : knowledgeParagraphs
    }

    private mutating func withParagraphs<R>(_ kind: ListKind, _ body: (inout [(SourceText, Range<Int>)]) -> R) -> R {
        kind == .abilities ? body(&abilityParagraphs) : body(&knowledgeParagraphs)
    }

    /// The current skill already has content in this list (a label printed again before any
    /// content continues the same list).
    private func hasList(_ kind: ListKind) -> Bool {
        !paragraphs(kind).isEmpty
    }

    private mutating func setListLabel(_ kind: ListKind, _ label: Field) {
        guard let current else { return }
        if kind == .abilities { functions[current.f].skills[current.s].abilitiesLabel = label }
        else { functions[current.f].skills[current.s].knowledgeLabel = label }
    }

    private func fields(_ paragraphs: [(SourceText, Range<Int>)]) -> [Field] {
        paragraphs.map { $0.0.field($0.1, clause: clause) }.filter { !$0.isEmpty }
    }

    /// Closes the current skill's lists (once).
    mutating func finishSkill() {
        guard skillOpen, let current else { return }
        skillOpen = false
        lastContent = nil
        adopted.removeAll()
        var abilities = abilityParagraphs, knowledge = knowledgeParagraphs
        abilityParagraphs = []
        knowledgeParagraphs = []
        // in place: a copy of the skill would retain each of its strings
        LabourFunctionBlock.closeLists(of: &functions[current.f].skills[current.s], abilities: &abilities, knowledge: &knowledge, clause: clause)
    }

    private static func closeLists(of skill: inout Skill, abilities: inout [(SourceText, Range<Int>)], knowledge: inout [(SourceText, Range<Int>)],
                                   clause: String?) {
        // `… безопасности  Рекомендуется`: the recognition value glued to the end of a list (004 l.1151)
        if skill.recognition?.isEmpty == true {
            if let (value, rest) = LabourFunctionBlock.trailingRecognition(knowledge.last, clause: clause) {
                skill.recognition = value
                knowledge[knowledge.count - 1].1 = rest
            } else if knowledge.isEmpty, let (value, rest) = LabourFunctionBlock.trailingRecognition(abilities.last, clause: clause) {
                skill.recognition = value
                abilities[abilities.count - 1].1 = rest
            }
        }
        if skill.abilitiesLabel != nil || !abilities.isEmpty { skill.abilities = ListParsing.items(abilities, clause: clause) }
        if skill.knowledgeLabel != nil || !knowledge.isEmpty { skill.knowledge = ListParsing.items(knowledge, clause: clause) }
    }

    /// A recognition value after two or more spaces at the end of a list paragraph: the value and
    /// the paragraph's range without it.
    static func trailingRecognition(_ paragraph: (SourceText, Range<Int>)?, clause: String?) -> (Field, Range<Int>)? {
        guard let (text, range) = paragraph else { return nil }
        let gap: Int? = UTF8Bytes.with(text.text) { b in
            var i = range.upperBound - 1
            while i > range.lowerBound + 1 {
                if b[i] == 0x20, b[i - 1] == 0x20 { return i }
                i -= 1
            }
            return nil
        }
        guard let gap, range.upperBound - gap <= longestRecognitionValue else { return nil }
        let value = text.field(gap..<range.upperBound, clause: clause)
        var folded = LabelFolding.canonical(value.value)
        if folded.last == 0x2E { folded.removeLast() }
        guard recognitionValues.contains(folded) else { return nil }
        return (value, range.lowerBound..<(gap - 1))
    }

    /// Closes the block: list labels that never met their skill become stray text.
    mutating func finish() {
        finishSkill()
        for kind in [ListKind.abilities, .knowledge] {
            guard let left = pending.removeValue(forKey: kind) else { continue }
            strayText.append(left.label)
            strayText += fields(left.paragraphs)
        }
    }
}
