import PSLintCore

/// The bytes of a text file seen through its own encoding: where its lines start, how long each
/// character is in bytes, and how to encode replacement text so that nothing else changes.
///
/// Lines end at LF, CRLF or CR, as the text readers count them; columns count code points from 1;
/// a byte-order mark is not part of line 1.
struct EncodedText {
    let bytes: [UInt8]
    let encoding: TextEncodingChoice
    /// Length of the byte-order mark (0, 2 or 3).
    let bodyStart: Int
    /// Byte offset of the first character of each line (index 0 = line 1).
    private(set) var lineStarts: [Int] = []

    /// Decodes like the readers do (a BOM wins, else UTF-8, else Windows-1251), or as `forced`.
    init(bytes: [UInt8], forced: TextEncodingChoice? = nil) throws(FixError) {
        let decoded: TextDecoding.Result
        do {
            decoded = try TextDecoding.decode(bytes, forced: forced)
        } catch {
            throw FixError("cannot be decoded: \(error.message)")
        }
        self.bytes = bytes
        self.encoding = decoded.encoding
        if decoded.hadBOM {
            bodyStart = decoded.encoding == .utf8 ? 3 : 2
        } else {
            bodyStart = 0
        }
        lineStarts = computeLineStarts()
    }

    /// Bytes of one code unit: 2 for UTF-16, 1 otherwise.
    var unitSize: Int { encoding == .utf16LE || encoding == .utf16BE ? 2 : 1 }

    /// The code unit at `offset` (a byte, or a UTF-16 unit).
    @inline(__always)
    func unit(at offset: Int) -> UInt32 {
        switch encoding {
        case .utf16LE: return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
        case .utf16BE: return UInt32(bytes[offset]) << 8 | UInt32(bytes[offset + 1])
        case .utf8, .windows1251: return UInt32(bytes[offset])
        }
    }

    private func computeLineStarts() -> [Int] {
        var starts = [bodyStart]
        let step = unitSize
        var i = bodyStart
        let end = bytes.count - (bytes.count - bodyStart) % step
        while i < end {
            let u = unit(at: i)
            if u == 0x0A {
                starts.append(i + step)
            } else if u == 0x0D {
                if i + step < end, unit(at: i + step) == 0x0A { i += step }
                starts.append(i + step)
            }
            i += step
        }
        // A final line terminator does not open a line.
        if starts.count > 1, starts.last == end { starts.removeLast() }
        return starts
    }

    var lineCount: Int { lineStarts.count }

    /// Is the code unit at `offset` a line terminator (CR or LF)?
    func isLineTerminator(at offset: Int) -> Bool {
        let u = unit(at: offset)
        return u == 0x0A || u == 0x0D
    }

    /// Byte length of the character starting at `offset` (the file is valid in its encoding).
    func characterLength(at offset: Int) -> Int {
        switch encoding {
        case .windows1251: return 1
        case .utf16LE, .utf16BE:
            let u = unit(at: offset)
            return (0xD800...0xDBFF).contains(u) && offset + 4 <= bytes.count ? 4 : 2
        case .utf8:
            let b = bytes[offset]
            let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            return min(length, bytes.count - offset)
        }
    }

    /// Byte offset of line `line`, column `column` (1-based, code points), or why there is none.
    func offset(line: Int, column: Int) -> Result<Int, FixError> {
        guard line >= 1, line <= lineStarts.count else {
            return .failure(FixError("line \(line) does not exist (the file has \(lineStarts.count))"))
        }
        guard column >= 1 else { return .failure(FixError("column \(column) is not valid")) }
        var offset = lineStarts[line - 1]
        var remaining = column - 1
        while remaining > 0 {
            guard offset < bytes.count, !isLineTerminator(at: offset) else {
                return .failure(FixError("line \(line) is shorter than \(column) characters"))
            }
            offset += characterLength(at: offset)
            remaining -= 1
        }
        return .success(offset)
    }

    /// The byte range of `count` characters starting at `offset` (stops early at the end of the file).
    func range(from offset: Int, characters count: Int) -> Range<Int> {
        var end = offset
        var remaining = count
        while remaining > 0, end < bytes.count {
            end += characterLength(at: end)
            remaining -= 1
        }
        return offset..<min(end, bytes.count)
    }

    /// The text of a byte range, as UTF-8 bytes.
    func decode(_ range: Range<Int>) -> [UInt8] {
        let slice = Array(bytes[range])
        if encoding == .utf8 { return slice }
        // Forced decoding never strips a BOM from the middle of the file: the slice holds no BOM
        // at its start unless the text itself starts with U+FEFF, which edits never touch.
        return (try? TextDecoding.decode(slice, forced: encoding).utf8) ?? []
    }

    /// `text` in the file's encoding, or nil when the encoding cannot represent it.
    func encode(_ text: String) -> [UInt8]? {
        switch encoding {
        case .utf8: return Array(text.utf8)
        case .utf16LE, .utf16BE:
            var out: [UInt8] = []
            for unit in text.utf16 {
                if encoding == .utf16LE {
                    out.append(UInt8(unit & 0xFF)); out.append(UInt8(unit >> 8))
                } else {
                    out.append(UInt8(unit >> 8)); out.append(UInt8(unit & 0xFF))
                }
            }
            return out
        case .windows1251:
            var out: [UInt8] = []
            for scalar in text.unicodeScalars {
                if scalar.value < 0x80 { out.append(UInt8(scalar.value)); continue }
                guard let byte = Windows1251Encoder.byte(for: scalar) else { return nil }
                out.append(byte)
            }
            return out
        }
    }
}

/// Encodes to Windows-1251 by inverting the readers' own decoding table.
enum Windows1251Encoder {
    static let table: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for byte in UInt8(0x80)...UInt8(0xFF) {
            guard let utf8 = try? TextDecoding.decode([byte], forced: .windows1251).utf8,
                  let scalar = String(decoding: utf8, as: UTF8.self).unicodeScalars.first,
                  scalar.value != 0xFFFD else { continue }
            table[scalar.value] = byte
        }
        return table
    }()

    static func byte(for scalar: Unicode.Scalar) -> UInt8? { table[scalar.value] }
}
