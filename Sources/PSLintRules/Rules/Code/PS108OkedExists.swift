import PSLintCore

/// PS108 oked-exists: every ОКЭД code of paragraph 6 is in the shipped classifier edition.
/// Older standards cite older editions, so a miss is a warning that names the edition.
struct PS108OkedExists: Rule {
    static let id = "PS108"

    func check(_ context: RuleContext) -> [Diagnostic] {
        let oked = ReferenceData.oked
        return (context.standard.passport.oked ?? []).compactMap { entry in
            let code = CodeFormats.clean(entry.code.value)
            guard CodeFormats.okedLevel(code) != nil, !oked.contains(code) else { return nil }
            return context.report("unknown", ["code": .string(code), "edition": .string(oked.edition)], at: entry.code.location)
        }
    }
}
