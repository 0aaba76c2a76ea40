/// Every Kazakh and Russian label variant pslint recognises (structure.md §1, §2.1), in one place.
///
/// Variants are written as printed; matching is case-insensitive, tolerant of white space
/// (runs of spaces, a space before the colon, spaces around hyphens) and of Latin/Cyrillic
/// look-alikes. A variant ending in `#` takes a number: `Навык #:` matches `Навык 2:`.
public enum Label: String, Sendable, CaseIterable {
    // Chapter 1–2 items (paragraphs 1–8)
    case scope, terms, abbreviations, standardName, standardCode, oked, description, cardList
    // Card fields
    case groupCode, occupationCode, professionName, orkLevel, orkSublevel, etksLevel
    case education, educationLevel, specialty, qualification
    case experience, nonFormalEducation, otherNames, mainGoal
    case functionsHeader, functionsList, mandatoryFunctions, additionalFunctions
    case labourFunction, additionalLabourFunction, skill, abilities, knowledge, recognition
    case personalCompetences, regulations, links, linkLevel
    // Chapter 4 items
    case stateBody, developers, sectoralCouncil, nationalBody, atameken, version, reviewDate
    // Sub-items of the developers paragraph (kept inside its value)
    case projectLead, email, phone, executors
}

public struct LabelVariant: Sendable {
    public var label: Label
    public var text: String
    public var language: DocumentLanguage
    /// The label may stand inside a cell after other text (`Умения: 1. … Знания: 1. …`, P5).
    public var inline: Bool
}

public enum LabelTable {
    static func v(_ label: Label, _ language: DocumentLanguage, _ inline: Bool = false, _ texts: String...) -> [LabelVariant] {
        texts.map { LabelVariant(label: label, text: $0, language: language, inline: inline) }
    }

    public static let variants: [LabelVariant] = [
        v(.scope, .ru, false, "Область применения профессионального стандарта:"),
        v(.scope, .kk, false, "Кәсіптік стандарттың қолдану аясы:", "Кәсіптік стандарттың қолданылу аясы:", "Кәсіптік стандарттың қолданылу саласы:"),
        v(.terms, .ru, false, "В настоящем профессиональном стандарте применяются следующие термины и определения:"),
        v(.terms, .kk, false, "Осы кәсіптік стандартта мынадай терминдер, анықтамалар мен қысқартулар қолданылады:",
          "Осы кәсіптік стандартта мынадай терминдер мен анықтамалар қолданылады:",
          "Осы кәсіптік стандартта мынадай терминдер және анықтамалар қолданылады:"),
        v(.abbreviations, .ru, false, "В настоящем профессиональном стандарте применяются следующие сокращения:"),
        v(.abbreviations, .kk, false, "Осы кәсіптік стандартта мынадай қысқартулар қолданылады:"),
        v(.standardName, .ru, false, "Название профессионального стандарта:", "Наименование профессионального стандарта:"),
        v(.standardName, .kk, false, "Кәсіптік стандарттың атауы:"),
        v(.standardCode, .ru, false, "Код профессионального стандарта:"),
        v(.standardCode, .kk, false, "Кәсіптік стандарттың коды:"),
        v(.oked, .ru, false, "Указание секции, раздела, группы, класса и подкласса согласно ОКЭД:"),
        v(.oked, .kk, false, "ЭҚЖЖ секциясын, бөлімін, тобын, сыныбын және кіші сыныбын көрсету:"),
        v(.description, .ru, false, "Краткое описание профессионального стандарта:"),
        v(.description, .kk, false, "Кәсіптік стандарттың қысқаша сипаттамасы:"),
        v(.cardList, .ru, false, "Перечень карточек профессий:"),
        v(.cardList, .kk, false, "Кәсіптер карточкаларының тізімі:", "Кәсіптер карточкаларының тізбесі:"),

        v(.groupCode, .ru, false, "Код группы:"),
        v(.groupCode, .kk, false, "Топтың коды:"),
        v(.occupationCode, .ru, false, "Код наименования занятия:"),
        v(.occupationCode, .kk, false, "Қызмет атауының коды:"),
        v(.professionName, .ru, true, "Наименование профессии:"),
        v(.professionName, .kk, true, "Кәсіптің атауы:"),
        v(.orkLevel, .ru, false, "Уровень квалификации по ОРК:"),
        v(.orkLevel, .kk, false, "СБШ бойынша біліктілік деңгейі:"),
        v(.orkSublevel, .ru, false, "подуровень квалификации по ОРК:"),
        v(.orkSublevel, .kk, false, "СБШ бойынша біліктілік ішкі деңгейі:"),
        v(.etksLevel, .ru, false, "Уровень квалификации по ЕТКС, КС и др типовых квалификационных характеристик:",
          "Уровень квалификации по ЕТКС, КС и других типовых квалификационных характеристик:"),
        v(.etksLevel, .kk, false, "БТБА, БА, үлгілік біліктілік сипаттамалары бойынша біліктілік деңгейі:"),
        v(.education, .ru, false, "Уровень профессионального образования:"),
        v(.education, .kk, false, "Кәсіптік білім деңгейі:"),
        v(.educationLevel, .ru, true, "Уровень образования:"),
        v(.educationLevel, .kk, true, "Білім деңгейі:"),
        v(.specialty, .ru, true, "Специальность:"),
        v(.specialty, .kk, true, "Мамандық:"),
        v(.qualification, .ru, true, "Квалификация:"),
        v(.qualification, .kk, true, "Біліктілік:"),
        v(.experience, .ru, false, "Требования к опыту работы:"),
        v(.experience, .kk, false, "Жұмыс тәжірибесіне қойылатын талаптар:"),
        v(.nonFormalEducation, .ru, false, "Связь с неформальным и информальным образованием:"),
        v(.nonFormalEducation, .kk, false, "Формалды емес және информалы біліммен байланыс:", "Формалды емес және информалды біліммен байланыс:",
          "Формалды емес және информативті біліммен байланыс:"),
        v(.otherNames, .ru, false, "Другие возможные наименования профессии:"),
        v(.otherNames, .kk, false, "Кәсіптің басқа ықтимал атаулары:"),
        v(.mainGoal, .ru, false, "Основная цель деятельности:"),
        v(.mainGoal, .kk, false, "Қызметтің негізгі мақсаты:"),
        v(.functionsHeader, .ru, false, "Описание трудовых функций"),
        v(.functionsHeader, .kk, false, "Еңбек функциялардың сипаттамасы", "Еңбек функцияларының сипаттамасы"),
        v(.functionsList, .ru, false, "Перечень трудовых функций:"),
        v(.functionsList, .kk, false, "Еңбек функцияларының тізбесі:", "Еңбек функцияларының тізімі:"),
        v(.mandatoryFunctions, .ru, true, "Обязательные трудовые функции:"),
        v(.mandatoryFunctions, .kk, true, "Міндетті еңбек функциялары:"),
        v(.additionalFunctions, .ru, true, "Дополнительные трудовые функции:"),
        v(.additionalFunctions, .kk, true, "Қосымша еңбек функциялары:"),
        v(.labourFunction, .ru, true, "Трудовая функция #:"),
        v(.labourFunction, .kk, true, "Еңбек функциясы #:"),
        v(.additionalLabourFunction, .ru, true, "Дополнительная трудовая функция #:"),
        v(.additionalLabourFunction, .kk, true, "Қосымша еңбек функциясы #:"),
        v(.skill, .ru, true, "Навык #:"),
        v(.skill, .kk, true, "Дағды #:"),
        v(.abilities, .ru, true, "Умения:"),
        v(.abilities, .kk, true, "Машықтар:"),
        v(.knowledge, .ru, true, "Знания:"),
        v(.knowledge, .kk, true, "Білімдер:"),
        v(.recognition, .ru, true, "Возможность признания навыка:"),
        v(.recognition, .kk, true, "Дағдыны тану мүмкіндігі:"),
        v(.personalCompetences, .ru, false, "Требования к личностным компетенциям:", "Требования к личным компетенциям:"),
        v(.personalCompetences, .kk, false, "Жеке құзыреттерге қойылатын талаптар:"),
        v(.regulations, .ru, false, "Список технических регламентов и национальных стандартов:"),
        v(.regulations, .kk, false, "Техникалық регламенттер мен ұлттық стандарттардың тізімі:"),
        v(.links, .ru, false, "Связь с другими профессиями в рамках ОРК:"),
        v(.links, .kk, false, "СБШ-нің ішіндегі басқа кәсіптермен байланыс:", "СБШ шеңберінде басқа кәсіптермен байланыс:"),
        v(.linkLevel, .ru, true, "Уровень ОРК:"),
        v(.linkLevel, .kk, true, "СБШ-нің деңгейі:", "СБШ деңгейі:"),

        v(.stateBody, .ru, false, "Наименование государственного органа:"),
        v(.stateBody, .kk, false, "Мемлекеттік органның атауы:"),
        v(.developers, .ru, false, "Организации (предприятия) участвующие в разработке:", "Организации (предприятия), участвующие в разработке:"),
        v(.developers, .kk, false, "Әзірлеуге қатысатын ұйымдар (кәсіпорындар):", "Өзірлеуге қатысатын ұйымдар (кәсіпорындар):"),
        v(.sectoralCouncil, .ru, false, "Отраслевой совет по профессиональным квалификациям:"),
        v(.sectoralCouncil, .kk, false, "Кәсіптік біліктілік жөніндегі салалық кеңес:"),
        v(.nationalBody, .ru, false, "Национальный орган по профессиональным квалификациям:"),
        v(.nationalBody, .kk, false, "Кәсіптік біліктілік жөніндегі ұлттық орган:"),
        v(.atameken, .ru, false, "Национальная палата предпринимателей Республики Казахстан \"Атамекен\":"),
        v(.atameken, .kk, false, "\"Атамекен\" Қазақстан Республикасының Ұлттық кәсіпкерлер палатасы:"),
        v(.version, .ru, false, "Номер версии и год выпуска:"),
        v(.version, .kk, false, "Нұсқа нөмірі және шығарылған жылы:"),
        v(.reviewDate, .ru, false, "Дата ориентировочного пересмотра:"),
        v(.reviewDate, .kk, false, "Болжамды қайта қарау күні:", "Бағдарлы қайта қарау күні:"),
        v(.projectLead, .ru, false, "Руководитель проекта:"),
        v(.projectLead, .kk, false, "Жоба жетекшісі:"),
        v(.email, .ru, false, "E-mail:"),
        v(.email, .kk, false, "E-mail:"),
        v(.phone, .ru, false, "Номер телефона:"),
        v(.phone, .kk, false, "Телефон нөмірі:"),
        v(.executors, .ru, false, "Исполнители:", "Исполнитель:"),
        v(.executors, .kk, false, "Орындаушы(лар):", "Орындаушылар:", "Орындаушы:"),
    ].flatMap { $0 }

    /// The items of chapters 1, 2 and 4 (they are numbered paragraphs).
    public static let paragraphLabels: Set<Label> = [
        .scope, .terms, .abbreviations, .standardName, .standardCode, .oked, .description, .cardList,
        .stateBody, .developers, .sectoralCouncil, .nationalBody, .atameken, .version, .reviewDate,
    ]
    public static let chapter4Labels: Set<Label> = [.stateBody, .developers, .sectoralCouncil, .nationalBody, .atameken, .version, .reviewDate]

    /// Chapter headings: words that follow the number (`N-тарау`, `N-ші тарау`) or precede it (`Глава N`).
    public static let chapterWordBefore = ["глава"]
    public static let chapterWordAfter = ["тарау"]
    /// Title line openings (before the quoted name).
    public static let titleOpenings: [(String, DocumentLanguage)] = [("профессиональный стандарт", .ru), ("кәсіптік стандарт", .kk)]
    /// Card heading words (after the number, before the quoted name).
    public static let cardHeadings: [(String, DocumentLanguage)] = [("карточка профессии", .ru), ("кәсіптің карточкасы", .kk)]
    /// Appendix markers (`Приложение 9`, `9-қосымша`).
    public static let appendixBefore = ["приложение"]
    public static let appendixAfter = ["қосымша"]
    /// Level words in paragraph-8 items (`- 6 уровень ОРК`, `- 6 СБШ-нің деңгейі`, `- СБШ-нің 4-деңгейі`).
    public static let levelWords = ["уровень", "орк", "деңгей", "сбш"]
}
