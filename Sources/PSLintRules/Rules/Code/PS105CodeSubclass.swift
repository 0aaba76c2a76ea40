import PSLintCore

/// PS105 ps-code-subclass: the five digits after the letter of a long standard code are an
/// ОКЭД subclass of paragraph 6 (`J62011053` ↔ `62.01.1`). Short codes carry no subclass.
struct PS105CodeSubclass: Rule {
    static let id = "PS105"

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let code = context.standard.code, case .long(_, let subclass, _)? = CodeFormats.standardCode(code.value) else { return [] }
        let subclasses = (context.standard.passport.oked ?? []).filter { CodeFormats.okedLevel($0.code.value) == .subclass }
        guard !subclasses.isEmpty, !subclasses.contains(where: { CodeFormats.okedDigits($0.code.value) == subclass }) else { return [] }
        let printed = subclass.prefix(2) + "." + subclass.dropFirst(2).prefix(2) + "." + subclass.suffix(1)
        return [context.report("differs", ["code": .string(CodeFormats.clean(code.value)), "subclass": .string(String(printed)),
                                           "subclasses": .string(subclasses.map { CodeFormats.clean($0.code.value) }.joined(separator: ", "))],
                               at: code.location)]
    }
}
