import PSLintCore

/// The words reports print around the findings, in the run's language.
///
/// Severity words (`error`, `warning`, `info`) and `[PS207 name]` tags are not here: they stay
/// English so that tools can parse the lines. Counts are printed as `label: N` in Russian and
/// Kazakh, which needs no plural forms (Russian would need one/few/many after a number).
struct ReportWords: Sendable {
    let language: MessageLanguage

    init(_ language: MessageLanguage) { self.language = language }

    private func pick(_ en: String, _ ru: String, _ kk: String) -> String {
        switch language {
        case .en: return en
        case .ru: return ru
        case .kk: return kk
        }
    }

    // MARK: Detail lines

    /// `in J062 «Title»`, or `in standard 2 «Title»` when the standard has no code;
    /// `compact`: `J062 «Title»` (a table column already says it is the standard).
    func standard(code: String?, index: Int, title: String?, compact: Bool = false) -> String {
        var head: String
        if let code, !code.isEmpty {
            head = compact ? code : pick("in \(code)", "стандарт \(code)", "стандарт \(code)")
        } else {
            head = compact ? pick("standard \(index)", "стандарт \(index)", "стандарт \(index)")
                : pick("in standard \(index)", "стандарт \(index)", "стандарт \(index)")
        }
        if let title, !title.isEmpty { head += " «\(title)»" }
        return head
    }

    func clause(_ number: String) -> String { pick("clause \(number)", "пункт \(number)", "тармақ \(number)") }
    func card(_ index: Int) -> String { pick("card \(index)", "карточка \(index)", "карточка \(index)") }
    func level(_ level: String) -> String { pick("level \(level)", "уровень \(level)", "деңгей \(level)") }

    var suggestion: String { pick("suggestion", "подсказка", "ұсыныс") }
    var fix: String { pick("fix", "исправление", "түзету") }
    var field: String { pick("field", "поле", "өріс") }
    var location: String { pick("location", "место", "орны") }
    var rule: String { pick("rule", "правило", "ереже") }
    var skipped: String { pick("skipped", "пропущен", "өткізілді") }
    var waived: String { pick("waived", "подавлено", "басылған") }
    var noStandardFound: String {
        pick("holds no professional standard", "не содержит профессионального стандарта", "кәсіби стандарт табылмады")
    }

    // MARK: Summary

    /// `3 errors, 5 warnings, 1 info in 2 files (38 standards, 208 cards); 4 suppressed; …`
    func summaryLine(_ c: RunSummary) -> String {
        var parts: [String]
        switch language {
        case .en:
            var line = "\(en(c.errors, "error")), \(en(c.warnings, "warning")), \(c.infos) info"
            line += " in \(en(c.files, "file")) (\(en(c.standards, "standard")), \(en(c.cards, "card")))"
            parts = [line]
            if c.suppressed > 0 { parts.append("\(c.suppressed) suppressed") }
            if c.inputErrors > 0 { parts.append(en(c.inputErrors, "input error")) }
            if c.skipped > 0 { parts.append("\(c.skipped) skipped") }
        case .ru:
            parts = ["ошибок: \(c.errors), предупреждений: \(c.warnings), сведений: \(c.infos)",
                     "файлов: \(c.files) (стандартов: \(c.standards), карточек: \(c.cards))"]
            if c.suppressed > 0 { parts.append("подавлено: \(c.suppressed)") }
            if c.inputErrors > 0 { parts.append("ошибок чтения: \(c.inputErrors)") }
            if c.skipped > 0 { parts.append("пропущено файлов: \(c.skipped)") }
        case .kk:
            parts = ["қате: \(c.errors), ескерту: \(c.warnings), ақпарат: \(c.infos)",
                     "файл: \(c.files) (стандарт: \(c.standards), карточка: \(c.cards))"]
            if c.suppressed > 0 { parts.append("басылған: \(c.suppressed)") }
            if c.inputErrors > 0 { parts.append("оқу қатесі: \(c.inputErrors)") }
            if c.skipped > 0 { parts.append("өткізілген файл: \(c.skipped)") }
        }
        return parts.joined(separator: "; ")
    }

    private func en(_ count: Int, _ noun: String) -> String { count == 1 ? "1 \(noun)" : "\(count) \(noun)s" }

    // MARK: Markdown

    var family: String { pick("Family", "Семейство правил", "Ережелер тобы") }
    var errors: String { pick("Errors", "Ошибки", "Қателер") }
    var warnings: String { pick("Warnings", "Предупреждения", "Ескертулер") }
    var infos: String { pick("Info", "Сведения", "Ақпарат") }
    var total: String { pick("Total", "Итого", "Барлығы") }
    var findings: String { pick("Findings", "Замечания", "Ескертпелер") }
    var noFindings: String { pick("No findings.", "Замечаний нет.", "Ескертпелер жоқ.") }
    var file: String { pick("File", "Файл", "Файл") }
    var severity: String { pick("Severity", "Важность", "Маңыздылығы") }
    var ruleHeading: String { pick("Rule", "Правило", "Ереже") }
    var message: String { pick("Message", "Сообщение", "Хабарлама") }
    var where_: String { pick("Location", "Место", "Орны") }
    var cardHeading: String { pick("Standard and card", "Стандарт и карточка", "Стандарт және карточка") }
    var reason: String { pick("Reason", "Причина", "Себебі") }
    var waivedFindings: String { pick("Waived findings", "Подавленные замечания", "Басылған ескертпелер") }
    var inputErrors: String { pick("Input errors", "Ошибки чтения", "Оқу қателері") }
    var skippedFiles: String { pick("Skipped files", "Пропущенные файлы", "Өткізілген файлдар") }
    var errorHeading: String { pick("Error", "Ошибка", "Қате") }

    /// The note closing a report cut at GitHub's step-summary limit.
    func truncated(_ omitted: Int) -> String {
        pick("**Truncated:** \(omitted) more rows are not shown (GitHub limits a step summary to 1 MiB). "
                + "The SARIF and JUnit reports list every finding.",
             "**Отчёт сокращён:** не показано строк: \(omitted) (GitHub ограничивает сводку шага 1 МиБ). "
                + "Отчёты SARIF и JUnit содержат все замечания.",
             "**Есеп қысқартылды:** көрсетілмеген жол: \(omitted) (GitHub қадам қорытындысын 1 МиБ-пен шектейді). "
                + "SARIF және JUnit есептерінде барлық ескертпелер бар.")
    }
}
