import PSLintCore

/// Checks and conversions on a part's bytes before libxml2 sees them.
enum XMLPartBytes {
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
