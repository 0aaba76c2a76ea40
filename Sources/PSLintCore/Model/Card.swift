/// One row of the education requirement: level | specialty | qualification.
public struct EducationRow: Hashable, Sendable {
    // `Optional<…>`, not `…?`: see `ListItem.number`.
    public var level: Optional<Field>
    public var specialty: Optional<Field>
    public var qualification: Optional<Field>
    public init(level: Field? = nil, specialty: Field? = nil, qualification: Field? = nil) {
        self.level = level
        self.specialty = specialty
        self.qualification = qualification
    }
}

/// One numbered item of a list (abilities, knowledge, mandatory labour functions).
public struct ListItem: Hashable, Sendable {
    /// The number as printed (`"3"` of `3. …`), nil when the item is not numbered.
    // (`Optional<Field>`, not `Field?`: a `var` of type `Field?` starts as nil, the initialiser
    // then reassigns it, and the optimiser copies a value made that way once more.)
    public var number: Optional<Field>
    public var text: Field
    public init(number: Field?, text: Field) {
        self.number = number
        self.text = text
    }
}

/// `Навык N:` with its abilities, knowledge and recognition.
public struct Skill: Hashable, Sendable {
    public var number: Field?
    public var name: Field
    /// `nil` when the `Умения:` label is absent.
    public var abilities: [ListItem]?
    public var abilitiesLabel: Field?
    public var knowledge: [ListItem]?
    public var knowledgeLabel: Field?
    public var recognition: Field?
    public var location: Location
}

extension Skill {
    public init(number: Field?, name: Field, location: Location) {
        self.init(number: number, name: name, abilities: nil, abilitiesLabel: nil, knowledge: nil, knowledgeLabel: nil,
                  recognition: nil, location: location)
    }
}

/// `Трудовая функция N:` with its skills.
public struct LabourFunction: Hashable, Sendable {
    public var number: Field?
    public var name: Field
    public var isAdditional: Bool
    public var skills: [Skill]
    public var location: Location
}

extension LabourFunction {
    public init(number: Field?, name: Field, isAdditional: Bool = false, location: Location) {
        self.init(number: number, name: name, isAdditional: isAdditional, skills: [], location: location)
    }
}

/// One row of the link table: ORK level (as printed, may be a range or missing) and name.
public struct LinkRow: Hashable, Sendable {
    // `Optional<…>`, not `…?`: see `ListItem.number`.
    public var level: Optional<LevelField>
    public var name: Field
    public init(level: LevelField?, name: Field) {
        self.level = level
        self.name = name
    }
}

/// One profession card (chapter 3): one profession at one ORK level.
public struct Card: Hashable, Sendable {
    /// 1-based ordinal within its standard.
    public var index: Int
    /// The number printed in the heading (`"9"`), nil when the heading has none.
    public var number: Field?
    /// The name in the heading's quotes.
    public var headingName: Field?
    /// The whole heading paragraph.
    public var heading: Field
    public var groupCode: Field?
    public var occupationCode: Field?
    public var name: Field?
    public var orkLevel: LevelField?
    public var orkSublevel: Field?
    public var etksLevel: Field?
    /// The education label (`Уровень профессионального образования:`), nil when absent.
    public var educationLabel: Field?
    public var education: [EducationRow]
    public var experience: Field?
    public var nonFormalEducation: Field?
    public var otherNames: Field?
    public var mainGoal: Field?
    /// `Обязательные трудовые функции:`; nil when the label is absent.
    public var mandatoryFunctions: [ListItem]?
    public var mandatoryFunctionsLabel: Field?
    public var additionalFunctions: [ListItem]?
    public var additionalFunctionsLabel: Field?
    public var labourFunctions: [LabourFunction]
    public var personalCompetences: Field?
    public var regulations: Field?
    /// The link-table label; nil when the card has no link table.
    public var linksLabel: Field?
    public var links: [LinkRow]
    /// Text inside the card that no label claims (a damaged table's stray cells), kept so that
    /// nothing printed is lost; in reading order.
    public var unlabeledText: [Field] = []

    public init(index: Int, number: Field?, headingName: Field?, heading: Field) {
        self.index = index
        self.number = number
        self.headingName = headingName
        self.heading = heading
        self.education = []
        self.labourFunctions = []
        self.links = []
    }

    public var location: Location { heading.location }

    /// The best name for display: the name field, else the heading's name.
    public var displayName: String {
        if let name, !name.isEmpty { return name.value.trimmingWhitespace }
        return headingName?.value.trimmingWhitespace ?? ""
    }
}
