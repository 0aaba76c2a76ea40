import CLibXML2

/// Checks that an XML part is well formed with libxml2's streaming reader: no network, no entity
/// expansion, no DTD loading, libxml2's messages captured rather than printed.
enum XMLWellFormedness {
    /// Throws the first libxml2 error, in one line.
    static func check(_ bytes: [UInt8], part: String) throws(FixError) {
        guard !bytes.isEmpty else { throw FixError("\(part) is empty") }
        // A DTD is refused before libxml2 sees it: no entity declaration is ever parsed.
        if hasDeclarationInProlog(bytes) { throw FixError("\(part) has a DOCTYPE: refused") }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let collector = ErrorCollector()
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        let status: Int32 = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                guard let reader = xmlReaderForMemory(chars, Int32(buffer.count), part, nil, options) else { return -2 }
                defer { xmlFreeTextReader(reader) }
                xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
                    guard let context, let error else { return }
                    let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
                    guard collector.message == nil else { return }
                    let text = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
                    let line = error.pointee.line
                    collector.message = text.split(whereSeparator: \.isNewline).joined(separator: " ") + (line > 0 ? " (line \(line))" : "")
                }, unmanaged.toOpaque())
                var result: Int32 = 1
                while result == 1 { result = xmlTextReaderRead(reader) }
                return result
            }
        }
        if status != 0 || collector.message != nil {
            throw FixError("\(part) is not well-formed XML: \(collector.message ?? "libxml2 could not read it")")
        }
    }

    /// Does a `<!DOCTYPE` (or any `<!` other than a comment) come before the root element?
    static func hasDeclarationInProlog(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var i = b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
            while i < b.count {
                let c = b[i]
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1; continue }
                guard c == 0x3C else { return false }
                if XMLTextContent.starts(b, i, b.count, "<?") {
                    i = (XMLTextContent.find(b, i + 2, b.count, "?>") ?? b.count) + 2
                } else if XMLTextContent.starts(b, i, b.count, "<!--") {
                    i = (XMLTextContent.find(b, i + 4, b.count, "-->") ?? b.count) + 3
                } else {
                    return XMLTextContent.starts(b, i, b.count, "<!")
                }
            }
            return false
        }
    }

    private final class ErrorCollector {
        var message: String?
    }
}
