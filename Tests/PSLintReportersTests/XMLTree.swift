import CLibXML2
import Foundation

/// A parsed XML element, read with libxml2 (`XML_PARSE_NONET`, never `XML_PARSE_NOENT`).
struct XMLElement {
    var name: String
    var attributes: [String: String]
    var children: [XMLElement]
    var text: String

    func all(_ name: String) -> [XMLElement] {
        (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
    }

    func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }
}

enum XMLTools {
    static let parseOptions = Int32(XML_PARSE_NONET.rawValue)

    /// Parses `xml`; nil when it is not well-formed.
    static func parse(_ xml: String) -> XMLElement? {
        let bytes = Array(xml.utf8)
        guard let doc = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                xmlReadMemory($0, Int32(bytes.count), "report.xml", "UTF-8", parseOptions)
            }
        }) else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        return element(root)
    }

    private static func element(_ node: xmlNodePtr) -> XMLElement {
        var result = XMLElement(name: String(cString: node.pointee.name), attributes: [:], children: [], text: "")
        var attribute = node.pointee.properties
        while let a = attribute {
            let name = String(cString: a.pointee.name)
            if let value = xmlGetProp(node, a.pointee.name) {
                result.attributes[name] = String(cString: value)
                pslint_xmlFree(value)
            }
            attribute = a.pointee.next
        }
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE {
                result.children.append(element(c))
            } else if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE, let content = c.pointee.content {
                result.text += String(cString: content)
            }
            child = c.pointee.next
        }
        return result
    }

    /// Validates `xml` against the XSD at `schemaPath`; returns nil when valid, else the problem.
    static func validate(_ xml: String, schemaPath: String) -> String? {
        guard let parserContext = xmlSchemaNewParserCtxt(schemaPath) else { return "cannot read the schema \(schemaPath)" }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        guard let schema = xmlSchemaParse(parserContext) else { return "cannot parse the schema \(schemaPath)" }
        defer { xmlSchemaFree(schema) }
        guard let validation = xmlSchemaNewValidCtxt(schema) else { return "cannot create a validation context" }
        defer { xmlSchemaFreeValidCtxt(validation) }
        let bytes = Array(xml.utf8)
        guard let doc = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                xmlReadMemory($0, Int32(bytes.count), "report.xml", "UTF-8", parseOptions)
            }
        }) else { return "not well-formed XML" }
        defer { xmlFreeDoc(doc) }
        let rc = xmlSchemaValidateDoc(validation, doc)
        if rc == 0 { return nil }
        if let error = xmlGetLastError(), let message = error.pointee.message {
            return "invalid (\(rc)) at line \(error.pointee.line): \(String(cString: message))"
        }
        return "invalid (\(rc))"
    }
}
