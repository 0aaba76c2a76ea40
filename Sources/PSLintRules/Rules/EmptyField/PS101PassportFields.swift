import PSLintCore

/// PS101 passport-fields: paragraphs 4–8 of the passport are there and filled. An empty code
/// is PS103's (a draft may not have one yet).
struct PS101PassportFields: Rule {
    static let id = "PS101"

    func check(_ context: RuleContext) -> [Diagnostic] {
        let passport = context.standard.passport
        let chapter = context.standard.chapters.first { $0.number.value.trimmingWhitespace == "2" }
        let at = chapter?.location ?? context.standard.title?.location ?? context.standard.location
        var findings: [Diagnostic] = []
        func absent(_ item: Int, _ field: String) {
            findings.append(context.report("absent", ["item": .int(item), "field": .string(context.text(field))], at: at, field: field))
        }
        func empty(_ item: Int, _ field: String, _ location: Location?) {
            findings.append(context.report("empty", ["item": .int(item), "field": .string(context.text(field))], at: location ?? at, field: field))
        }
        if let name = passport.name { if name.isEmpty { empty(4, "name", name.location) } } else { absent(4, "name") }
        if passport.code == nil { absent(5, "code") }
        if let oked = passport.oked { if oked.isEmpty { empty(6, "oked", passport.okedLabel?.location) } } else { absent(6, "oked") }
        if let description = passport.description { if description.isEmpty { empty(7, "description", description.location) } } else { absent(7, "description") }
        if let list = passport.cardList { if list.isEmpty { empty(8, "cardList", passport.cardListLabel?.location) } } else { absent(8, "cardList") }
        return findings
    }
}
