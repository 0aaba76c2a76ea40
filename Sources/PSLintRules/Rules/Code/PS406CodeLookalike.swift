import PSLintCore

/// PS406 code-lookalike: codes are written in Latin letters and digits; a Cyrillic letter in a
/// code (`Ю069`, a section `Ж` for `J`, P10) breaks every search and comparison.
struct PS406CodeLookalike: Rule {
    static let id = "PS406"

    func check(_ context: RuleContext) -> [Diagnostic] {
        let standard = context.standard
        var findings: [Diagnostic] = []
        let okedSections = (standard.passport.oked ?? []).map { CodeFormats.clean($0.code.value) }.filter { CodeFormats.okedLevel($0) == .section }

        if let field = standard.code {
            let code = CodeFormats.clean(field.value)
            let letters = CodeFormats.cyrillicLetters(in: code)
            if !letters.isEmpty {
                // The section of paragraph 6 is the likeliest intended letter.
                var candidate = Lookalikes.latin(code)
                if Set(okedSections).count == 1, let first = code.unicodeScalars.first, CodeFormats.cyrillicLetters(in: String(first)).count == 1 {
                    candidate = okedSections[0] + Lookalikes.latin(String(String.UnicodeScalarView(code.unicodeScalars.dropFirst())))
                }
                let suggestion = CodeFormats.standardCode(candidate) != nil ? context.text("didYouMean", ["candidate": .string(candidate)]) : nil
                findings.append(context.report("standardCode", ["code": .string(code), "letters": .string(Lookalikes.list(letters))],
                                               at: field.location, suggestion: suggestion))
            }
        }

        let entries = standard.passport.oked ?? []
        for (position, entry) in entries.enumerated() {
            let code = CodeFormats.clean(entry.code.value)
            let letters = CodeFormats.cyrillicLetters(in: code)
            guard !letters.isEmpty, code.unicodeScalars.count == 1 else { continue }
            // The division that follows tells which section was meant.
            var candidate: String?
            if position + 1 < entries.count, CodeFormats.okedLevel(entries[position + 1].code.value) == .division,
               let division = Int(CodeFormats.clean(entries[position + 1].code.value)) {
                candidate = ReferenceData.oked.section(ofDivision: division)
            }
            let suggestion = candidate.map { context.text("didYouMean", ["candidate": .string($0)]) }
            findings.append(context.report("okedSection", ["code": .string(code)], at: entry.code.location, suggestion: suggestion))
        }

        for card in standard.cards {
            for field in [card.groupCode, card.occupationCode].compactMap({ $0 }) {
                let code = field.value.trimmingWhitespace
                let letters = CodeFormats.cyrillicLetters(in: code)
                guard !letters.isEmpty else { continue }
                let candidate = Lookalikes.latin(code)
                let valid = CodeFormats.isGroupCode(candidate) || CodeFormats.isOccupationCode(candidate)
                findings.append(context.report("cardCode", ["code": .string(code), "card": .string(card.displayName), "letters": .string(Lookalikes.list(letters))],
                                               at: field.location, card: card,
                                               suggestion: valid ? context.text("didYouMean", ["candidate": .string(candidate)]) : nil))
            }
        }
        return findings
    }
}
