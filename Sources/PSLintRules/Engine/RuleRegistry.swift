import PSLintCore

/// Every rule pslint has. A test checks that each has a catalogue file and each catalogue file
/// a rule.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        // structure
        PS001ChaptersPresent.self, PS002ChapterOrder.self, PS007TitlePresent.self, PS303ReviewDate.self,
        // numbering
        PS003ParagraphNumbering.self, PS008UnnumberedParagraph.self, PS009DoubledNumber.self,
        PS114CardListNumbering.self, PS214FunctionNumbering.self, PS224CardNumbering.self,
        // list
        PS110CardListMatches.self,
        // ork-level
        PS207OrkLevelRange.self, PS208SublevelFormat.self, PS225LinkLevel.self,
        // cross-link
        PS221LinkTarget.self, PS222CardTitleVsField.self,
        // empty-field
        PS101PassportFields.self, PS201CardRequiredFields.self, PS215FunctionContent.self,
        PS301TechnicalDataFields.self, PS401TemplatePlaceholders.self,
        // code
        PS103CodeFormat.self, PS104CodeSection.self, PS105CodeSubclass.self, PS107OkedHierarchy.self, PS108OkedExists.self,
        PS202GroupCodeFormat.self, PS203OccupationCodeFormat.self, PS204OccupationInGroup.self,
        PS223CodeNameBijection.self, PS406CodeLookalike.self,
    ]

    /// The rule with this id.
    public static func rule(id: String) -> (any Rule.Type)? { all.first { $0.id == id } }
}
