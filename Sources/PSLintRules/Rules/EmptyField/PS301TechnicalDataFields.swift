import PSLintCore

/// PS301 techdata-fields: the paragraphs of chapter 4 are there; those not named by the
/// parameter `may-be-empty` (dates filled in on approval) are filled.
struct PS301TechnicalDataFields: Rule {
    static let id = "PS301"

    func check(_ context: RuleContext) -> [Diagnostic] {
        let data = context.standard.technicalData
        let mayBeEmpty = Set(context.strings("may-be-empty"))
        let chapter = context.standard.chapters.first { $0.number.value.trimmingWhitespace == "4" }
        let at = chapter?.location ?? context.standard.title?.location ?? context.standard.location
        let fields: [(String, Field?)] = [
            ("stateBody", data.stateBody), ("developers", data.developers), ("sectoralCouncil", data.sectoralCouncil),
            ("nationalBody", data.nationalBody), ("atameken", data.atameken), ("version", data.version), ("reviewDate", data.reviewDate),
        ]
        var findings: [Diagnostic] = []
        for (name, field) in fields {
            let arguments: [String: MessageArgument] = ["field": .string(context.text(name))]
            guard let field else {
                findings.append(context.report("absent", arguments, at: at, field: name))
                continue
            }
            if field.isEmpty && !mayBeEmpty.contains(name) {
                findings.append(context.report("empty", arguments, at: field.location, field: name))
            }
        }
        return findings
    }
}
