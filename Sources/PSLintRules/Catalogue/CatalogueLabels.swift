import PSLintCore

/// The fixed words of `pslint rules` output, in the three languages.
enum CatalogueLabels {
    case rule, family, severity, draft, submission, messages, parameters, defaultValue
    case badExamples, goodExamples, exemptExamples, documentation, ruleCount

    func text(_ language: MessageLanguage) -> String {
        switch (self, language) {
        case (.rule, .en): return "Rule"
        case (.rule, .ru): return "Правило"
        case (.rule, .kk): return "Ереже"
        case (.family, .en): return "Family"
        case (.family, .ru): return "Семейство"
        case (.family, .kk): return "Топ"
        case (.severity, .en): return "Severity"
        case (.severity, .ru): return "Важность"
        case (.severity, .kk): return "Маңыздылығы"
        case (.draft, .en): return "draft"
        case (.draft, .ru): return "проект"
        case (.draft, .kk): return "жоба"
        case (.submission, .en): return "submission"
        case (.submission, .ru): return "подача"
        case (.submission, .kk): return "ұсыну"
        case (.messages, .en): return "Messages"
        case (.messages, .ru): return "Сообщения"
        case (.messages, .kk): return "Хабарламалар"
        case (.parameters, .en): return "Parameters"
        case (.parameters, .ru): return "Параметры"
        case (.parameters, .kk): return "Параметрлер"
        case (.defaultValue, .en): return "default"
        case (.defaultValue, .ru): return "по умолчанию"
        case (.defaultValue, .kk): return "әдепкі мәні"
        case (.badExamples, .en): return "Triggers on"
        case (.badExamples, .ru): return "Срабатывает на"
        case (.badExamples, .kk): return "Іске қосылатын мысалдар"
        case (.goodExamples, .en): return "Does not trigger on"
        case (.goodExamples, .ru): return "Не срабатывает на"
        case (.goodExamples, .kk): return "Іске қосылмайтын мысалдар"
        case (.exemptExamples, .en): return "Exempt"
        case (.exemptExamples, .ru): return "Исключения"
        case (.exemptExamples, .kk): return "Ерекшеліктер"
        case (.documentation, .en): return "Documentation"
        case (.documentation, .ru): return "Документация"
        case (.documentation, .kk): return "Құжаттама"
        case (.ruleCount, .en): return "Rules"
        case (.ruleCount, .ru): return "Правил в каталоге"
        case (.ruleCount, .kk): return "Каталогтағы ережелер саны"
        }
    }
}
