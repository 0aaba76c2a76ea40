import Foundation
import PSLintCore
import Testing
import ZIPFoundation
@testable import PSLintFix

/// Packages the fixer must refuse, each built here.
@Suite struct HostileDocxTests {
    static func package(_ parts: [(String, [UInt8])], compressed: Bool = true) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for (path, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: compressed ? .deflate : .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data!)
    }

    static let body = #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>15. Карточка</w:t></w:r></w:p></w:body></w:document>"#
    static let edit = TextEdit(location: Location(word: WordLocation(paragraph: 1)), oldText: "15", newText: "13")

    static func message(_ bytes: [UInt8], limits: DocxFixer.Limits = DocxFixer.Limits()) -> String? {
        do {
            _ = try DocxFixer.apply([edit], to: bytes, limits: limits)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func aMinimalPackageIsFixed() throws {
        let bytes = try HostileDocxTests.package([("[Content_Types].xml", Array("<Types/>".utf8)), ("word/document.xml", Array(HostileDocxTests.body.utf8))])
        let outcome = try DocxFixer.apply([HostileDocxTests.edit], to: bytes)
        #expect(outcome.applied.count == 1)
        #expect(String(decoding: try DocxFixer.documentXML(of: outcome.bytes), as: UTF8.self).contains("<w:t>13. Карточка</w:t>"))
    }

    @Test func externalEntityIsRefused() throws {
        let xml = #"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>"# + HostileDocxTests.body.replacingOccurrences(of: "Карточка", with: "&x;")
        let bytes = try HostileDocxTests.package([("word/document.xml", Array(xml.utf8))])
        #expect(HostileDocxTests.message(bytes)?.contains("DOCTYPE") == true)
    }

    @Test func billionLaughsIsRefused() throws {
        var dtd = #"<!DOCTYPE d [<!ENTITY a0 "ha">"#
        for i in 1...10 { dtd += "<!ENTITY a\(i) \"" + String(repeating: "&a\(i - 1);", count: 10) + "\">" }
        dtd += "]>"
        let xml = dtd + HostileDocxTests.body.replacingOccurrences(of: "Карточка", with: "&a10;")
        let bytes = try HostileDocxTests.package([("word/document.xml", Array(xml.utf8))])
        #expect(HostileDocxTests.message(bytes)?.contains("DOCTYPE") == true)
    }

    @Test func malformedXMLIsRefused() throws {
        let xml = HostileDocxTests.body.replacingOccurrences(of: "</w:r>", with: "</w:x>")
        let bytes = try HostileDocxTests.package([("word/document.xml", Array(xml.utf8))])
        let message = try #require(HostileDocxTests.message(bytes))
        #expect(message.hasPrefix("word/document.xml is not well-formed XML: "))
        #expect(!message.contains("\n"))
    }

    @Test func wrongContentIsRefused() throws {
        #expect(HostileDocxTests.message(Array("%PDF-1.7 not a zip".utf8)) == "is not a readable .docx: not a valid zip archive")
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64)
        #expect(HostileDocxTests.message(png) == "is not a readable .docx: not a valid zip archive")
        let noDocument = try HostileDocxTests.package([("word/styles.xml", Array("<styles/>".utf8))])
        #expect(HostileDocxTests.message(noDocument) == "is not a .docx: the package has no word/document.xml")
        let notWord = try HostileDocxTests.package([("word/document.xml", Array("<html><p>15</p></html>".utf8))])
        #expect(HostileDocxTests.message(notWord) == "word/document.xml does not use the WordprocessingML namespace")
    }

    @Test func truncatedZipIsRefused() throws {
        let bytes = try HostileDocxTests.package([("word/document.xml", Array(HostileDocxTests.body.utf8))])
        let truncated = Array(bytes.prefix(bytes.count / 2))
        #expect(HostileDocxTests.message(truncated) == "is not a readable .docx: not a valid zip archive")
    }

    @Test func zipBombIsRefusedAsItInflates() throws {
        // 8 MiB of one byte deflates to a few KiB: far above a 50:1 ratio once past the floor.
        let bomb = [UInt8](repeating: 0x20, count: 8 << 20)
        let bytes = try HostileDocxTests.package([("word/document.xml", Array(HostileDocxTests.body.utf8)), ("word/media/bomb.bin", bomb)])
        #expect(bytes.count < 100_000)
        let ratio = DocxFixer.Limits(maxRatio: 50, ratioFloor: 1 << 20)
        // the Word reader's wording: both inflate through the same bounded reader
        #expect(HostileDocxTests.message(bytes, limits: ratio)?.hasPrefix("word/media/bomb.bin inflates beyond 50 times its compressed size (") == true)
        let size = DocxFixer.Limits(maxEntrySize: 4 << 20)
        #expect(HostileDocxTests.message(bytes, limits: size) == "word/media/bomb.bin inflates beyond 4 MiB: refused")
        let total = DocxFixer.Limits(maxTotalSize: 6 << 20)
        #expect(HostileDocxTests.message(bytes, limits: total) == "the package inflates to more than 6 MiB: refused")
        // Within the default caps the same package is fixed, the big entry kept byte for byte.
        let outcome = try DocxFixer.apply([HostileDocxTests.edit], to: bytes)
        #expect(try DocxFixerTests.entries(outcome.bytes).last?.bytes == bomb)
    }

    /// An entry the Word reader never opens (an image) whose deflate stream never ends: the fixer
    /// copies every entry, so it inflates it too — a one-line error, not a hang (ZIPFoundation's
    /// own `extract` keeps asking for input there).
    @Test func deflateStreamThatNeverEndsInAnotherEntryIsAnErrorNotAHang() throws {
        // stored first (so ZIPFoundation writes the bytes as they are), then marked deflated
        let stream: [UInt8] = [0x00, 0xFF, 0xFF, 0x00, 0x00] + Array("<w:document".utf8)
        var bytes = try HostileDocxTests.package([("word/document.xml", Array(HostileDocxTests.body.utf8)), ("word/media/image1.bin", stream)],
                                                 compressed: false)
        let name = Array("word/media/image1.bin".utf8)
        var marked = 0
        for offset in 0..<(bytes.count - 46) {
            let signature = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
            // local header (method at 8, name at 30) and central directory header (method at 10, name at 46)
            if signature == 0x0403_4B50, Array(bytes[(offset + 30)..<min(offset + 30 + name.count, bytes.count)]) == name {
                bytes[offset + 8] = 8; marked += 1
            } else if signature == 0x0201_4B50, Array(bytes[(offset + 46)..<min(offset + 46 + name.count, bytes.count)]) == name {
                bytes[offset + 10] = 8; marked += 1
            }
        }
        #expect(marked == 2)
        #expect(HostileDocxTests.message(bytes) == "is not a readable .docx: word/media/image1.bin ends before its compressed data does (the file is damaged or truncated)")
    }
}
