import Testing
import PSLintCore
@testable import PSLintOffice

/// Word's automatic numbering rendered as Word shows it.
@Suite struct DocxNumberingTests {
    typealias B = PackageBuilder

    static func level(_ index: Int, start: Int = 1, format: String = "decimal", text: String, extra: String = "") -> String {
        "<w:lvl w:ilvl=\"\(index)\"><w:start w:val=\"\(start)\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text)\"/>"
            + "\(extra)<w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/><w:tabs><w:tab w:val=\"num\" w:pos=\"720\"/></w:tabs></w:pPr></w:lvl>"
    }

    static func numbered(_ text: String, numId: Int, level: Int = 0) -> String {
        B.p(text, properties: "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numId)\"/></w:numPr>")
    }

    @Test func decimalListStartingAtNine() throws {
        let numbering = "<w:abstractNum w:abstractNumId=\"3\">\(Self.level(0, start: 9, text: "%1."))</w:abstractNum>"
            + "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/></w:num>"
        let body = Self.numbered("Карточка профессии \"Инженер по искусственному интеллекту\":", numId: 7)
            + B.p("Код группы:") + Self.numbered("Карточка профессии \"Специалист\":", numId: 7)
        let blocks = try B.blocks(body, numbering: numbering)
        #expect(B.paragraphTexts(blocks) == ["9. Карточка профессии \"Инженер по искусственному интеллекту\":", "Код группы:",
                                             "10. Карточка профессии \"Специалист\":"])
        let lengths = blocks.map { if case .paragraph(let text) = $0 { return text.autoNumberLength } else { return -1 } }
        #expect(lengths == [3, 0, 4])
    }

    @Test func parenthesisAndMultiLevelWithRestart() throws {
        let numbering = "<w:abstractNum w:abstractNumId=\"0\">\(Self.level(0, text: "%1)"))\(Self.level(1, format: "lowerLetter", text: "%2)"))"
            + "\(Self.level(2, text: "%1.%2.%3.", extra: "<w:isLgl/>"))</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        let body = Self.numbered("ПО – программное обеспечение;", numId: 1)
            + Self.numbered("первый", numId: 1, level: 1) + Self.numbered("второй", numId: 1, level: 1)
            + Self.numbered("глубже", numId: 1, level: 2)
            + Self.numbered("ИС – информационная система;", numId: 1)
            + Self.numbered("снова первый", numId: 1, level: 1)
        #expect(B.paragraphTexts(try B.blocks(body, numbering: numbering))
                == ["1) ПО – программное обеспечение;", "a) первый", "b) второй", "1.2.1. глубже", "2) ИС – информационная система;", "a) снова первый"])
    }

    @Test func startOverrideRestartsAndSharedAbstractContinues() throws {
        let numbering = "<w:abstractNum w:abstractNumId=\"0\">\(Self.level(0, text: "%1."))</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"20\"/></w:lvlOverride></w:num>"
        let body = Self.numbered("a", numId: 1) + Self.numbered("b", numId: 1) + Self.numbered("c", numId: 2)
            + Self.numbered("d", numId: 3) + Self.numbered("e", numId: 3) + Self.numbered("f", numId: 1)
        #expect(B.paragraphTexts(try B.blocks(body, numbering: numbering)) == ["1. a", "2. b", "3. c", "20. d", "21. e", "22. f"])
    }

    @Test func levelOverrideReplacesTheLevel() throws {
        let numbering = "<w:abstractNum w:abstractNumId=\"0\">\(Self.level(0, text: "%1."))</w:abstractNum>"
            + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
            + "\(Self.level(0, start: 3, format: "upperRoman", text: "Глава %1."))</w:lvlOverride></w:num>"
        #expect(B.paragraphTexts(try B.blocks(Self.numbered("Общие положения", numId: 4), numbering: numbering)) == ["Глава III. Общие положения"])
    }

    @Test func bulletsNoneAndSwitchedOffShowNoNumber() throws {
        let numbering = "<w:abstractNum w:abstractNumId=\"0\">\(Self.level(0, format: "bullet", text: "\u{F0B7}"))</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"1\">\(Self.level(0, format: "none", text: ""))</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
        let body = Self.numbered("1) Инженер - 6 уровень ОРК;", numId: 1) + Self.numbered("без номера", numId: 2)
            + Self.numbered("выключено", numId: 0) + Self.numbered("неизвестный список", numId: 99)
        let blocks = try B.blocks(body, numbering: numbering)
        #expect(B.paragraphTexts(blocks) == ["1) Инженер - 6 уровень ОРК;", "без номера", "выключено", "неизвестный список"])
        #expect(blocks.allSatisfy { if case .paragraph(let text) = $0 { return text.autoNumberLength == 0 } else { return false } })
    }

    @Test func paragraphStyleNumberingThroughBasedOn() throws {
        let numbering = "<w:abstractNum w:abstractNumId=\"0\">\(Self.level(0, text: "%1."))\(Self.level(1, text: "%1.%2.", extra: "<w:pStyle w:val=\"CardField\"/>"))</w:abstractNum>"
            + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/></w:num>"
        let styles = "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"CardHeading\"><w:pPr><w:numPr><w:numId w:val=\"5\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"CardHeadingBold\"><w:basedOn w:val=\"CardHeading\"/><w:rPr><w:b/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"CardField\"><w:pPr><w:numPr><w:numId w:val=\"5\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:rPr><w:b/></w:rPr></w:style>"
        let body = B.p("Карточка", properties: "<w:pStyle w:val=\"CardHeadingBold\"/>")
            + B.p("поле", properties: "<w:pStyle w:val=\"CardField\"/>")
            + B.p("обычный")
            + B.p("без номера", properties: "<w:pStyle w:val=\"CardHeading\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>")
            + B.p("Карточка", properties: "<w:pStyle w:val=\"CardHeading\"/>")
        #expect(B.paragraphTexts(try B.blocks(body, numbering: numbering, styles: styles))
                == ["1. Карточка", "1.1. поле", "обычный", "без номера", "2. Карточка"])
    }

    @Test func numberInFrontOfALetterSpacedWord() throws {
        let numbering = "<w:abstractNum w:abstractNumId=\"0\">\(Self.level(0, start: 9, text: "%1."))</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        let blocks = try B.blocks(Self.numbered(" А н а л и з данных", numId: 1), numbering: numbering)
        #expect(B.paragraphTexts(blocks) == ["9. Анализ данных"])
        #expect(blocks.map { if case .paragraph(let text) = $0 { return text.autoNumberLength } else { return -1 } } == [3])
    }

    @Test func entityReferencesInAttributeValuesAreResolved() throws {
        // libxml2's SAX2 parser hands an `&` in an attribute value over as `&#38;`: the level
        // text and the style names must still read as Word shows them.
        let numbering = "<w:abstractNum w:abstractNumId=\"0\">\(Self.level(0, text: "%1&amp;&#38;&lt;"))</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        let styles = "<w:style w:type=\"paragraph\" w:styleId=\"Q&amp;A\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
        let body = Self.numbered("own", numId: 1) + B.p("styled", properties: "<w:pStyle w:val=\"Q&#x26;A\"/>")
        #expect(B.paragraphTexts(try B.blocks(body, numbering: numbering, styles: styles)) == ["1&&< own", "2&&< styled"])
    }

    @Test func numberStyleLinkFollowsTheStyleDefinition() throws {
        let numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:styleLink w:val=\"ListCards\"/>\(Self.level(0, start: 9, text: "%1."))</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"ListCards\"/></w:abstractNum>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
        #expect(B.paragraphTexts(try B.blocks(Self.numbered("Карточка", numId: 2), numbering: numbering)) == ["9. Карточка"])
    }

    @Test func numberFormats() {
        #expect(WordNumberFormat.format(4, as: "lowerLetter") == "d")
        #expect(WordNumberFormat.format(28, as: "upperLetter") == "BB")
        #expect(WordNumberFormat.format(14, as: "lowerRoman") == "xiv")
        #expect(WordNumberFormat.format(2024, as: "upperRoman") == "MMXXIV")
        #expect(WordNumberFormat.format(7, as: "decimalZero") == "07")
        #expect(WordNumberFormat.format(10, as: "russianLower") == "к")
        #expect(WordNumberFormat.format(3, as: "russianUpper") == "В")
        #expect(WordNumberFormat.format(12, as: "somethingNew") == "12")
    }
}
