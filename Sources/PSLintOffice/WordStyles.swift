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

    var styles: [String: Style] = [:]
    /// The paragraph style used when a paragraph names none (`w:default="1"`).
    var defaultParagraphStyle: String?

    static let empty = WordStyles()

    /// The list (`numId`, level) a paragraph of style `styleId` gets from its style chain.
    /// A `numId` of 0 switches numbering off.
    func numbering(forStyle styleId: String?) -> (numId: Int, level: Int?)? {
        var current = styleId ?? defaultParagraphStyle
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
        try XMLPartReader.read(bytes, part: part) { reader throws(InputError) in
            var result = WordStyles()
            let style = reader.name("style"), basedOn = reader.name("basedOn"),
                numPr = reader.name("numPr"), ilvl = reader.name("ilvl"), numId = reader.name("numId"),
                rPr = reader.name("rPr"), tblPr = reader.name("tblPr"), docDefaults = reader.name("docDefaults"),
                change = reader.name("pPrChange")
            var currentId: String?
            var current = Style()
            var inNumPr = false
            var more = try reader.read()
            while more {
                let type = reader.nodeType
                guard type == XMLPartReader.element || type == XMLPartReader.endElement, reader.isWordElement else {
                    more = try reader.read()
                    continue
                }
                let name = reader.localName
                if type == XMLPartReader.endElement {
                    if name == style, let id = currentId {
                        result.styles[id] = current
                        currentId = nil
                    } else if name == numPr {
                        inNumPr = false
                    }
                    more = try reader.read()
                    continue
                }
                switch name {
                case style:
                    let isParagraph = (reader.attribute("type") ?? "paragraph") == "paragraph"
                    guard isParagraph, !reader.isEmptyElement, let id = reader.attribute("styleId") else {
                        more = try reader.skipSubtree()
                        continue
                    }
                    currentId = id
                    current = Style()
                    if reader.attribute("default").map({ $0 == "1" || $0 == "true" || $0 == "on" }) == true {
                        result.defaultParagraphStyle = id
                    }
                case basedOn where currentId != nil:
                    current.basedOn = reader.attribute("val")
                case numPr where currentId != nil:
                    inNumPr = !reader.isEmptyElement
                case ilvl where inNumPr:
                    current.level = reader.intAttribute("val")
                case numId where inNumPr:
                    current.numId = reader.intAttribute("val")
                case rPr, tblPr, docDefaults, change:
                    more = try reader.skipSubtree()
                    continue
                default:
                    break
                }
                more = try reader.read()
            }
            return result
        }
    }
}
