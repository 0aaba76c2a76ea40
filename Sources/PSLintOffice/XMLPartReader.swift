import CLibXML2
import PSLintCore

/// Streams one XML part of a Word package through libxml2's `xmlTextReader`.
///
/// Safety: the network is off (`XML_PARSE_NONET`), entities are never substituted (no
/// `XML_PARSE_NOENT`), no DTD is loaded, and a part whose prolog holds a DOCTYPE is refused
/// before libxml2 sees it (Word never writes one; with one come external entities and
/// billion-laughs expansion). libxml2's errors go to this reader's own handler and end up in
/// the thrown message.
///
/// Element names and namespaces are compared as pointers: the reader interns every name in its
/// dictionary, and `name(_:)` interns ours in the same dictionary once.
final class XMLPartReader {
    /// WordprocessingML, transitional and strict.
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let strictWordNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    static let markupCompatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let mathNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/math"

    let part: String
    private let reader: OpaquePointer
    private let sink = XMLErrorSink()
    /// The WordprocessingML namespace this part uses (taken from its root element).
    private(set) var wordNamespaceName: [CChar]
    private var wordNamespacePointer: UnsafePointer<xmlChar>?
    private var strictNamespacePointer: UnsafePointer<xmlChar>?

    // Node types of xmlReaderTypes.
    static let element: Int32 = 1
    static let text: Int32 = 3
    static let cdata: Int32 = 4
    static let documentType: Int32 = 10
    static let whitespace: Int32 = 13
    static let significantWhitespace: Int32 = 14
    static let endElement: Int32 = 15

    /// Runs `body` with a reader over `bytes`; the bytes stay pinned for the reader's lifetime.
    static func read<Result>(_ bytes: [UInt8], part: String,
                             _ body: (XMLPartReader) throws(InputError) -> Result) throws(InputError) -> Result {
        LibXML.ensureInitialised()
        var input = bytes
        var options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue)
        if let utf8 = transcodeUTF16(bytes) {
            input = utf8
            options |= Int32(XML_PARSE_IGNORE_ENC.rawValue)
        }
        guard !input.isEmpty else { throw InputError("\(part) is empty") }
        try refuseDoctype(input, part: part)
        let result: Swift.Result<Result, InputError> = input.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            guard let handle = xmlReaderForMemory(base, Int32(buffer.count), part, nil, options) else {
                return .failure(InputError("\(part) cannot be opened by the XML parser"))
            }
            let reader = XMLPartReader(reader: handle, part: part)
            defer { xmlFreeTextReader(handle) }
            do throws(InputError) {
                return .success(try body(reader))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private init(reader: OpaquePointer, part: String) {
        self.reader = reader
        self.part = part
        self.wordNamespaceName = Array(XMLPartReader.wordNamespace.utf8CString)
        xmlTextReaderSetStructuredErrorHandler(reader, XMLErrorSink.handler, Unmanaged.passUnretained(sink).toOpaque())
        wordNamespacePointer = name(XMLPartReader.wordNamespace)
        strictNamespacePointer = name(XMLPartReader.strictWordNamespace)
    }

    /// The interned pointer for `text`: equal to the reader's own name pointers for the same text.
    func name(_ text: String) -> UnsafePointer<xmlChar>? {
        text.withCString { xmlTextReaderConstString(reader, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    // MARK: Moving

    /// Advances to the next node; false at the end of the part. Throws on malformed XML.
    func read() throws(InputError) -> Bool {
        try check(xmlTextReaderRead(reader))
    }

    /// Skips the current element with everything inside it and stops on the node after it
    /// (already read: process it before calling `read()` again).
    func skipSubtree() throws(InputError) -> Bool {
        try check(xmlTextReaderNext(reader))
    }

    private func check(_ status: Int32) throws(InputError) -> Bool {
        if status == 1 {
            if nodeType == XMLPartReader.documentType { throw InputError("\(part) has a DOCTYPE: refused") }
            return true
        }
        if status == 0, sink.firstError == nil { return false }
        throw malformed()
    }

    func malformed() -> InputError {
        InputError("\(part) is not well-formed XML: \(sink.summary ?? "the parser stopped")")
    }

    // MARK: The current node

    var nodeType: Int32 { xmlTextReaderNodeType(reader) }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    var depth: Int { Int(xmlTextReaderDepth(reader)) }
    var localName: UnsafePointer<xmlChar>? { xmlTextReaderConstLocalName(reader) }
    var namespaceURI: UnsafePointer<xmlChar>? { xmlTextReaderConstNamespaceUri(reader) }

    /// The current node is in the WordprocessingML namespace (transitional or strict).
    var isWordElement: Bool {
        let uri = namespaceURI
        if uri != nil, uri == wordNamespacePointer { return true }
        if uri != nil, uri == strictNamespacePointer {
            wordNamespaceName = Array(XMLPartReader.strictWordNamespace.utf8CString)
            return true
        }
        return false
    }

    /// The text of a text node, passed as bytes (valid only inside `body`).
    func withValue(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let value = xmlTextReaderConstValue(reader) else { return }
        body(UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value))))
    }

    /// A WordprocessingML attribute of the current element (`w:val`).
    func attribute(_ localName: String) -> String? {
        withAttribute(localName) { String(cString: $0) }
    }

    /// `w:val` and the like as an integer (surrounding white space allowed); nil when absent or
    /// not a number.
    func intAttribute(_ localName: String) -> Int? {
        withAttribute(localName) { value -> Int? in
            var index = 0
            while value[index] == 0x20 || value[index] == 0x09 { index += 1 }
            var negative = false
            if value[index] == 0x2D { negative = true; index += 1 }
            var number = 0, digits = 0
            while value[index] >= 0x30, value[index] <= 0x39, digits < 18 {
                number = number * 10 + Int(value[index] - 0x30)
                index += 1
                digits += 1
            }
            while value[index] == 0x20 || value[index] == 0x09 { index += 1 }
            guard digits > 0, value[index] == 0 else { return nil }
            return negative ? -number : number
        } ?? nil
    }

    /// Runs `body` on a WordprocessingML attribute's value (a NUL-terminated copy libxml2 made).
    private func withAttribute<T>(_ localName: String, _ body: (UnsafeMutablePointer<xmlChar>) -> T) -> T? {
        let value: UnsafeMutablePointer<xmlChar>? = localName.withCString { name in
            wordNamespaceName.withUnsafeBufferPointer { ns in
                xmlTextReaderGetAttributeNs(reader, UnsafeRawPointer(name).assumingMemoryBound(to: xmlChar.self),
                                            UnsafeRawPointer(ns.baseAddress!).assumingMemoryBound(to: xmlChar.self))
            }
        }
        guard let value else { return nil }
        defer { pslint_xmlFree(value) }
        return body(value)
    }

    /// An OOXML on/off property (`<w:vanish/>`, `<w:vanish w:val="false"/>`): on unless the value
    /// says otherwise.
    func isOn() -> Bool {
        guard let value = attribute("val")?.lowercased() else { return true }
        return !(value == "0" || value == "false" || value == "off")
    }

    // MARK: Prolog checks

    /// Refuses a DOCTYPE in the prolog (after an optional BOM, XML declaration, comments and
    /// processing instructions). Works on any ASCII-compatible encoding.
    static func refuseDoctype(_ bytes: [UInt8], part: String) throws(InputError) {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let count = bytes.count
        func starts(_ text: StaticString, at position: Int) -> Bool {
            let length = text.utf8CodeUnitCount
            guard position + length <= count else { return false }
            let pointer = text.utf8Start
            for offset in 0..<length {
                var byte = bytes[position + offset]
                if byte >= 0x61 && byte <= 0x7A { byte -= 0x20 }
                if byte != pointer[offset] { return false }
            }
            return true
        }
        func find(_ text: StaticString, from position: Int) -> Int? {
            var position = position
            while position < count {
                if starts(text, at: position) { return position + text.utf8CodeUnitCount }
                position += 1
            }
            return nil
        }
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1; continue }
            if starts("<?", at: index) {
                guard let end = find("?>", from: index + 2) else { return }
                index = end
            } else if starts("<!--", at: index) {
                guard let end = find("-->", from: index + 4) else { return }
                index = end
            } else if starts("<!DOCTYPE", at: index) {
                throw InputError("\(part) has a DOCTYPE: refused")
            } else {
                return
            }
        }
    }

    /// UTF-16 parts (with a BOM or starting `<?` in UTF-16) as UTF-8, else nil.
    static func transcodeUTF16(_ bytes: [UInt8]) -> [UInt8]? {
        let littleEndian: Bool
        var start = 0
        if bytes.starts(with: [0xFF, 0xFE]) { littleEndian = true; start = 2 }
        else if bytes.starts(with: [0xFE, 0xFF]) { littleEndian = false; start = 2 }
        else if bytes.starts(with: [0x3C, 0x00, 0x3F, 0x00]) { littleEndian = true }
        else if bytes.starts(with: [0x00, 0x3C, 0x00, 0x3F]) { littleEndian = false }
        else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var index = start
        while index + 1 < bytes.count {
            units.append(littleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                                      : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
