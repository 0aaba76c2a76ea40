import Foundation
import Testing
import PSLintCore
@testable import PSLintOffice

/// Every hostile or wrong file is built here, by the test, and must give one clear line.
@Suite struct DocxHostileFileTests {
    let documentName = "word/document.xml"

    @Test func zipBombIsRefusedWhileInflating() throws {
        // 300 MiB of zeros in about 2 MB, while the header claims 1 000 bytes: the cap counts
        // what inflating produces and stops at the ratio limit, long before the end.
        let matches = 300 * 1024 * 1024 / 258
        let stream = DeflateWriter.zeros(matches: matches)
        #expect(stream.count < 2_100_000)
        let zip = RawZip(entries: [RawZip.Entry(name: documentName, data: stream, crc: 0, claimedUncompressed: 1000)]).bytes
        let message = PackageBuilder.error(zip)
        #expect(message?.hasPrefix("word/document.xml inflates beyond 100 times its compressed size") == true, "\(message ?? "read")")
        #expect(message?.hasSuffix(": refused") == true)
    }

    @Test func entrySizeCapCountsInflatedBytes() throws {
        let body = String(repeating: PackageBuilder.p("Ақпараттық ресурстарды құру және басқару"), count: 2000)
        let bytes = try PackageBuilder.docx(body: body)
        let limits = ZipLimits(maxEntrySize: 64 * 1024, maxCompressionRatio: 100, ratioFloor: 10 * 1024 * 1024)
        #expect(PackageBuilder.error(bytes, limits: limits) == "word/document.xml inflates beyond 64 KiB: refused")
        // The same document reads under the default limits: legitimate repetitive XML is fine.
        #expect(try PackageBuilder.read(bytes).blocks.count == 2000)
    }

    @Test func highlyCompressedButSmallPartsAreFine() throws {
        // Far above 100:1, but under the 10 MiB floor: not a bomb.
        let body = String(repeating: "<w:p/>", count: 200_000) + PackageBuilder.p("end")
        let bytes = try PackageBuilder.docx(body: body)
        let document = try PackageBuilder.read(bytes)
        #expect(PackageBuilder.paragraphTexts(document.blocks) == ["end"])
        #expect(document.blocks.first?.location.word?.paragraph == 200_001)
    }

    @Test func deflateStreamThatNeverEndsIsAnErrorNotAHang() {
        let stream = DeflateWriter.unterminated()
        let zip = RawZip(entries: [RawZip.Entry(name: documentName, data: stream, crc: 0, claimedUncompressed: 65535)]).bytes
        #expect(PackageBuilder.error(zip) == "word/document.xml ends before its compressed data does (the file is damaged or truncated)")
    }

    @Test func externalEntityIsRefused() throws {
        let xml = #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>"#
            + "<w:document \(PackageBuilder.wordNamespaces)><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>"
        let bytes = try PackageBuilder.zip(["word/document.xml": Array(xml.utf8)])
        #expect(PackageBuilder.error(bytes) == "word/document.xml has a DOCTYPE: refused")
    }

    @Test func billionLaughsIsRefused() throws {
        var entities = #"<!ENTITY lol "lol">"#
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\"?>\n<!-- a comment first -->\n<!DOCTYPE lolz [\(entities)]>"
            + "<w:document \(PackageBuilder.wordNamespaces)><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
        let bytes = try PackageBuilder.zip(["word/document.xml": Array(xml.utf8)])
        #expect(PackageBuilder.error(bytes) == "word/document.xml has a DOCTYPE: refused")
    }

    @Test func doctypeInUTF16PartIsRefused() throws {
        let xml = #"<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x SYSTEM "http://example.com/x.dtd"><w:document/>"#
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in xml.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let bytes = try PackageBuilder.zip(["word/document.xml": utf16])
        #expect(PackageBuilder.error(bytes) == "word/document.xml has a DOCTYPE: refused")
    }

    @Test func doctypeTheByteCheckCannotSeeIsRefusedByTheParser() throws {
        // In UTF-32 the prolog check sees no ASCII "<!DOCTYPE"; libxml2 reads the part all the
        // same, and its internal-subset callback stops it before any entity is declared.
        let xml = #"<?xml version="1.0" encoding="UTF-32"?><!DOCTYPE x [<!ENTITY e "lol">]>"#
            + "<w:document \(PackageBuilder.wordNamespaces)><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>"
        var utf32: [UInt8] = [0xFF, 0xFE, 0, 0]
        for scalar in xml.unicodeScalars {
            let value = scalar.value
            utf32 += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), 0]
        }
        #expect(throws: Never.self) { try XMLPartBytes.refuseDoctype(utf32, part: documentName) }
        let bytes = try PackageBuilder.zip(["word/document.xml": utf32])
        #expect(PackageBuilder.error(bytes) == "word/document.xml has a DOCTYPE: refused")
    }

    @Test func doctypeInStylesPartIsRefused() throws {
        let styles = Array(#"<?xml version="1.0"?><!DOCTYPE s [<!ENTITY e "x">]><w:styles/>"#.utf8)
        let bytes = try PackageBuilder.docx(body: PackageBuilder.p("x"), parts: ["word/styles.xml": styles])
        #expect(PackageBuilder.error(bytes) == "word/styles.xml has a DOCTYPE: refused")
    }

    @Test func truncatedZipIsNotAValidDocx() throws {
        let bytes = try PackageBuilder.docx(body: PackageBuilder.p("Код группы:"))
        let message = PackageBuilder.error(Array(bytes.prefix(bytes.count / 2)))
        #expect(message == "is not a valid .docx (zip) file: no end of central directory record (the file is truncated or not a zip file)")
    }

    @Test func damagedEntryDataFailsItsChecksum() throws {
        let data = Array(PackageBuilder.documentXML(PackageBuilder.p("x")).utf8)
        let zip = RawZip(entries: [RawZip.Entry(name: documentName, method: 0, data: data, crc: RawZip.crc32(data) ^ 1,
                                                claimedUncompressed: UInt32(data.count))]).bytes
        #expect(PackageBuilder.error(zip) == "word/document.xml is damaged (CRC mismatch)")
    }

    @Test func encryptedEntryIsRefused() {
        let zip = RawZip(entries: [RawZip.Entry(name: documentName, method: 0, flags: 1, data: [1, 2, 3], crc: 0, claimedUncompressed: 3)]).bytes
        #expect(PackageBuilder.error(zip) == "word/document.xml is encrypted")
    }

    @Test func malformedXMLIsReportedWithLibxml2sMessage() throws {
        let xml = "<?xml version=\"1.0\"?>\n<w:document \(PackageBuilder.wordNamespaces)><w:body>\n<w:p></w:body></w:document>"
        let bytes = try PackageBuilder.zip(["word/document.xml": Array(xml.utf8)])
        let message = PackageBuilder.error(bytes) ?? ""
        #expect(message.hasPrefix("word/document.xml is not well-formed XML: line 3: Opening and ending tag mismatch"), "\(message)")
        #expect(!message.contains("\n"))
    }

    @Test func packageWithoutDocumentPart() throws {
        let bytes = try PackageBuilder.zip(["[Content_Types].xml": Array("<Types/>".utf8), "docProps/core.xml": Array("<x/>".utf8)])
        #expect(PackageBuilder.error(bytes) == "has no word/document.xml: not a Word document")
    }

    @Test func spreadsheetAndOpenDocumentAreNamed() throws {
        let workbook = try PackageBuilder.zip(["xl/workbook.xml": Array("<workbook/>".utf8)])
        #expect(PackageBuilder.error(workbook) == "is not a Word document: it looks like an Excel .xlsx workbook")
        let mimetype = Array("application/vnd.oasis.opendocument.text".utf8)
        let odt = RawZip(entries: [RawZip.Entry(name: "mimetype", method: 0, data: mimetype, crc: RawZip.crc32(mimetype),
                                               claimedUncompressed: UInt32(mimetype.count))]).bytes
        #expect(PackageBuilder.error(odt) == "is not a Word document: it looks like an OpenDocument text (.odt) file")
    }

    @Test func wrongContentRenamedDocx() {
        let pdf = Array("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".utf8)
        #expect(PackageBuilder.error(pdf) == "is not a Word document: it looks like a PDF file")
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        #expect(PackageBuilder.error(png) == "is not a Word document: it looks like a PNG image")
        let doc: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        #expect(PackageBuilder.error(doc) == "is not a Word document: it looks like a legacy Word .doc (OLE2) file or a password-protected Office document; save it as .docx")
        let text = Array("9. Карточка профессии \"Инженер\":\tКод группы:\t2519-9\n".utf8)
        #expect(PackageBuilder.error(text) == "is not a Word document: it looks like plain text")
        let page = Array("<!DOCTYPE html><html><body><p>x</p></body></html>".utf8)
        #expect(PackageBuilder.error(page) == "is not a Word document: it looks like an HTML page; name it .html")
    }

    @Test func emptyAndRandomFiles() {
        #expect(PackageBuilder.error([]) == "is empty")
        var state: UInt32 = 0x1234_5678
        let random: [UInt8] = (0..<4096).map { _ in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(truncatingIfNeeded: state >> 24)
        }
        #expect(PackageBuilder.error(random) == "is not a valid .docx (zip) file: it does not start with a zip signature")
        // Random bytes behind a zip signature: no directory to be found.
        #expect(PackageBuilder.error([0x50, 0x4B, 0x03, 0x04] + random) == "is not a valid .docx (zip) file: no end of central directory record (the file is truncated or not a zip file)")
    }

    @Test func fileOverTheSizeLimitIsRefusedBeforeReading() throws {
        let bytes = try PackageBuilder.docx(body: PackageBuilder.p("x"))
        let options = ReadOptions(maxFileSize: 512)
        #expect(PackageBuilder.error(bytes, options: options) == "is \(formatByteCount(bytes.count)), over the 512 bytes limit (--max-file-size)")
    }

    @Test func entryRunningPastTheEndOfTheFile() {
        var zip = RawZip(entries: [RawZip.Entry(name: documentName, method: 0, data: Array(repeating: 0x20, count: 100), crc: 0, claimedUncompressed: 100)]).bytes
        // Claim a compressed size of 4 GiB - 1 in the central directory.
        let directory = zip.count - 22 - (46 + documentName.utf8.count)
        zip[directory + 20] = 0xFF; zip[directory + 21] = 0xFF; zip[directory + 22] = 0xFF; zip[directory + 23] = 0xFF
        #expect(PackageBuilder.error(zip) == "word/document.xml runs past the end of the file (the file is truncated)")
    }

    @Test func nestedTableMultiplyingCellsIsRefused() throws {
        // 3 000 empty outer cells, then one holding a 300-row nested table: spliced, that would be
        // 300 rows of 3 000 continuation cells from 80 KB of XML.
        let nestedRows = String(repeating: "<w:tr><w:tc>\(PackageBuilder.p("x"))</w:tc></w:tr>", count: 300)
        let body = "<w:tbl><w:tr>" + String(repeating: "<w:tc><w:p/></w:tc>", count: 3000)
            + "<w:tc><w:tbl>\(nestedRows)</w:tbl><w:p/></w:tc></w:tr></w:tbl>"
        let bytes = try PackageBuilder.docx(body: body)
        #expect(PackageBuilder.error(bytes) == "has more than 500 000 table cells: refused")
    }

    @Test func commentsHeadersAndFootersAreNeverOpened() throws {
        // Each of these parts would be refused if it were read.
        let poison = Array(#"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>"#.utf8)
        let body = PackageBuilder.p("Код группы:") + "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>visible</w:t></w:r>"
            + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
        let bytes = try PackageBuilder.docx(body: body, parts: ["word/comments.xml": poison, "word/header1.xml": poison,
                                                                "word/footer1.xml": poison, "word/footnotes.xml": poison])
        #expect(PackageBuilder.paragraphTexts(try PackageBuilder.read(bytes).blocks) == ["Код группы:", "visible"])
    }
}

/// With two threads the Word reader reads the styles while it inflates the body: the same
/// document, and the same first error, as with one.
@Suite struct DocxTwoThreadTests {
    static let two = ReadOptions(jobs: 2)

    @Test func sameDocumentOnTwoThreads() throws {
        for name in ["kk-information-resources", "ru-ai-applications"] {
            let bytes = try FixturePaths.bytes("Fixtures/docx/\(name).docx")
            let one = try PackageBuilder.read(bytes)
            let two = try PackageBuilder.read(bytes, options: DocxTwoThreadTests.two)
            #expect(one.blocks.count > 10)
            #expect(two.blocks == one.blocks)
        }
    }

    @Test func firstErrorIsTheSameOnTwoThreads() throws {
        let badStyles = Array(#"<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style>"#.utf8)
        let badNumbering = Array(#"<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#.utf8)
        let badBody = Array(#"<?xml version="1.0"?><w:document"#.utf8)
        let cases: [[String: [UInt8]]] = [
            ["word/styles.xml": badStyles, "word/numbering.xml": badNumbering, "word/document.xml": badBody],
            ["word/numbering.xml": badNumbering, "word/document.xml": badBody],
            ["word/document.xml": badBody],
        ]
        for parts in cases {
            let bytes = try PackageBuilder.docx(body: PackageBuilder.p("x"), parts: parts)
            let one = PackageBuilder.error(bytes)
            #expect(one != nil)
            #expect(PackageBuilder.error(bytes, options: DocxTwoThreadTests.two) == one)
        }
        #expect(PackageBuilder.error(try PackageBuilder.docx(body: PackageBuilder.p("x"), parts: ["word/styles.xml": badStyles]))?
            .hasPrefix("word/styles.xml") == true)
    }
}
