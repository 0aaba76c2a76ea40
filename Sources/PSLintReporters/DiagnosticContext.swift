import PSLintCore

/// The human-readable pieces every report shows around a message: where it is, which standard
/// and card it concerns, and the detail lines (field, suggestion, fix).
struct DiagnosticContext {
    let words: ReportWords

    init(_ language: MessageLanguage) { words = ReportWords(language) }

    /// `in J062 «Title», clause 12, card 3 «Name» (level 6)`; nil when the diagnostic names
    /// neither a standard nor a card nor a clause.
    /// `compact` leaves out the clause and the leading "in".
    func where_(_ d: Diagnostic, compact: Bool = false) -> String? {
        var parts: [String] = []
        if let standard = d.standard {
            parts.append(words.standard(code: standard.code, index: standard.index, title: standard.title, compact: compact))
        }
        if !compact, let clause = d.location.clause, !clause.isEmpty { parts.append(words.clause(clause)) }
        if let card = d.card { parts.append(self.card(card)) }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// `card 3 «Name» (level 6)`.
    func card(_ card: CardReference) -> String {
        var text = words.card(card.index)
        if !card.name.isEmpty { text += " «\(card.name)»" }
        if let level = card.level, !level.isEmpty { text += " (\(words.level(level)))" }
        return text
    }

    /// The lines under a finding: where, field, suggestion, fix (each line without indentation).
    func detailLines(_ d: Diagnostic, includeLocation: Bool, includeField: Bool) -> [String] {
        var lines: [String] = []
        if includeLocation {
            let place = d.location.humanDescription
            if !place.isEmpty { lines.append("\(words.location): \(place)") }
        }
        if let context = where_(d) { lines.append(context) }
        if includeField, let field = d.field, !field.isEmpty { lines.append("\(words.field): \(field)") }
        if let suggestion = d.suggestion, !suggestion.isEmpty { lines.append("\(words.suggestion): \(suggestion)") }
        if let fix = d.fix { lines.append("\(words.fix): \(fix.description)") }
        return lines
    }
}

extension Diagnostic {
    /// `[PS207 ork-level-range]`.
    var tag: String { "[\(ruleID) \(ruleName)]" }
    /// `PS207 ork-level-range`.
    var title: String { "\(ruleID) \(ruleName)" }
}

/// Makes text safe for one line of terminal or log output: line breaks and TABs become spaces,
/// other control characters (C0, DEL, C1 — which a terminal may execute) become U+FFFD.
/// Works on UTF-8 bytes.
func oneLine(_ text: String) -> String {
    var needsWork = false
    for byte in text.utf8 where byte < 0x20 || byte == 0x7F || byte == 0xC2 {
        needsWork = true
        break
    }
    if !needsWork { return text }
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 8)
    let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
    var i = 0
    while i < bytes.count {
        let byte = bytes[i]
        if byte == 0x0A || byte == 0x0D || byte == 0x09 {
            // CR LF counts once
            if byte == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            out.append(0x20)
        } else if byte < 0x20 || byte == 0x7F {
            out.append(contentsOf: replacement)
        } else if byte == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
            out.append(contentsOf: replacement)
            i += 1
        } else {
            out.append(byte)
        }
        i += 1
    }
    return String(decoding: out, as: UTF8.self)
}
