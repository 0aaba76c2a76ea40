import PSLintCore

/// Diagnostics after waivers: the waived ones keep their place with `suppression` set;
/// `unmatched` holds one warning per waiver that matched nothing, located in `.pslint.yml`.
public struct WaiverResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var unmatched: [Diagnostic]
    public init(diagnostics: [Diagnostic], unmatched: [Diagnostic]) {
        self.diagnostics = diagnostics
        self.unmatched = unmatched
    }
}

extension Configuration {
    /// Rule id of the warning about a waiver that matches no finding.
    public static let unusedWaiverRuleID = "config-unused-waiver"
    /// Rule name of that warning.
    public static let unusedWaiverRuleName = "unused-waiver"

    /// Applies the waivers to every file of a run. A waived diagnostic keeps its place with
    /// `suppression = reason` (so it leaves the counts); each waiver that matched nothing in the
    /// whole run gives a `warning` located at the waiver in the configuration file.
    public func applyWaivers(to files: [FileResult], language: MessageLanguage = .en)
        -> (files: [FileResult], configurationDiagnostics: [Diagnostic]) {
        guard !waivers.isEmpty else { return (files, []) }
        var used = [Bool](repeating: false, count: waivers.count)
        var result = files
        var standards: [StandardReference] = []
        for index in result.indices {
            waive(&result[index].diagnostics, used: &used)
            standards += result[index].standards.map(\.reference)
            standards += result[index].diagnostics.compactMap(\.standard)
        }
        return (result, unusedWaiverDiagnostics(used: used, checkedStandards: standards, language: language))
    }

    /// Applies the waivers to one list of diagnostics (for callers that check one document).
    public func applyWaivers(to diagnostics: [Diagnostic], language: MessageLanguage = .en) -> WaiverResult {
        var used = [Bool](repeating: false, count: waivers.count)
        var result = diagnostics
        waive(&result, used: &used)
        return WaiverResult(diagnostics: result, unmatched: unusedWaiverDiagnostics(used: used, checkedStandards: nil, language: language))
    }

    private func waive(_ diagnostics: inout [Diagnostic], used: inout [Bool]) {
        for index in diagnostics.indices {
            guard let waiverIndex = waivers.firstIndex(where: { $0.matches(diagnostics[index]) }) else { continue }
            used[waiverIndex] = true
            if diagnostics[index].suppression == nil {
                diagnostics[index].suppression = waivers[waiverIndex].reason
            }
        }
    }

    /// One warning per unused waiver. `checkedStandards` (nil when unknown) lets the message say
    /// when no checked standard has the waiver's code or title — usually a typo in `standard`.
    private func unusedWaiverDiagnostics(used: [Bool], checkedStandards: [StandardReference]?,
                                         language: MessageLanguage) -> [Diagnostic] {
        zip(waivers, used).compactMap { waiver, wasUsed in
            guard !wasUsed else { return nil }
            let standardKnown = checkedStandards.map { $0.contains(where: waiver.matchesStandard) } ?? true
            var arguments: [String: MessageArgument] = ["rule": .string(waiver.ruleID), "standard": .string(waiver.standard)]
            if let card = waiver.card { arguments["card"] = .string(card) }
            if let level = waiver.level { arguments["level"] = .string(level) }
            if let cardIndex = waiver.cardIndex { arguments["cardIndex"] = .int(cardIndex) }
            let text = UnusedWaiverMessage(language: language)
            return Diagnostic(
                ruleID: Configuration.unusedWaiverRuleID, ruleName: Configuration.unusedWaiverRuleName,
                family: .structure, severity: .warning,
                messageID: standardKnown ? "unusedWaiver" : "unusedWaiverUnknownStandard",
                arguments: arguments,
                message: standardKnown ? text.unused(waiver) : text.unknownStandard(waiver),
                location: Location(line: waiver.line, column: waiver.column,
                                   snippet: Location.makeSnippet("rule: \(waiver.ruleID), standard: \(waiver.standard)")))
        }
    }
}

/// The unused-waiver message in the run's language; the rule id and the names stay as written.
struct UnusedWaiverMessage {
    let language: MessageLanguage

    func unused(_ waiver: Waiver) -> String {
        switch language {
        case .en: return "waiver matches no finding: \(describe(waiver))"
        case .ru: return "исключение не совпало ни с одним замечанием: \(describe(waiver))"
        case .kk: return "ерекшелік ешбір ескертуге сәйкес келмеді: \(describe(waiver))"
        }
    }

    func unknownStandard(_ waiver: Waiver) -> String {
        switch language {
        case .en:
            return "waiver matches no finding: no checked standard has the code or title «\(waiver.standard)» (\(describe(waiver)))"
        case .ru:
            return "исключение не совпало ни с одним замечанием: среди проверенных нет стандарта с кодом или названием «\(waiver.standard)» (\(describe(waiver)))"
        case .kk:
            return "ерекшелік ешбір ескертуге сәйкес келмеді: тексерілген стандарттардың ішінде коды немесе атауы «\(waiver.standard)» болатын стандарт жоқ (\(describe(waiver)))"
        }
    }

    /// `rule PS221, standard J062, card «…», level 6` in the run's language.
    func describe(_ waiver: Waiver) -> String {
        let words: (rule: String, standard: String, card: String, level: String, index: String)
        switch language {
        case .en: words = ("rule", "standard", "card", "level", "card-index")
        case .ru: words = ("правило", "стандарт", "карточка", "уровень", "порядковый номер карточки")
        case .kk: words = ("ереже", "стандарт", "карточка", "деңгей", "карточканың реттік нөмірі")
        }
        var parts = ["\(words.rule) \(waiver.ruleID)", "\(words.standard) \(waiver.standard)"]
        if let card = waiver.card { parts.append("\(words.card) «\(card)»") }
        if let level = waiver.level { parts.append("\(words.level) \(level)") }
        if let cardIndex = waiver.cardIndex { parts.append("\(words.index) \(cardIndex)") }
        return parts.joined(separator: ", ")
    }
}
