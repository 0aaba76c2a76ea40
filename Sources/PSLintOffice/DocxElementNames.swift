/// The WordprocessingML element and attribute names the body reader reacts to, interned once
/// in the parser's dictionary: an element's name is classified with one look-up in a small
/// table keyed by the interned pointer, the rest are pointer comparisons.
struct DocxElementNames {
    typealias Name = XMLName

    /// What the body reader does with a WordprocessingML element.
    enum Kind: UInt8 {
        case other
        // Structure
        case p, r, t, tbl, tr, tc
        // Paragraph, run, row and cell properties
        case pPr, pStyle, numPr, ilvl, numId, rPr, vanish, trPr, tcPr, gridSpan, vMerge, hMerge
        // Run content: `tab` also stands for `ptab`, `br` for `cr`
        case tab, br, noBreakHyphen, fldChar
        /// `w:del`: a deleted row's mark inside `w:trPr`, else deleted text (skipped).
        case del
        /// Not content: skipped with everything inside.
        case skipped
    }

    let body, t, altChunk: Name
    // Markup compatibility (mc:) and math (m:)
    let fallback: Name
    let markupCompatibilityNamespace, mathNamespace: Name
    // Attributes
    let val, fldCharType: Name

    private static let slotCount = 256
    /// Open addressing, linear probing; an empty slot has a nil name.
    private var slots = [(name: UnsafeRawPointer?, kind: Kind)](repeating: (nil, .other), count: DocxElementNames.slotCount)

    init(_ names: XMLNames) {
        body = names.name("body"); t = names.name("t"); altChunk = names.name("altChunk")
        fallback = names.name("Fallback")
        markupCompatibilityNamespace = names.name(XMLPartParser.markupCompatibilityNamespace)
        mathNamespace = names.name(XMLPartParser.mathNamespace)
        val = names.name("val"); fldCharType = names.name("fldCharType")
        let kinds: [(String, Kind)] = [
            ("p", .p), ("r", .r), ("t", .t), ("tbl", .tbl), ("tr", .tr), ("tc", .tc),
            ("pPr", .pPr), ("pStyle", .pStyle), ("numPr", .numPr), ("ilvl", .ilvl), ("numId", .numId), ("rPr", .rPr),
            ("vanish", .vanish), ("trPr", .trPr), ("tcPr", .tcPr), ("gridSpan", .gridSpan), ("vMerge", .vMerge),
            ("hMerge", .hMerge), ("tab", .tab), ("ptab", .tab), ("br", .br), ("cr", .br), ("noBreakHyphen", .noBreakHyphen),
            ("fldChar", .fldChar), ("del", .del),
        ] + DocxElementNames.skipped.map { ($0, .skipped) }
        for (text, kind) in kinds {
            guard let name = names.name(text) else { continue }
            var index = DocxElementNames.slot(name)
            while slots[index].name != nil { index = (index + 1) % DocxElementNames.slotCount }
            slots[index] = (UnsafeRawPointer(name), kind)
        }
    }

    /// Elements whose whole subtree is not content: moved-away text, drawings and text boxes,
    /// content-control and change-tracking properties, section and table settings, embedded
    /// documents (deleted text is `Kind.del`).
    private static let skipped = [
        "moveFrom", "drawing", "pict", "object", "txbxContent", "sdtPr", "sdtEndPr", "pPrChange", "rPrChange", "sectPr",
        "tblPr", "tblGrid", "tblPrEx", "tcPrChange", "trPrChange", "tblPrChange", "tblGridChange", "numberingChange",
        "customXmlPr", "smartTagPr", "fldData", "tabs", "altChunk",
    ]

    /// The kind of the WordprocessingML element named `name`.
    func kind(_ name: Name) -> Kind {
        guard let name else { return .other }
        let key = UnsafeRawPointer(name)
        var index = DocxElementNames.slot(name)
        while let candidate = slots[index].name {
            if candidate == key { return slots[index].kind }
            index = (index + 1) % DocxElementNames.slotCount
        }
        return .other
    }

    /// The first slot to try for `name`: the top byte of the pointer times a Fibonacci constant
    /// (256 slots).
    private static func slot(_ name: UnsafePointer<UInt8>) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt(bitPattern: name)) &* 0x9E37_79B9_7F4A_7C15) >> 56)
    }
}
