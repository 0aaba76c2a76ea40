import PSLintCore

/// PS103 ps-code-format: the standard code is `J62011053` (section letter, ОКЭД subclass,
/// serial) or the short `J058`. An empty code is allowed in the draft profile (the platform
/// assigns it) and an error in submission. Cyrillic look-alikes are PS406's.
struct PS103CodeFormat: Rule {
    static let id = "PS103"

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let code = context.standard.code else { return [] }  // PS101: paragraph 5 absent
        let value = CodeFormats.clean(code.value)
        if value.isEmpty {
            return context.profile == .submission ? [context.report("empty", at: code.location, field: "code")] : []
        }
        guard CodeFormats.cyrillicLetters(in: value).isEmpty, CodeFormats.standardCode(value) == nil else { return [] }
        return [context.report("malformed", ["code": .string(value)], at: code.location)]
    }
}
