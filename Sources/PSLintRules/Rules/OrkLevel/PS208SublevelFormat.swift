import PSLintCore

/// PS208 sublevel-format: an ORK sublevel, when given, is written `N.M` or `NM`, with N the
/// card's level and M a sublevel digit of the framework (1 or 2). `-` counts as not given.
struct PS208SublevelFormat: Rule {
    static let id = "PS208"

    func check(_ context: RuleContext) -> [Diagnostic] {
        let data = ReferenceData.orkLevels
        var findings: [Diagnostic] = []
        for card in context.standard.cards {
            guard let field = card.orkSublevel else { continue }
            let value = field.value.trimmingWhitespace
            guard !value.isEmpty, value != "-", value != "–", value != "—" else { continue }
            let arguments: [String: MessageArgument] = ["card": .string(card.displayName), "sublevel": .string(value)]
            guard let (level, digit) = parse(value), data.levels.contains(level), data.sublevelDigits.contains(digit) else {
                findings.append(context.report("malformed", arguments, at: field.location, card: card))
                continue
            }
            if let cardLevel = card.orkLevel?.parsed, cardLevel != level {
                findings.append(context.report("otherLevel", arguments.merging(["level": .int(cardLevel)]) { a, _ in a },
                                               at: field.location, card: card))
            }
        }
        return findings
    }

    /// `6.1` or `61` → (6, 1).
    private func parse(_ value: String) -> (Int, Int)? {
        let bytes = Array(value.utf8)
        func digit(_ b: UInt8) -> Int? { b >= 0x30 && b <= 0x39 ? Int(b - 0x30) : nil }
        if bytes.count == 3, bytes[1] == UInt8(ascii: "."), let a = digit(bytes[0]), let b = digit(bytes[2]) { return (a, b) }
        if bytes.count == 2, let a = digit(bytes[0]), let b = digit(bytes[1]) { return (a, b) }
        return nil
    }
}
