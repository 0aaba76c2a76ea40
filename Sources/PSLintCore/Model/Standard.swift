/// The language a standard is written in.
public enum DocumentLanguage: String, Sendable, Codable, CaseIterable {
    case kk, ru, en
}

/// A chapter heading (`Глава 2. …` / `2-тарау. …`).
public struct Chapter: Hashable, Sendable {
    /// The chapter number as printed (`"2"`).
    public var number: Field
    public var title: Field
    public var location: Location

    public init(number: Field, title: Field, location: Location) {
        self.number = number
        self.title = title
        self.location = location
    }
}

/// A numbered paragraph (пункт) of the standard: `4. Название…`, or a card heading `9. Карточка…`.
public struct NumberedParagraph: Hashable, Sendable {
    /// The number as printed, without the dot (`"12"`); for a doubled number `1. 1.` the first.
    public var number: Field
    /// The whole paragraph text after the number.
    public var text: Field
    /// The chapter (1–4) the paragraph sits in, when known.
    public var chapter: Int?
    /// The number is printed twice (`1. 1. …`, P11).
    public var isDoubled: Bool
    /// The number was produced by Word's automatic numbering, not typed (Word reader).
    public var isAutomatic: Bool

    public init(number: Field, text: Field, chapter: Int?, isDoubled: Bool = false, isAutomatic: Bool = false) {
        self.number = number
        self.text = text
        self.chapter = chapter
        self.isDoubled = isDoubled
        self.isAutomatic = isAutomatic
    }

    public var parsedNumber: Int? { Int(number.value) }
}

/// A paragraph that sits where a numbered paragraph is expected (a known item label such as
/// `Код профессионального стандарта:`) but carries no number (P11).
public struct UnnumberedParagraph: Hashable, Sendable {
    public var text: Field
    public var chapter: Int?
    public init(text: Field, chapter: Int?) {
        self.text = text
        self.chapter = chapter
    }
}

/// One entry of the ОКЭД block of paragraph 6: `62.01.1 Name`.
public struct OkedEntry: Hashable, Sendable {
    public var code: Field
    public var name: Field
    public init(code: Field, name: Field) {
        self.code = code
        self.name = name
    }
}

/// One item of the paragraph-8 list: `1) <name> - <level> уровень ОРК;`.
public struct CardListItem: Hashable, Sendable {
    /// The item number as printed (`"1"` of `1)`).
    // `Optional<…>`, not `…?`: see `ListItem.number`.
    public var number: Optional<Field>
    public var name: Field
    public var level: Optional<LevelField>
    public var location: Location
    public init(number: Field?, name: Field, level: LevelField?, location: Location) {
        self.number = number
        self.name = name
        self.level = level
        self.location = location
    }
}

/// Chapter 2.
public struct Passport: Hashable, Sendable {
    public var name: Field?
    public var code: Field?
    /// nil when paragraph 6 is absent.
    public var oked: [OkedEntry]?
    public var okedLabel: Field?
    public var description: Field?
    /// nil when paragraph 8 is absent.
    public var cardList: [CardListItem]?
    public var cardListLabel: Field?

    public init() {}
}

/// Chapter 4.
public struct TechnicalData: Hashable, Sendable {
    public var stateBody: Field?
    public var developers: Field?
    public var sectoralCouncil: Field?
    public var nationalBody: Field?
    public var atameken: Field?
    public var version: Field?
    public var reviewDate: Field?
    public init() {}
}

/// One professional standard.
public struct Standard: Hashable, Sendable {
    /// 1-based ordinal in the file.
    public var index: Int
    /// The appendix number of the order (`Приложение 9` / `9-қосымша`), when the file is an order.
    public var appendix: Field?
    /// The title line, the name inside quotes.
    public var title: Field?
    public var language: DocumentLanguage
    public var chapters: [Chapter]
    public var paragraphs: [NumberedParagraph]
    public var unnumberedParagraphs: [UnnumberedParagraph]
    public var passport: Passport
    public var cards: [Card]
    public var technicalData: TechnicalData
    /// Location of the title line (or of the first line of the standard when the title is missing).
    public var location: Location
    /// Placeholders found anywhere in the standard's text (`___`, `«…»` left from the template).
    public var placeholders: [Field]

    public init(index: Int, language: DocumentLanguage, location: Location) {
        self.index = index
        self.language = language
        self.location = location
        self.chapters = []
        self.paragraphs = []
        self.unnumberedParagraphs = []
        self.passport = Passport()
        self.cards = []
        self.technicalData = TechnicalData()
        self.placeholders = []
    }

    /// The standard's code as printed in paragraph 5, if any.
    public var code: Field? { passport.code }
}
