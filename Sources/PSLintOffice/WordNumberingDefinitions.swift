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

    /// Resolves every `numStyleLink` (once the whole part is read).
    mutating func resolveLinks() {
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
}
