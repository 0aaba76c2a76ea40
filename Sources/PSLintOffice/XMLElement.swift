import CLibXML2

/// An element as libxml2's SAX2 parser reports it, valid only during the handler call that
/// receives it: its name, its namespace, and its WordprocessingML attributes.
struct XMLElement {
    let localName: XMLName
    let namespace: XMLName
    /// In the WordprocessingML namespace (transitional or strict).
    let isWord: Bool
    /// libxml2's attribute array: five pointers an attribute (local name, prefix, namespace,
    /// value start, value end).
    let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let attributeCount: Int
    /// The namespace `attribute(_:)` and the like look in.
    let attributeNamespace: XMLName

    /// Runs `body` on the value of the WordprocessingML attribute `name` (`w:val`); nil when
    /// the element has none.
    ///
    /// libxml2 hands values over with character and predefined entity references resolved,
    /// except that an `&` stays the reference `&#38;` (its tree builder would resolve it
    /// again): that one is resolved here.
    func withAttribute<T>(_ name: XMLName, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        guard let attributes else { return nil }
        for index in 0..<attributeCount {
            let entry = attributes + 5 * index
            guard entry[0] == name, entry[2] == attributeNamespace, let start = entry[3], let end = entry[4] else { continue }
            let value = UnsafeBufferPointer(start: start, count: end - start)
            guard value.contains(0x26) else { return body(value) }
            return XMLElement.resolvingAmpersands(value).withUnsafeBufferPointer(body)
        }
        return nil
    }

    /// A WordprocessingML attribute as a string.
    func attribute(_ name: XMLName) -> String? {
        withAttribute(name) { String(decoding: $0, as: UTF8.self) }
    }

    /// `w:val` and the like as an integer (surrounding spaces and tabs allowed); nil when absent
    /// or not a number.
    func intAttribute(_ name: XMLName) -> Int? {
        withAttribute(name) { value -> Int? in
            var index = 0
            let count = value.count
            while index < count, value[index] == 0x20 || value[index] == 0x09 { index += 1 }
            var negative = false
            if index < count, value[index] == 0x2D { negative = true; index += 1 }
            var number = 0, digits = 0
            while index < count, value[index] >= 0x30, value[index] <= 0x39, digits < 18 {
                number = number * 10 + Int(value[index] - 0x30)
                index += 1
                digits += 1
            }
            while index < count, value[index] == 0x20 || value[index] == 0x09 { index += 1 }
            guard digits > 0, index == count else { return nil }
            return negative ? -number : number
        } ?? nil
    }

    /// An OOXML on/off property (`<w:vanish/>`, `<w:vanish w:val="false"/>`): on unless the
    /// attribute `name` (`w:val`) says otherwise.
    func isOn(_ name: XMLName) -> Bool {
        guard let value = attribute(name)?.lowercased() else { return true }
        return !(value == "0" || value == "false" || value == "off")
    }

    /// `value` with every `&#38;` turned into `&`.
    private static func resolvingAmpersands(_ value: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let reference: [UInt8] = Array("&#38;".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(value.count)
        var index = 0
        while index < value.count {
            if value[index] == 0x26, index + reference.count <= value.count,
               reference.indices.allSatisfy({ value[index + $0] == reference[$0] }) {
                output.append(0x26)
                index += reference.count
            } else {
                output.append(value[index])
                index += 1
            }
        }
        return output
    }
}
