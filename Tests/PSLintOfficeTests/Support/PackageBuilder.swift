import Foundation
import PSLintCore
import PSLintOffice
import ZIPFoundation

/// Builds .docx packages and hostile ZIP files in memory for the tests.
enum PackageBuilder {
    static let wordNamespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
        + #"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" "#
        + #"xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math""#

    /// `word/document.xml` with `body` inside `w:body`.
    static func documentXML(_ body: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + "<w:document \(wordNamespaces)><w:body>\(body)<w:sectPr/></w:body></w:document>"
    }

    static func numberingXML(_ content: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "<w:numbering \(wordNamespaces)>\(content)</w:numbering>"
    }

    static func stylesXML(_ content: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "<w:styles \(wordNamespaces)>\(content)</w:styles>"
    }

    /// A paragraph with one run of text.
    static func p(_ text: String, properties: String = "") -> String {
        "<w:p>\(properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    /// A .docx holding `document` (the body) and any other parts, deflated with ZIPFoundation.
    static func docx(body: String, numbering: String? = nil, styles: String? = nil, parts: [String: [UInt8]] = [:]) throws -> [UInt8] {
        var all: [String: [UInt8]] = [
            "[Content_Types].xml": Array(#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.utf8),
            "word/document.xml": Array(documentXML(body).utf8),
        ]
        if let numbering { all["word/numbering.xml"] = Array(numberingXML(numbering).utf8) }
        if let styles { all["word/styles.xml"] = Array(stylesXML(styles).utf8) }
        for (name, bytes) in parts { all[name] = bytes }
        return try zip(all)
    }

    /// A valid ZIP of `entries` (sorted by name, deflated).
    static func zip(_ entries: [String: [UInt8]]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for name in entries.keys.sorted() {
            let data = Data(entries[name]!)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                                 provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return [UInt8](archive.data!)
    }

    static func read(_ bytes: [UInt8], options: ReadOptions = ReadOptions(), limits: ZipLimits = .default) throws(InputError) -> SourceDocument {
        try DocxReader(limits: limits).read(bytes: bytes, path: "test.docx", options: options)
    }

    /// The message of the InputError reading `bytes` throws, or nil when it reads.
    static func error(_ bytes: [UInt8], options: ReadOptions = ReadOptions(), limits: ZipLimits = .default) -> String? {
        do {
            _ = try read(bytes, options: options, limits: limits)
            return nil
        } catch {
            return error.message
        }
    }

    /// Reads a one-body document and returns its blocks.
    static func blocks(_ body: String, numbering: String? = nil, styles: String? = nil) throws -> [Block] {
        try read(docx(body: body, numbering: numbering, styles: styles)).blocks
    }

    /// The texts of paragraph blocks.
    static func paragraphTexts(_ blocks: [Block]) -> [String] {
        blocks.compactMap { if case .paragraph(let text) = $0 { return text.text } else { return nil } }
    }

    static func rows(_ blocks: [Block]) -> [TableRow] {
        blocks.compactMap { if case .row(let row) = $0 { return row } else { return nil } }
    }
}

/// A hand-made ZIP: every field is what the test says, true or not.
struct RawZip {
    struct Entry {
        var name: String
        var method: UInt16 = 8
        var flags: UInt16 = 0
        var data: [UInt8]
        var crc: UInt32
        var claimedUncompressed: UInt32
    }

    var entries: [Entry]

    var bytes: [UInt8] {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let offset = UInt32(out.count)
            let name = Array(entry.name.utf8)
            out += le32(0x0403_4B50) + le16(20) + le16(entry.flags) + le16(entry.method) + le16(0) + le16(0x21)
                + le32(entry.crc) + le32(UInt32(entry.data.count)) + le32(entry.claimedUncompressed)
                + le16(UInt16(name.count)) + le16(0) + name + entry.data
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(entry.flags) + le16(entry.method) + le16(0) + le16(0x21)
                + le32(entry.crc) + le32(UInt32(entry.data.count)) + le32(entry.claimedUncompressed)
                + le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let directoryOffset = UInt32(out.count)
        out += directory
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
            + le32(UInt32(directory.count)) + le32(directoryOffset) + le16(0)
        return out
    }

    private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func le32(_ value: UInt32) -> [UInt8] { le16(UInt16(value & 0xFFFF)) + le16(UInt16(value >> 16)) }

    static func crc32(_ bytes: [UInt8]) -> UInt32 { Data(bytes).crc32(checksum: 0) }
}

/// Raw deflate streams written bit by bit (RFC 1951, fixed Huffman codes).
struct DeflateWriter {
    private(set) var bytes: [UInt8] = []
    private var accumulator: UInt64 = 0
    private var count = 0

    /// Writes `length` bits of `value`, least significant first (header fields).
    mutating func bits(_ value: UInt64, _ length: Int) {
        accumulator |= value << UInt64(count)
        count += length
        while count >= 8 {
            bytes.append(UInt8(accumulator & 0xFF))
            accumulator >>= 8
            count -= 8
        }
    }

    /// Writes a Huffman code, most significant bit first.
    mutating func code(_ value: UInt64, _ length: Int) {
        bits(DeflateWriter.reversed(value, length), length)
    }

    static func reversed(_ value: UInt64, _ length: Int) -> UInt64 {
        var result: UInt64 = 0
        for index in 0..<length where value & (1 << UInt64(index)) != 0 { result |= 1 << UInt64(length - 1 - index) }
        return result
    }

    mutating func flush() -> [UInt8] {
        if count > 0 { bytes.append(UInt8(accumulator & 0xFF)) }
        accumulator = 0
        count = 0
        return bytes
    }

    /// `zeros` zero bytes (1 + 258·k): one literal 0, then copies of length 258 at distance 1.
    /// 13 bits for every 258 bytes: a ratio of about 158 to 1.
    static func zeros(matches: Int) -> [UInt8] {
        var writer = DeflateWriter()
        writer.bits(1, 1)            // BFINAL
        writer.bits(1, 2)            // BTYPE = 01, fixed Huffman
        writer.code(0x30, 8)         // literal 0
        let length258 = reversed(0xC5, 8)  // length code 285: 258
        for _ in 0..<matches {
            writer.bits(length258, 8)
            writer.bits(0, 5)              // distance code 0: 1
        }
        writer.code(0, 7)            // end of block
        return writer.flush()
    }

    /// A deflate stream that never ends: a stored block announcing 65 535 bytes, holding a few.
    static func unterminated() -> [UInt8] {
        [0x00, 0xFF, 0xFF, 0x00, 0x00] + Array("<w:document".utf8)
    }
}
