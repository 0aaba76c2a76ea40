import Foundation
import Testing
import PSLintCore
@testable import PSLintOffice

@Suite struct FormatSnifferTests {
    @Test func namesCommonFormats() throws {
        #expect(FormatSniffer.describe(Array("%PDF-1.7".utf8)) == "a PDF file")
        #expect(FormatSniffer.describe([0xFF, 0xD8, 0xFF, 0xE0]) == "a JPEG image")
        #expect(FormatSniffer.describe(Array("GIF89a....".utf8)) == "a GIF image")
        #expect(FormatSniffer.describe(Array("{\\rtf1\\ansi".utf8)) == "an RTF file")
        #expect(FormatSniffer.describe(try PackageBuilder.docx(body: PackageBuilder.p("x"))) == "a Word .docx document")
        #expect(FormatSniffer.describe(try PackageBuilder.zip(["ppt/presentation.xml": [0x3C]])) == "a PowerPoint .pptx presentation")
        #expect(FormatSniffer.describe(try PackageBuilder.zip(["readme.txt": Array("hi".utf8)])) == "a ZIP archive")
        #expect(FormatSniffer.describe(Array("\n  <!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">".utf8)) == "an HTML page")
        #expect(FormatSniffer.describe(Array("<?xml version=\"1.0\"?><w:wordDocument xmlns:w=\"x\"/>".utf8)) == "a Word 2003 XML document")
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<html><body>".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(FormatSniffer.describe(utf16) == "an HTML page")
    }

    @Test func plainTextAndUnknownBytesAreNotNamed() {
        #expect(FormatSniffer.describe(Array("Кәсіптік стандарт: «Ақпараттық ресурстарды құру»\n".utf8)) == nil)
        #expect(FormatSniffer.describe([]) == nil)
        #expect(FormatSniffer.describe([0x00, 0x01, 0x02]) == nil)
    }

    @Test func zipWalkNeverReadsPastTheEnd() {
        // A local header whose sizes point far outside the file.
        let header: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                               0xFF, 0xFF, 0xFF, 0x7F, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF]
        #expect(FormatSniffer.describe(header) == "a ZIP archive")
    }
}

@Suite struct ZipChecksumTests {
    @Test func matchesTheStandardCheckValueAndZIPFoundation() {
        #expect(ZipChecksum.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(ZipChecksum.checksum([]) == 0)
        var state: UInt32 = 7
        let bytes: [UInt8] = (0..<10_003).map { _ in state = state &* 1_103_515_245 &+ 12345; return UInt8(truncatingIfNeeded: state >> 16) }
        #expect(ZipChecksum.checksum(bytes) == RawZip.crc32(bytes))
        // In pieces, as inflating hands them over.
        let split = bytes.withUnsafeBufferPointer { buffer in
            ZipChecksum.update(ZipChecksum.update(0, UnsafeBufferPointer(rebasing: buffer[..<4097])), UnsafeBufferPointer(rebasing: buffer[4097...]))
        }
        #expect(split == RawZip.crc32(bytes))
    }
}

/// Readers run on several files at once: libxml2 parsers on different threads, each with its own
/// error handler, must neither interfere nor differ from a lone run.
@Suite struct ConcurrentReadingTests {
    @Test func parallelReadsGiveTheSameDocumentsAndErrors() throws {
        let docx = try FixturePaths.bytes("Fixtures/docx/ru-ai-applications.docx")
        let html = try FixturePaths.bytes("Fixtures/html/kk-information-resources.html")
        let malformed = try PackageBuilder.zip(["word/document.xml": Array("<?xml version=\"1.0\"?>\n<w:document><w:body><w:p></w:body>".utf8)])
        let expectedDocx = BlockPicture.lines(try DocxReader().read(bytes: docx, path: "a.docx", options: ReadOptions()).blocks)
        let expectedHTML = BlockPicture.lines(try HTMLReader().read(bytes: html, path: "a.html", options: ReadOptions()).blocks)
        let expectedError = PackageBuilder.error(malformed)
        #expect(expectedError?.hasPrefix("word/document.xml is not well-formed XML: line 2:") == true)

        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var mismatches: [String] = []
            func record(_ text: String) { lock.lock(); mismatches.append(text); lock.unlock() }
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 24) { index in
            switch index % 3 {
            case 0:
                let lines = (try? DocxReader().read(bytes: docx, path: "a.docx", options: ReadOptions())).map { BlockPicture.lines($0.blocks) }
                if lines != expectedDocx { results.record("docx \(index)") }
            case 1:
                let lines = (try? HTMLReader().read(bytes: html, path: "a.html", options: ReadOptions())).map { BlockPicture.lines($0.blocks) }
                if lines != expectedHTML { results.record("html \(index)") }
            default:
                if PackageBuilder.error(malformed) != expectedError { results.record("error \(index)") }
            }
        }
        #expect(results.mismatches.isEmpty)
    }
}
