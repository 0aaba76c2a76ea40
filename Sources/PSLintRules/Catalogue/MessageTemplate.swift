import PSLintCore

/// `{name}` placeholders in catalogue messages.
enum MessageTemplate {
    /// Replaces every `{name}` whose name is in `arguments`; other text, unknown placeholders
    /// included, is kept as written.
    static func render(_ template: String, _ arguments: [String: MessageArgument]) -> String {
        var out: [UInt8] = []
        let bytes = Array(template.utf8)
        out.reserveCapacity(bytes.count + 32)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "{"), let close = closingBrace(bytes, from: i + 1) {
                let name = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
                if let value = arguments[name] {
                    out.append(contentsOf: Array(value.description.utf8))
                    i = close + 1
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The placeholder names of a template, in order of first use.
    static func placeholders(_ template: String) -> [String] {
        let bytes = Array(template.utf8)
        var names: [String] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "{"), let close = closingBrace(bytes, from: i + 1) {
                let name = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
                if !names.contains(name) { names.append(name) }
                i = close + 1
                continue
            }
            i += 1
        }
        return names
    }

    /// The index of the `}` closing a placeholder name made of ASCII letters and digits.
    private static func closingBrace(_ bytes: [UInt8], from start: Int) -> Int? {
        var j = start
        while j < bytes.count {
            let b = bytes[j]
            if b == UInt8(ascii: "}") { return j > start ? j : nil }
            let isNameByte = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            if !isNameByte { return nil }
            j += 1
        }
        return nil
    }
}
