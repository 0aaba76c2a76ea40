/// The WordprocessingML element and attribute names the body reader reacts to, interned once
/// in the parser's dictionary so that every comparison is a pointer comparison.
struct DocxElementNames {
    typealias Name = XMLName

    // Structure
    let body, p, r, t, tbl, tr, tc: Name
    // Paragraph and run properties
    let pPr, pStyle, numPr, ilvl, numId, rPr, vanish, tcPr, gridSpan, vMerge, hMerge, trPr: Name
    // Run content
    let tab, ptab, br, cr, noBreakHyphen, fldChar: Name
    // Not content: skipped with everything inside
    let del, moveFrom, drawing, pict, object, txbxContent, sdtPr, sdtEndPr, pPrChange, rPrChange, sectPr,
        tblPr, tblGrid, tblPrEx, tcPrChange, trPrChange, tblPrChange, tblGridChange, numberingChange,
        customXmlPr, smartTagPr, fldData, tabs, altChunk: Name
    // Markup compatibility (mc:) and math (m:)
    let fallback: Name
    let markupCompatibilityNamespace, mathNamespace: Name
    // Attributes
    let val, fldCharType: Name

    init(_ names: XMLNames) {
        func n(_ text: String) -> Name { names.name(text) }
        body = n("body"); p = n("p"); r = n("r"); t = n("t"); tbl = n("tbl"); tr = n("tr"); tc = n("tc")
        pPr = n("pPr"); pStyle = n("pStyle"); numPr = n("numPr"); ilvl = n("ilvl"); numId = n("numId"); rPr = n("rPr")
        vanish = n("vanish"); tcPr = n("tcPr"); gridSpan = n("gridSpan"); vMerge = n("vMerge"); hMerge = n("hMerge"); trPr = n("trPr")
        tab = n("tab"); ptab = n("ptab"); br = n("br"); cr = n("cr"); noBreakHyphen = n("noBreakHyphen"); fldChar = n("fldChar")
        del = n("del"); moveFrom = n("moveFrom"); drawing = n("drawing"); pict = n("pict"); object = n("object")
        txbxContent = n("txbxContent"); sdtPr = n("sdtPr"); sdtEndPr = n("sdtEndPr"); pPrChange = n("pPrChange")
        rPrChange = n("rPrChange"); sectPr = n("sectPr"); tblPr = n("tblPr"); tblGrid = n("tblGrid"); tblPrEx = n("tblPrEx")
        tcPrChange = n("tcPrChange"); trPrChange = n("trPrChange"); tblPrChange = n("tblPrChange"); tblGridChange = n("tblGridChange")
        numberingChange = n("numberingChange"); customXmlPr = n("customXmlPr"); smartTagPr = n("smartTagPr"); fldData = n("fldData")
        tabs = n("tabs"); altChunk = n("altChunk")
        fallback = n("Fallback")
        markupCompatibilityNamespace = n(XMLPartParser.markupCompatibilityNamespace)
        mathNamespace = n(XMLPartParser.mathNamespace)
        val = n("val"); fldCharType = n("fldCharType")
    }

    /// Elements whose whole subtree is not content: deletions and moved-away text, drawings and
    /// text boxes, content-control and change-tracking properties, section and table settings.
    func isSkipped(_ name: Name) -> Bool {
        name == del || name == moveFrom || name == drawing || name == pict || name == object || name == txbxContent
            || name == sdtPr || name == sdtEndPr || name == pPrChange || name == rPrChange || name == sectPr
            || name == tblPr || name == tblGrid || name == tblPrEx || name == tcPrChange || name == trPrChange
            || name == tblPrChange || name == tblGridChange || name == numberingChange || name == customXmlPr
            || name == smartTagPr || name == fldData || name == tabs || name == altChunk
    }
}
