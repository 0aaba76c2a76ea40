import PSLintCore

extension WordNumberingDefinitions {
    /// Reads `word/numbering.xml` (`part` names it in messages).
    static func parse(_ bytes: [UInt8], part: String) throws(InputError) -> WordNumberingDefinitions {
        var definitions = try XMLPartParser.parse(bytes, part: part, makeHandler: NumberingHandler.init).definitions
        definitions.resolveLinks()
        return definitions
    }
}

/// Collects the abstract definitions and the list instances of `word/numbering.xml` as the
/// parser goes.
private struct NumberingHandler: XMLPartHandler {
    typealias Level = WordNumberingDefinitions.Level

    let abstractNum, num, abstractNumId, lvlOverride, startOverride, lvl, start, numFmt, lvlText, suff,
        lvlRestart, isLgl, pStyle, numStyleLink, styleLink, rPr, pPr: XMLName
    let val, ilvl, numIdAttribute: XMLName

    var definitions = WordNumberingDefinitions()
    var abstractId: Int?
    var abstract = WordNumberingDefinitions.Abstract()
    var numId: Int?
    var instance = WordNumberingDefinitions.Instance(abstractId: -1)
    var overrideLevel: Int?
    var levelIndex: Int?
    var level = Level()

    init(_ names: XMLNames) {
        abstractNum = names.name("abstractNum"); num = names.name("num"); abstractNumId = names.name("abstractNumId")
        lvlOverride = names.name("lvlOverride"); startOverride = names.name("startOverride"); lvl = names.name("lvl")
        start = names.name("start"); numFmt = names.name("numFmt"); lvlText = names.name("lvlText"); suff = names.name("suff")
        lvlRestart = names.name("lvlRestart"); isLgl = names.name("isLgl"); pStyle = names.name("pStyle")
        numStyleLink = names.name("numStyleLink"); styleLink = names.name("styleLink"); rPr = names.name("rPr"); pPr = names.name("pPr")
        val = names.name("val"); ilvl = names.name("ilvl"); numIdAttribute = names.name("numId")
    }

    mutating func startElement(_ element: XMLElement) -> Bool {
        guard element.isWord else { return true }
        switch element.localName {
        case abstractNum:
            abstractId = element.intAttribute(abstractNumId)
            abstract = WordNumberingDefinitions.Abstract()
        case num:
            numId = element.intAttribute(numIdAttribute)
            instance = WordNumberingDefinitions.Instance(abstractId: -1)
        case abstractNumId where numId != nil:
            instance.abstractId = element.intAttribute(val) ?? -1
        case lvlOverride where numId != nil:
            overrideLevel = element.intAttribute(ilvl)
        case startOverride where numId != nil && levelIndex == nil:
            if let overrideLevel, let value = element.intAttribute(val) { instance.startOverrides[overrideLevel] = value }
        case lvl:
            levelIndex = element.intAttribute(ilvl) ?? overrideLevel ?? 0
            level = Level()
        case start where levelIndex != nil:
            level.start = element.intAttribute(val) ?? 1
        case numFmt where levelIndex != nil:
            level.format = element.attribute(val) ?? "decimal"
        case lvlText where levelIndex != nil:
            level.text = element.attribute(val)
        case suff where levelIndex != nil:
            level.suffix = element.attribute(val) ?? "tab"
        case lvlRestart where levelIndex != nil:
            level.restart = element.intAttribute(val)
        case isLgl where levelIndex != nil:
            level.isLegal = element.isOn(val)
        case pStyle where levelIndex != nil:
            level.style = element.attribute(val)
        case numStyleLink where abstractId != nil:
            abstract.numStyleLink = element.attribute(val)
        case styleLink where abstractId != nil:
            abstract.styleLink = element.attribute(val)
        case rPr, pPr:
            // Formatting of the number: nothing to read, skip it whole.
            return false
        default:
            break
        }
        return true
    }

    mutating func endElement(_ element: XMLElement) {
        guard element.isWord else { return }
        switch element.localName {
        case lvl:
            finishLevel()
        case lvlOverride:
            overrideLevel = nil
        case abstractNum:
            if let id = abstractId { definitions.abstracts[id] = abstract }
            abstractId = nil
        case num:
            if let id = numId, instance.abstractId >= 0 { definitions.instances[id] = instance }
            numId = nil
        default:
            break
        }
    }

    private mutating func finishLevel() {
        defer { levelIndex = nil }
        guard let index = levelIndex, (0...8).contains(index) else { return }
        if let overrideLevel, numId != nil {
            instance.levelOverrides[overrideLevel] = level
        } else if abstractId != nil {
            abstract.levels[index] = level
        }
    }
}
