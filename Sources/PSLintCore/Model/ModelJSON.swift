/// The `pslint dump` JSON of the parsed model (version 1). Keys may be added; these are fixed.
/// Every scalar field is `null` (absent) or `{"value", "location"}` (empty = `""`); a level may add `parsed`.
public enum ModelJSON {
    public static func field(_ field: Field?) -> JSONValue {
        guard let field else { return .null }
        return .object([("value", .string(field.value)), ("location", field.location.json)])
    }

    public static func level(_ level: LevelField?) -> JSONValue {
        guard let level else { return .null }
        var members: [(String, JSONValue)] = [("value", .string(level.value)), ("location", level.location.json)]
        if let parsed = level.parsed { members.append(("parsed", .int(parsed))) }
        return .object(members)
    }

    static func items(_ items: [ListItem]?) -> JSONValue {
        guard let items else { return .null }
        return .array(items.map { .object([("number", field($0.number)), ("text", field($0.text))]) })
    }

    public static func standard(_ s: Standard) -> JSONValue {
        .object([
            ("index", .int(s.index)),
            ("appendix", field(s.appendix)),
            ("code", field(s.code)),
            ("title", field(s.title)),
            ("language", .string(s.language.rawValue)),
            ("location", s.location.json),
            ("chapters", .array(s.chapters.map { .object([("number", field($0.number)), ("title", field($0.title))]) })),
            ("paragraphs", .array(s.paragraphs.map {
                .object([("number", field($0.number)), ("chapter", .optional($0.chapter)), ("doubled", .bool($0.isDoubled)),
                         ("automatic", .bool($0.isAutomatic)), ("text", .string(Location.makeSnippet($0.text.value)))])
            })),
            ("unnumberedParagraphs", .array(s.unnumberedParagraphs.map { field($0.text) })),
            ("passport", .object([
                ("name", field(s.passport.name)),
                ("code", field(s.passport.code)),
                ("oked", s.passport.oked.map { .array($0.map { .object([("code", field($0.code)), ("name", field($0.name))]) }) } ?? .null),
                ("description", field(s.passport.description)),
                ("cardList", s.passport.cardList.map { .array($0.map {
                    .object([("number", field($0.number)), ("name", field($0.name)), ("level", level($0.level))])
                }) } ?? .null),
            ])),
            ("cards", .array(s.cards.map(card))),
            ("technicalData", .object([
                ("stateBody", field(s.technicalData.stateBody)),
                ("developers", field(s.technicalData.developers)),
                ("sectoralCouncil", field(s.technicalData.sectoralCouncil)),
                ("nationalBody", field(s.technicalData.nationalBody)),
                ("atameken", field(s.technicalData.atameken)),
                ("version", field(s.technicalData.version)),
                ("reviewDate", field(s.technicalData.reviewDate)),
            ])),
            ("placeholders", .array(s.placeholders.map { field($0) })),
        ])
    }

    public static func card(_ c: Card) -> JSONValue {
        .object([
            ("index", .int(c.index)),
            ("number", c.number.flatMap { Int($0.value) }.map { .int($0) } ?? .null),
            ("heading", field(c.heading)),
            ("headingName", field(c.headingName)),
            ("name", field(c.name)),
            ("groupCode", field(c.groupCode)),
            ("occupationCode", field(c.occupationCode)),
            ("orkLevel", level(c.orkLevel)),
            ("orkSublevel", field(c.orkSublevel)),
            ("etksLevel", field(c.etksLevel)),
            ("education", .array(c.education.map {
                .object([("level", field($0.level)), ("specialty", field($0.specialty)), ("qualification", field($0.qualification))])
            })),
            ("experience", field(c.experience)),
            ("nonFormalEducation", field(c.nonFormalEducation)),
            ("otherNames", field(c.otherNames)),
            ("mainGoal", field(c.mainGoal)),
            ("mandatoryFunctions", items(c.mandatoryFunctions)),
            ("additionalFunctions", items(c.additionalFunctions)),
            ("labourFunctions", .array(c.labourFunctions.map { f in
                .object([
                    ("number", field(f.number)),
                    ("name", field(f.name)),
                    ("additional", .bool(f.isAdditional)),
                    ("skills", .array(f.skills.map { s in
                        .object([("number", field(s.number)), ("name", field(s.name)), ("abilities", items(s.abilities)),
                                 ("knowledge", items(s.knowledge)), ("recognition", field(s.recognition))])
                    })),
                ])
            })),
            ("personalCompetences", field(c.personalCompetences)),
            ("regulations", field(c.regulations)),
            ("links", .array(c.links.map { .object([("level", level($0.level)), ("name", field($0.name))]) })),
            ("unlabeledText", .array(c.unlabeledText.map { field($0) })),
        ])
    }

    public static func file(_ document: SourceDocument, standards: [Standard]) -> JSONValue {
        .object([
            ("path", .string(document.path)),
            ("format", .string(document.format.rawValue)),
            ("layout", .optional(document.layout?.rawValue)),
            ("notices", .array(document.notices.map { .string($0) })),
            ("standards", .array(standards.map(standard))),
        ])
    }
}
