/// XML 1.0 escaping on UTF-8 bytes.
///
/// The five specials become entities. C0 control characters other than TAB, LF and CR — and
/// U+FFFE, U+FFFF — cannot appear in XML 1.0 at all, not even as character references, so
/// they become U+FFFD. In attribute values TAB, LF and CR are written as character references,
/// which attribute-value normalisation would otherwise turn into spaces.
enum XMLEscaping {
    static func text(_ value: String) -> String { escape(value, attribute: false) }
    static func attribute(_ value: String) -> String { escape(value, attribute: true) }

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    private static func escape(_ value: String, attribute: Bool) -> String {
        let bytes = Array(value.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case 0x26: out.append(contentsOf: Array("&amp;".utf8))
            case 0x3C: out.append(contentsOf: Array("&lt;".utf8))
            case 0x3E: out.append(contentsOf: Array("&gt;".utf8))
            case 0x22: out.append(contentsOf: Array("&quot;".utf8))
            case 0x27: out.append(contentsOf: Array("&apos;".utf8))
            case 0x09: if attribute { out.append(contentsOf: Array("&#9;".utf8)) } else { out.append(byte) }
            case 0x0A: if attribute { out.append(contentsOf: Array("&#10;".utf8)) } else { out.append(byte) }
            case 0x0D: out.append(contentsOf: Array("&#13;".utf8))  // a raw CR would be read as LF
            case 0x00..<0x20: out.append(contentsOf: replacement)
            case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                out.append(contentsOf: replacement)
                i += 2
            default: out.append(byte)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
