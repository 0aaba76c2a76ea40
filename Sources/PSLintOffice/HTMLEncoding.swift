import PSLintCore

/// Decides the encoding of an HTML page and turns it into UTF-8 with LF line ends, the buffer
/// libxml2 parses and positions are counted on.
///
/// Order: `--encoding`; a byte-order mark; the charset a `<meta>` in the first 4 KiB declares;
/// else UTF-8, falling back to Windows-1251 with a notice when the bytes are not UTF-8 (as the
/// text readers do).
enum HTMLEncoding {
    struct Decoded {
        var utf8: [UInt8]
        var notices: [String]
    }

    static func decode(_ bytes: [UInt8], forced: TextEncodingChoice?) throws(InputError) -> Decoded {
        var notices: [String] = []
        var choice = forced
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if choice == nil, !hasBOM, let declared = declaredCharset(bytes) {
            if let known = TextEncodingChoice(name: declared) {
                choice = known
            } else if TextDecoding.isValidUTF8(bytes) {
                notices.append("declares charset \(declared), which pslint does not read: read as UTF-8")
                choice = .utf8
            } else {
                throw InputError("declares charset \(declared), which pslint does not read (save the page as UTF-8, or use --encoding)")
            }
        }
        let result = try TextDecoding.decode(bytes, forced: choice)
        if let notice = result.notice { notices.append(notice) }
        return Decoded(utf8: normaliseLineEnds(result.utf8), notices: notices)
    }

    /// `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let meta = Array("<meta".utf8), key = Array("charset".utf8)
        var index = 0
        while index + meta.count < head.count {
            guard head[index] == 0x3C, Array(head[index..<index + meta.count]) == meta else { index += 1; continue }
            var end = index
            while end < head.count, head[end] != 0x3E { end += 1 }
            let tag = Array(head[index..<end])
            var position = 0
            while position + key.count <= tag.count {
                if Array(tag[position..<position + key.count]) == key {
                    var cursor = position + key.count
                    while cursor < tag.count, tag[cursor] == 0x20 { cursor += 1 }
                    guard cursor < tag.count, tag[cursor] == 0x3D else { position += 1; continue }  // '='
                    cursor += 1
                    while cursor < tag.count, tag[cursor] == 0x20 || tag[cursor] == 0x22 || tag[cursor] == 0x27 { cursor += 1 }
                    var valueEnd = cursor
                    while valueEnd < tag.count, isCharsetByte(tag[valueEnd]) { valueEnd += 1 }
                    if valueEnd > cursor { return String(decoding: tag[cursor..<valueEnd], as: UTF8.self) }
                }
                position += 1
            }
            index = end
        }
        return nil
    }

    static func isCharsetByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x3A
    }

    /// CRLF and lone CR become LF: line numbers stay those of the file, and libxml2 sees the
    /// same bytes positions are counted on.
    static func normaliseLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x0D) else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                output.append(0x0A)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                output.append(byte)
            }
            index += 1
        }
        return output
    }
}
