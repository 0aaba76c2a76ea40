import Testing
@testable import PSLintFix

@Suite struct XMLScanningTests {
    static func content(_ xml: String) -> XMLTextContent {
        let bytes = Array(xml.utf8)
        return bytes.withUnsafeBufferPointer { XMLTextContent(xml: $0, range: 0..<$0.count) }
    }

    @Test func decodesEntitiesCDATAAndLineEnds() {
        let c = XMLScanningTests.content("a&amp;&lt;&#49;&#x32;<!-- 9 --><![CDATA[<3>]]>\r\nz<?pi 7?>")
        #expect(String(decoding: c.text, as: UTF8.self) == "a&<12<3>\nz")
        // «12» comes from two character references that touch: one contiguous raw range.
        #expect(c.rawRange(of: 3..<5) == 10..<21)
        // «2<» spans the end of a reference and a comment: not contiguous.
        #expect(c.rawRange(of: 4..<6) == nil)
        #expect(c.inCDATA[6] == true && c.inCDATA[4] == false)
        #expect(c.rawReplacement("1&2", at: 0) == Array("1&amp;2".utf8))
        #expect(c.rawReplacement("1&2", at: 6) == Array("1&2".utf8))
        #expect(c.rawReplacement("]]>", at: 6) == nil)
    }

    static func texts(_ xml: String) throws -> [String] {
        let bytes = Array(xml.utf8)
        let document = try WordParagraphs(xml: bytes)
        return bytes.withUnsafeBufferPointer { b in
            (0..<document.paragraphs.count).map { String(decoding: document.text(ofParagraph: $0 + 1, xml: b).text, as: UTF8.self) }
        }
    }

    @Test func paragraphsCountedAndReadLikeTheWordReader() throws {
        let xml = """
        <?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:other">\
        <x:body><x:p><x:pPr><x:tabs><x:tab x:val="left" x:pos="720"/></x:tabs><x:rPr><x:vanish/></x:rPr></x:pPr>\
        <x:r><x:t xml:space="preserve">9. </x:t><x:tab/><x:t>A</x:t><x:br/><x:t>B</x:t><x:noBreakHyphen/><x:ptab/></x:r></x:p>\
        <x:tbl><x:tr><x:tc><x:p><x:r><x:t>cell</x:t></x:r></x:p></x:tc></x:tr>\
        <x:tr><x:trPr><x:del x:id="1"/></x:trPr><x:tc><x:p><x:r><x:t>deleted row</x:t></x:r></x:p></x:tc></x:tr></x:tbl>\
        <x:p/>\
        <x:p><x:r><x:t>outer </x:t><x:pict><x:txbxContent><x:p><x:r><x:t>inner</x:t></x:r></x:p></x:txbxContent></x:pict><x:t attr="a>b">end</x:t></x:r></x:p>\
        <x:p><x:del><x:r><x:t>gone</x:t></x:r></x:del><x:moveFrom><x:r><x:t>moved</x:t></x:r></x:moveFrom><x:r><o:t>other</o:t><x:t>kept</x:t></x:r></x:p>\
        <x:p><x:r><x:rPr><x:vanish/></x:rPr><x:t>hidden</x:t></x:r><x:r><x:rPr><x:vanish x:val="0"/></x:rPr><x:t>shown</x:t></x:r></x:p>\
        <x:p><x:r><x:fldChar x:fldCharType="begin"/></x:r><x:r><x:t>PAGE 7</x:t></x:r><x:r><x:fldChar x:fldCharType="separate"/></x:r>\
        <x:r><x:t>12</x:t></x:r><x:r><x:fldChar x:fldCharType="end"/></x:r></x:p>\
        <mc:AlternateContent><mc:Choice Requires="wps"><x:p><x:r><x:t>choice</x:t></x:r></x:p></mc:Choice>\
        <mc:Fallback><x:p><x:r><x:t>fallback</x:t></x:r></x:p></mc:Fallback></mc:AlternateContent>\
        <m2:AlternateContent xmlns:m2="http://schemas.openxmlformats.org/markup-compatibility/2006"><m2:Choice Requires="wps">\
        <x:p><x:r><x:t>choice 2</x:t></x:r></x:p></m2:Choice><m2:Fallback><x:p><x:r><x:t>fallback 2</x:t></x:r></x:p></m2:Fallback>\
        </m2:AlternateContent></x:body></x:document>
        """
        #expect(try XMLScanningTests.texts(xml) == ["9. \tA\nB-\t", "cell", "", "outer end", "kept", "shown", "12", "choice", "choice 2"])
    }

    @Test func defaultNamespaceAndStrictOOXML() throws {
        let xml = #"<document xmlns="http://purl.oclc.org/ooxml/wordprocessingml/main"><body><p><r><t>12</t></r></p></body></document>"#
        #expect(try XMLScanningTests.texts(xml) == ["12"])
    }

    @Test func refusesADeclarationAnywhere() {
        let xml = #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><!ENTITY x "y"></w:document>"#
        #expect(throws: FixError.self) { try WordParagraphs(xml: Array(xml.utf8)) }
        #expect(XMLWellFormedness.hasDeclarationInProlog(Array("\u{FEFF}<?xml version=\"1.0\"?><!-- c --><!DOCTYPE x><x/>".utf8)))
        #expect(!XMLWellFormedness.hasDeclarationInProlog(Array("<?xml version=\"1.0\"?><!-- c --><x><!DOCTYPE/></x>".utf8)))
    }

    @Test func wholeNumbersOnly() {
        let text = Array("2025 г., навык 2: 12".utf8)
        #expect(NumberToken.firstOccurrence(of: Array("2".utf8), in: text) == 21..<22)
        #expect(NumberToken.firstOccurrence(of: Array("12".utf8), in: text) == 24..<26)
        #expect(NumberToken.firstOccurrence(of: Array("202".utf8), in: text) == nil)
        #expect(NumberToken.tokens(text) == [Array("2025".utf8), Array("2".utf8), Array("12".utf8)])
    }
}
