import PSLintCore

/// PS223 code-name-bijection: within a standard one occupation code goes with one profession
/// name, and one name with one code. Names compare after `ComparisonKey`; `-` codes are skipped.
struct PS223CodeNameBijection: Rule {
    static let id = "PS223"

    func check(_ context: RuleContext) -> [Diagnostic] {
        var nameOfCode: [String: (key: String, card: Card)] = [:]
        var codeOfName: [String: (code: String, card: Card)] = [:]
        var reported: Set<String> = []
        var findings: [Diagnostic] = []
        for card in context.standard.cards {
            guard let field = card.occupationCode, CodeFormats.isOccupationCode(field.value) else { continue }
            let code = field.value.trimmingWhitespace
            let key = NameMatcher.key(card.displayName)
            guard !key.isEmpty else { continue }
            // A card whose code belongs to another name and whose name has another code has one
            // defect, a wrong code: reported once, as the name's other code.
            if let first = codeOfName[key], first.code != code {
                if reported.insert("name|\(key)|\(code)").inserted {
                    findings.append(context.report("nameTwoCodes", ["code": .string(code), "card": .string(card.displayName),
                                                                    "otherCode": .string(first.code)], at: field.location, card: card))
                }
            } else if let first = nameOfCode[code], first.key != key, reported.insert("code|\(code)|\(key)").inserted {
                findings.append(context.report("codeTwoNames", ["code": .string(code), "card": .string(card.displayName),
                                                                "other": .string(first.card.displayName)], at: field.location, card: card))
            }
            if nameOfCode[code] == nil { nameOfCode[code] = (key, card) }
            if codeOfName[key] == nil { codeOfName[key] = (code, card) }
        }
        return findings
    }
}
