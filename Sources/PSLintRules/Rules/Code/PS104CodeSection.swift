import PSLintCore

/// PS104 ps-code-section: the standard code's letter is the ОКЭД section of paragraph 6.
struct PS104CodeSection: Rule {
    static let id = "PS104"

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let code = context.standard.code, let parsed = CodeFormats.standardCode(code.value) else { return [] }
        let letter: String
        switch parsed {
        case .long(let section, _, _), .short(let section, _): letter = section
        }
        let sections = (context.standard.passport.oked ?? []).map { CodeFormats.clean($0.code.value) }
            .filter { CodeFormats.okedLevel($0) == .section }
        guard !sections.isEmpty, !sections.contains(letter) else { return [] }
        return [context.report("differs", ["code": .string(CodeFormats.clean(code.value)), "letter": .string(letter),
                                           "sections": .string(sections.joined(separator: ", "))], at: code.location)]
    }
}
