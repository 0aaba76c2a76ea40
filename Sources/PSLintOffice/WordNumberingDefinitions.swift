import PSLintCore

/// The list definitions of `word/numbering.xml`.
///
/// `w:abstractNum` holds up to nine levels (`w:lvl`: start, number format, level text such as
/// `%1.` or `%1.%2.`, suffix, restart rule); `w:num` (what a paragraph's `w:numId` names) points
/// to an abstract definition and may override a level's start (`w:startOverride`) or the whole
/// level (`w:lvl` inside `w:lvlOverride`).
struct WordNumberingDefinitions {
    struct Level {
        var start = 1
        var format = "decimal"
        /// nil: `w:lvlText` absent (Word shows nothing).
        var text: String?
        /// "tab" (default), "space" or "nothing".
        var suffix = "tab"
        /// `w:lvlRestart`: nil = restart after any higher level; 0 = never restart.
        var restart: Int?
        /// `w:isLgl`: show every level number in decimal.
        var isLegal = false
        /// `w:pStyle`: the paragraph style linked to this level.
        var style: String?
    }

    struct Abstract {
        var levels: [Int: Level] = [:]
        /// `w:numStyleLink`: the levels live in the abstract whose `w:styleLink` has this name.
        var numStyleLink: String?
        var styleLink: String?
    }

    struct Instance {
        var abstractId: Int
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    var abstracts: [Int: Abstract] = [:]
    var instances: [Int: Instance] = [:]
    /// `numStyleLink` resolved once: abstract id → the abstract id holding the levels.
    private var links: [Int: Int] = [:]

    static let empty = WordNumberingDefinitions()

    /// The abstract definition that really holds the levels of `abstractId` (follows a
    /// `numStyleLink` once).
    func resolvedAbstractId(_ abstractId: Int) -> Int {
        links[abstractId] ?? abstractId
    }

    private mutating func resolveLinks() {
        var owners: [String: Int] = [:]
        for (id, abstract) in abstracts where !abstract.levels.isEmpty {
            if let name = abstract.styleLink, owners[name].map({ id < $0 }) ?? true { owners[name] = id }
        }
        for (id, abstract) in abstracts where abstract.levels.isEmpty {
            if let name = abstract.numStyleLink, let owner = owners[name] { links[id] = owner }
        }
    }

    /// The level definition a paragraph of list `numId` at `level` uses.
    func level(numId: Int, level: Int) -> Level? {
        guard let instance = instances[numId] else { return nil }
        if let override = instance.levelOverrides[level] { return override }
        guard var definition = abstracts[resolvedAbstractId(instance.abstractId)]?.levels[level] else { return nil }
        if let start = instance.startOverrides[level] { definition.start = start }
        return definition
    }

    // MARK: Parsing

    static func parse(_ bytes: [UInt8], part: String) throws(InputError) -> WordNumberingDefinitions {
        try XMLPartReader.read(bytes, part: part) { reader throws(InputError) in
            var definitions = WordNumberingDefinitions()
            let names = Names(reader)
            var abstractId: Int?
            var abstract = Abstract()
            var numId: Int?
            var instance = Instance(abstractId: -1)
            var overrideLevel: Int?
            var levelIndex: Int?
            var level = Level()

            func finishLevel() {
                guard let index = levelIndex, (0...8).contains(index) else { levelIndex = nil; return }
                if let overrideLevel, numId != nil {
                    instance.levelOverrides[overrideLevel] = level
                } else if abstractId != nil {
                    abstract.levels[index] = level
                }
                levelIndex = nil
            }

            var more = try reader.read()
            while more {
                let type = reader.nodeType
                guard type == XMLPartReader.element || type == XMLPartReader.endElement, reader.isWordElement else {
                    more = try reader.read()
                    continue
                }
                let name = reader.localName
                if type == XMLPartReader.endElement {
                    if name == names.lvl { finishLevel() }
                    else if name == names.lvlOverride { overrideLevel = nil }
                    else if name == names.abstractNum, let id = abstractId {
                        definitions.abstracts[id] = abstract
                        abstractId = nil
                    } else if name == names.num, let id = numId {
                        if instance.abstractId >= 0 { definitions.instances[id] = instance }
                        numId = nil
                    }
                    more = try reader.read()
                    continue
                }
                let empty = reader.isEmptyElement
                switch name {
                case names.abstractNum:
                    abstractId = reader.intAttribute("abstractNumId")
                    abstract = Abstract()
                    if empty, let id = abstractId { definitions.abstracts[id] = abstract; abstractId = nil }
                case names.num:
                    numId = reader.intAttribute("numId")
                    instance = Instance(abstractId: -1)
                case names.abstractNumId where numId != nil:
                    instance.abstractId = reader.intAttribute("val") ?? -1
                case names.lvlOverride where numId != nil:
                    overrideLevel = reader.intAttribute("ilvl")
                case names.startOverride where numId != nil && levelIndex == nil:
                    if let overrideLevel, let value = reader.intAttribute("val") { instance.startOverrides[overrideLevel] = value }
                case names.lvl:
                    levelIndex = reader.intAttribute("ilvl") ?? overrideLevel ?? 0
                    level = Level()
                    if empty { finishLevel() }
                case names.start where levelIndex != nil:
                    level.start = reader.intAttribute("val") ?? 1
                case names.numFmt where levelIndex != nil:
                    level.format = reader.attribute("val") ?? "decimal"
                case names.lvlText where levelIndex != nil:
                    level.text = reader.attribute("val")
                case names.suff where levelIndex != nil:
                    level.suffix = reader.attribute("val") ?? "tab"
                case names.lvlRestart where levelIndex != nil:
                    level.restart = reader.intAttribute("val")
                case names.isLgl where levelIndex != nil:
                    level.isLegal = reader.isOn()
                case names.pStyle where levelIndex != nil:
                    level.style = reader.attribute("val")
                case names.numStyleLink where abstractId != nil:
                    abstract.numStyleLink = reader.attribute("val")
                case names.styleLink where abstractId != nil:
                    abstract.styleLink = reader.attribute("val")
                case names.rPr, names.pPr:
                    // Formatting of the number: nothing to read, skip it whole.
                    more = try reader.skipSubtree()
                    continue
                default:
                    break
                }
                more = try reader.read()
            }
            definitions.resolveLinks()
            return definitions
        }
    }

    private struct Names {
        let abstractNum, num, abstractNumId, lvlOverride, startOverride, lvl, start, numFmt, lvlText, suff,
            lvlRestart, isLgl, pStyle, numStyleLink, styleLink, rPr, pPr: UnsafePointer<UInt8>?

        init(_ reader: XMLPartReader) {
            abstractNum = reader.name("abstractNum"); num = reader.name("num"); abstractNumId = reader.name("abstractNumId")
            lvlOverride = reader.name("lvlOverride"); startOverride = reader.name("startOverride"); lvl = reader.name("lvl")
            start = reader.name("start"); numFmt = reader.name("numFmt"); lvlText = reader.name("lvlText"); suff = reader.name("suff")
            lvlRestart = reader.name("lvlRestart"); isLgl = reader.name("isLgl"); pStyle = reader.name("pStyle")
            numStyleLink = reader.name("numStyleLink"); styleLink = reader.name("styleLink"); rPr = reader.name("rPr"); pPr = reader.name("pPr")
        }
    }
}
