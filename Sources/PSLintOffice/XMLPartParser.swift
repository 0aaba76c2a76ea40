import CLibXML2
import PSLintCore

/// An element or attribute name, or a namespace URI, interned in one part's parser dictionary:
/// libxml2 interns every name it reads there, so equal names are equal pointers.
typealias XMLName = UnsafePointer<xmlChar>?

/// What a part reader does with the events of one XML part, in document order.
protocol XMLPartHandler {
    /// An element starts. Returning false skips it with everything inside it: neither its
    /// content nor its end is reported.
    mutating func startElement(_ element: XMLElement) throws(InputError) -> Bool
    /// An element ends (an empty element's end follows its start at once). Attributes are not
    /// available here.
    mutating func endElement(_ element: XMLElement) throws(InputError)
    /// Character data, possibly in several pieces: text, white space, CDATA, and character and
    /// predefined entity references already resolved.
    mutating func characters(_ text: UnsafeBufferPointer<UInt8>)
}

extension XMLPartHandler {
    mutating func characters(_ text: UnsafeBufferPointer<UInt8>) {}
}

/// Interns names in the dictionary of the parser about to read a part, so that a handler
/// compares the names it reacts to as pointers.
struct XMLNames {
    fileprivate let dictionary: OpaquePointer?

    func name(_ text: String) -> XMLName {
        text.withCString { xmlDictLookup(dictionary, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self), -1) }
    }
}

/// Streams one XML part of a Word package through libxml2's SAX2 parser: no tree and no reader
/// nodes are built, each event goes straight to an `XMLPartHandler`.
///
/// Safety: the network is off (`XML_PARSE_NONET`), entities are never substituted (no
/// `XML_PARSE_NOENT`), no DTD is loaded, and a part whose prolog holds a DOCTYPE is refused
/// before libxml2 sees it (Word never writes one; with one come external entities and
/// billion-laughs expansion); should one get past that check, the `internalSubset` callback
/// stops the parser, no entity declaration is recorded and only the five predefined entities
/// resolve. libxml2's errors go to this parser's own structured handler and end up in the
/// thrown message.
final class XMLPartParser {
    /// WordprocessingML, transitional and strict.
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let strictWordNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    static let markupCompatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let mathNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/math"

    private let part: String
    private let sink = XMLErrorSink()
    private var context: xmlParserCtxtPtr?
    /// Inside a skipped element: how deep (0 when nothing is skipped).
    private var skipDepth = 0
    private var failure: InputError?
    private var sawDoctype = false
    private var transitionalNamespace: XMLName = nil
    private var strictNamespace: XMLName = nil
    /// The namespace of WordprocessingML attributes: transitional until a strict element shows up.
    private var attributeNamespace: XMLName = nil
    /// The handler while `run` parses (and keeps it alive): unowned(unsafe), so that no event
    /// pays for a retain and a release.
    private unowned(unsafe) var target: XMLEventTarget?

    private init(part: String) {
        self.part = part
    }

    /// Parses `bytes` (`part` names it in messages), feeding the handler `makeHandler` builds
    /// with the names of this parse, and returns that handler once the whole part is read.
    static func parse<Handler: XMLPartHandler>(_ bytes: [UInt8], part: String,
                                               makeHandler: (XMLNames) -> Handler) throws(InputError) -> Handler {
        LibXML.ensureInitialised()
        var input = bytes
        var options = Int32(XML_PARSE_NONET.rawValue)
        if let utf8 = XMLPartBytes.transcodeUTF16(bytes) {
            input = utf8
            options |= Int32(XML_PARSE_IGNORE_ENC.rawValue)
        }
        guard !input.isEmpty else { throw InputError("\(part) is empty") }
        try XMLPartBytes.refuseDoctype(input, part: part)
        let parser = XMLPartParser(part: part)
        return try input.withUnsafeBufferPointer { buffer throws(InputError) in
            try parser.run(buffer, options: options, makeHandler: makeHandler)
        }
    }

    private func run<Handler: XMLPartHandler>(_ buffer: UnsafeBufferPointer<UInt8>, options: Int32,
                                              makeHandler: (XMLNames) -> Handler) throws(InputError) -> Handler {
        let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
        // The first bytes go in with the context, as libxml2's own readers do: they settle the encoding.
        let head = min(4, buffer.count)
        var sax = XMLPartParser.handlers()
        guard let context = xmlCreatePushParserCtxt(&sax, Unmanaged.passUnretained(self).toOpaque(), base, Int32(head), part) else {
            throw InputError("\(part) cannot be opened by the XML parser")
        }
        self.context = context
        defer {
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            xmlFreeParserCtxt(context)
            self.context = nil
        }
        _ = xmlCtxtUseOptions(context, options)
        let names = XMLNames(dictionary: context.pointee.dict)
        transitionalNamespace = names.name(XMLPartParser.wordNamespace)
        strictNamespace = names.name(XMLPartParser.strictWordNamespace)
        attributeNamespace = transitionalNamespace
        var handler = makeHandler(names)
        withUnsafeMutablePointer(to: &handler) { pointer in
            let target = HandlerTarget(pointer)
            self.target = target
            withExtendedLifetime(target) {
                _ = xmlParseChunk(context, base + head, Int32(buffer.count - head), 1)
            }
            self.target = nil
        }
        if let failure { throw failure }
        if sawDoctype { throw InputError("\(part) has a DOCTYPE: refused") }
        if context.pointee.wellFormed == 0 || sink.firstError != nil {
            throw InputError("\(part) is not well-formed XML: \(sink.summary ?? "the parser stopped")")
        }
        return handler
    }

    // MARK: Events

    private func start(_ localName: XMLName, _ namespace: XMLName,
                       _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, _ attributeCount: Int) {
        if skipDepth > 0 { skipDepth += 1; return }
        let isWord = isWordNamespace(namespace)
        let element = XMLElement(localName: localName, namespace: namespace, isWord: isWord, attributes: attributes,
                                 attributeCount: attributeCount, attributeNamespace: attributeNamespace)
        do {
            if try !target!.start(element) { skipDepth = 1 }
        } catch {
            stop(error)
        }
    }

    private func end(_ localName: XMLName, _ namespace: XMLName) {
        if skipDepth > 0 { skipDepth -= 1; return }
        let isWord = isWordNamespace(namespace)
        let element = XMLElement(localName: localName, namespace: namespace, isWord: isWord, attributes: nil,
                                 attributeCount: 0, attributeNamespace: attributeNamespace)
        do {
            try target!.end(element)
        } catch {
            stop(error)
        }
    }

    private func characters(_ text: UnsafePointer<xmlChar>?, _ length: Int32) {
        guard skipDepth == 0, let text, length > 0 else { return }
        target!.characters(UnsafeBufferPointer(start: text, count: Int(length)))
    }

    /// An element in the WordprocessingML namespace (transitional or strict; a strict one
    /// switches attribute look-ups to the strict namespace).
    private func isWordNamespace(_ namespace: XMLName) -> Bool {
        guard let namespace else { return false }
        if namespace == transitionalNamespace { return true }
        if namespace == strictNamespace {
            attributeNamespace = strictNamespace
            return true
        }
        return false
    }

    private func stop(_ error: InputError) {
        if failure == nil { failure = error }
        xmlStopParser(context)
    }

    // MARK: libxml2 callbacks

    private static func parser(_ userData: UnsafeMutableRawPointer?) -> XMLPartParser {
        Unmanaged<XMLPartParser>.fromOpaque(userData!).takeUnretainedValue()
    }

    /// `body` on the parser behind `userData`, without retaining it (it outlives the parse).
    private static func withParser(_ userData: UnsafeMutableRawPointer?, _ body: (XMLPartParser) -> Void) {
        Unmanaged<XMLPartParser>.fromOpaque(userData!)._withUnsafeGuaranteedRef(body)
    }

    /// The SAX2 callbacks: elements, character data, errors, and the DOCTYPE and entity guards.
    private static func handlers() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { userData, localName, _, namespace, _, _, attributeCount, _, attributes in
            XMLPartParser.withParser(userData) { $0.start(localName, namespace, attributes, Int(attributeCount)) }
        }
        sax.endElementNs = { userData, localName, _, namespace in
            XMLPartParser.withParser(userData) { $0.end(localName, namespace) }
        }
        sax.characters = { userData, text, length in XMLPartParser.withParser(userData) { $0.characters(text, length) } }
        sax.ignorableWhitespace = sax.characters
        sax.cdataBlock = sax.characters
        sax.serror = { userData, error in
            guard let error else { return }
            XMLPartParser.parser(userData).sink.record(error)
        }
        sax.internalSubset = { userData, _, _, _ in
            let parser = XMLPartParser.parser(userData)
            parser.sawDoctype = true
            xmlStopParser(parser.context)
        }
        sax.getEntity = { _, name in xmlGetPredefinedEntity(name) }
        sax.entityDecl = { _, _, _, _, _, _ in }
        return sax
    }
}

/// Where the parser sends events: libxml2's callbacks are C functions and cannot be generic, so
/// they reach the handler through this class, overridden for each handler type.
private class XMLEventTarget {
    func start(_ element: XMLElement) throws(InputError) -> Bool { true }
    func end(_ element: XMLElement) throws(InputError) {}
    func characters(_ text: UnsafeBufferPointer<UInt8>) {}
}

/// Forwards events to the handler `run` holds (through a pointer: no copy, no exclusivity check).
private final class HandlerTarget<Handler: XMLPartHandler>: XMLEventTarget {
    private let handler: UnsafeMutablePointer<Handler>

    init(_ handler: UnsafeMutablePointer<Handler>) {
        self.handler = handler
    }

    override func start(_ element: XMLElement) throws(InputError) -> Bool { try handler.pointee.startElement(element) }
    override func end(_ element: XMLElement) throws(InputError) { try handler.pointee.endElement(element) }
    override func characters(_ text: UnsafeBufferPointer<UInt8>) { handler.pointee.characters(text) }
}
