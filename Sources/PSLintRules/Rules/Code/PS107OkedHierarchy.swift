import PSLintCore

/// PS107 oked-hierarchy: each ОКЭД block of paragraph 6 is a chain — the division lies in its
/// section's range (J = 58–63) and every lower code starts with the one above it.
/// A block starts at a section letter, or where a code is not below the one before it.
struct PS107OkedHierarchy: Rule {
    static let id = "PS107"

    func check(_ context: RuleContext) -> [Diagnostic] {
        let oked = ReferenceData.oked
        var findings: [Diagnostic] = []
        var section: String?
        var parent: (code: String, level: CodeFormats.OkedLevel)?
        for entry in context.standard.passport.oked ?? [] {
            let code = CodeFormats.clean(entry.code.value)
            guard let level = CodeFormats.okedLevel(code) else {
                // A section written with a Cyrillic letter (PS406) still opens a block.
                if code.unicodeScalars.count == 1 { section = nil; parent = nil }
                continue
            }
            if let previous = parent, level <= previous.level {
                section = nil
                parent = nil
            }
            switch level {
            case .section:
                section = code
            case .division:
                if let section, let range = oked.divisions[section], let division = Int(code), !range.contains(division) {
                    var arguments: [String: MessageArgument] = ["code": .string(code), "section": .string(section),
                                                                "first": .int(range.lowerBound), "last": .int(range.upperBound)]
                    arguments["expected"] = .string(oked.section(ofDivision: division) ?? "?")
                    findings.append(context.report("divisionOutside", arguments, at: entry.code.location))
                }
            case .group, .class, .subclass:
                if let previous = parent, previous.level != .section,
                   !CodeFormats.okedDigits(code).hasPrefix(CodeFormats.okedDigits(previous.code)) {
                    findings.append(context.report("notUnder", ["code": .string(code), "parent": .string(previous.code)], at: entry.code.location))
                }
            }
            parent = (code, level)
        }
        return findings
    }
}
