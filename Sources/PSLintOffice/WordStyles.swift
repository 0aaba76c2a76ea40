import PSLintCore

/// What `word/styles.xml` says about list numbering: paragraph styles that carry a `w:numPr`
/// (directly or through `w:basedOn`), so a paragraph styled "List Number" is numbered even
/// without a `w:numPr` of its own.
struct WordStyles {
    struct Style {
        var basedOn: String?
        var numId: Int?
        var level: Int?
    }

    private(set) var styles: [String: Style] = [:]
    /// The paragraph style used when a paragraph names none (`w:default="1"`).
    private(set) var defaultParagraphStyle: String?
    /// `numbering(forStyle: nil)`, worked out once: most paragraphs name no style.
    private var defaultNumbering: (numId: Int, level: Int?)?

    static let empty = WordStyles()

    /// The list (`numId`, level) a paragraph of style `styleId` (nil: the default paragraph
    /// style) gets from its style chain. A `numId` of 0 switches numbering off.
    func numbering(forStyle styleId: String?) -> (numId: Int, level: Int?)? {
        guard let styleId else { return defaultNumbering }
        return numbering(fromChainOf: styleId)
    }

    private func numbering(fromChainOf styleId: String?) -> (numId: Int, level: Int?)? {
        var current = styleId
        var level: Int?
        var seen = 0
        while let id = current, let style = styles[id], seen < 32 {
            if level == nil { level = style.level }
            if let numId = style.numId { return (numId, level) }
            current = style.basedOn
            seen += 1
        }
        return nil
    }

    static func parse(_ bytes: [UInt8], part: String) throws(InputError) -> WordStyles {
        var styles = try XMLPartParser.parse(bytes, part: part, makeHandler: StylesHandler.init).result
        styles.defaultNumbering = styles.numbering(fromChainOf: styles.defaultParagraphStyle)
        return styles
    }

    /// Collects the paragraph styles as the parser goes.
    private struct StylesHandler: XMLPartHandler {
        let style, basedOn, numPr, ilvl, numId, rPr, tblPr, docDefaults, change: XMLName
        let type, styleId, isDefault, val: XMLName
        var result = WordStyles()
        var currentId: String?
        var current = Style()
        var inNumPr = false

        init(_ names: XMLNames) {
            style = names.name("style"); basedOn = names.name("basedOn"); numPr = names.name("numPr")
            ilvl = names.name("ilvl"); numId = names.name("numId"); rPr = names.name("rPr"); tblPr = names.name("tblPr")
            docDefaults = names.name("docDefaults"); change = names.name("pPrChange")
            type = names.name("type"); styleId = names.name("styleId"); isDefault = names.name("default"); val = names.name("val")
        }

        mutating func startElement(_ element: XMLElement) -> Bool {
            guard element.isWord else { return true }
            switch element.localName {
            case style:
                let isParagraph = (element.attribute(type) ?? "paragraph") == "paragraph"
                guard isParagraph, let id = element.attribute(styleId) else { return false }
                currentId = id
                current = Style()
                if element.attribute(isDefault).map({ $0 == "1" || $0 == "true" || $0 == "on" }) == true {
                    result.defaultParagraphStyle = id
                }
            case basedOn where currentId != nil:
                current.basedOn = element.attribute(val)
            case numPr where currentId != nil:
                inNumPr = true
            case ilvl where inNumPr:
                current.level = element.intAttribute(val)
            case numId where inNumPr:
                current.numId = element.intAttribute(val)
            case rPr, tblPr, docDefaults, change:
                return false
            default:
                break
            }
            return true
        }

        mutating func endElement(_ element: XMLElement) {
            guard element.isWord else { return }
            if element.localName == style, let id = currentId {
                result.styles[id] = current
                currentId = nil
            } else if element.localName == numPr {
                inNumPr = false
            }
        }
    }
}
