/// Names the real format of a file from its first bytes, for error messages such as
/// "is not a Word document: it looks like a PDF file".
///
/// `describe` returns a noun phrase with its article ("a PDF file", "an RTF file") that reads
/// well after "it looks like", or nil when the bytes match no format it knows (plain text
/// included). It looks at a few hundred bytes at most, except for ZIP files, where it reads the
/// local file headers to tell a Word, Excel, PowerPoint, OpenDocument or EPUB package from a plain
/// archive.
public enum FormatSniffer {
    public static func describe(_ bytes: [UInt8]) -> String? {
        guard !bytes.isEmpty else { return nil }
        if bytes.starts(with: Array("%PDF-".utf8)) { return "a PDF file" }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "a PNG image" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "a JPEG image" }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return "a GIF image" }
        if bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return "a TIFF image" }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) { return "a WebP image" }
        if bytes.starts(with: Array("BM".utf8)), bytes.count >= 26, bytes[14] >= 12, bytes[15] == 0 { return "a BMP image" }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return "a legacy Word .doc (OLE2) file or a password-protected Office document"
        }
        if bytes.starts(with: Array("{\\rtf".utf8)) { return "an RTF file" }
        if bytes.starts(with: [0x1F, 0x8B]) { return "a gzip file" }
        if bytes.starts(with: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return "a 7-Zip archive" }
        if bytes.starts(with: Array("Rar!".utf8)) { return "a RAR archive" }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return describeZip(bytes)
        }
        return describeMarkup(bytes)
    }

    /// Walks the local file headers from the start of a ZIP file (never trusting a size to read
    /// past the end) and names the package kind from the part names it finds.
    static func describeZip(_ bytes: [UInt8]) -> String {
        var offset = 0
        var names: [String] = []
        var mimetype: String?
        while offset + 30 <= bytes.count, names.count < 64,
              bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x03, bytes[offset + 3] == 0x04 {
            let flags = le16(bytes, offset + 6)
            let method = le16(bytes, offset + 8)
            let compressed = le32(bytes, offset + 18)
            let nameLength = le16(bytes, offset + 26)
            let extraLength = le16(bytes, offset + 28)
            let nameStart = offset + 30
            guard nameStart + nameLength <= bytes.count else { break }
            let name = String(decoding: bytes[nameStart..<nameStart + nameLength], as: UTF8.self)
            names.append(name)
            let dataStart = nameStart + nameLength + extraLength
            if name == "mimetype", method == 0, dataStart + compressed <= bytes.count {
                mimetype = String(decoding: bytes[dataStart..<dataStart + compressed], as: UTF8.self)
            }
            // With a data descriptor the size in the local header may be 0: stop walking there.
            if flags & 0x08 != 0 { break }
            offset = dataStart + compressed
        }
        if let mimetype {
            if mimetype.hasPrefix("application/vnd.oasis.opendocument.text") { return "an OpenDocument text (.odt) file" }
            if mimetype.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") { return "an OpenDocument spreadsheet (.ods) file" }
            if mimetype.hasPrefix("application/vnd.oasis.opendocument.presentation") { return "an OpenDocument presentation (.odp) file" }
            if mimetype.hasPrefix("application/vnd.oasis.opendocument") { return "an OpenDocument file" }
            if mimetype.hasPrefix("application/epub+zip") { return "an EPUB book" }
        }
        let lowered = names.map { $0.lowercased() }
        if lowered.contains(where: { $0.hasPrefix("word/") }) { return "a Word .docx document" }
        if lowered.contains(where: { $0.hasPrefix("xl/") }) { return "an Excel .xlsx workbook" }
        if lowered.contains(where: { $0.hasPrefix("ppt/") }) { return "a PowerPoint .pptx presentation" }
        return "a ZIP archive"
    }

    /// HTML and XML, recognised after an optional BOM and leading white space.
    static func describeMarkup(_ bytes: [UInt8]) -> String? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            // UTF-16: keep the ASCII bytes of the first characters and look again.
            let units = stride(from: 2, to: min(bytes.count - 1, 2050), by: 2).map { bytes[$0] == 0 ? bytes[$0 + 1] : bytes[$0] }
            return describeMarkup(units)
        }
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A || bytes[start] == 0x0D {
            start += 1
        }
        let head = bytes[start..<min(bytes.count, start + 1024)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        func has(_ text: String) -> Bool {
            let needle = Array(text.utf8)
            guard needle.count <= head.count else { return false }
            for index in 0...(head.count - needle.count) where head[index] == needle[0] {
                if Array(head[index..<index + needle.count]) == needle { return true }
            }
            return false
        }
        if head.starts(with: Array("<!doctype html".utf8)) || head.starts(with: Array("<html".utf8))
            || (head.first == 0x3C && (has("<html") || has("<body") || has("<table") || has("<p>") || has("<div"))) {
            return "an HTML page"
        }
        if head.starts(with: Array("<?xml".utf8)) {
            if has("<w:worddocument") { return "a Word 2003 XML document" }
            if has("<pkg:package") { return "a Word flat XML (.xml) document" }
            return "an XML file"
        }
        return nil
    }

    static func le16(_ bytes: [UInt8], _ offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    static func le32(_ bytes: [UInt8], _ offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
    }
}
