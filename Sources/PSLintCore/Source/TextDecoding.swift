/// The text encodings pslint reads (`--encoding`).
public enum TextEncodingChoice: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows1251 = "windows-1251"

    /// Accepts the usual spellings: `utf8`, `UTF-8`, `cp1251`, `windows1251`, `utf16le`.
    public init?(name: String) {
        let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "utf8": self = .utf8
        case "utf16le", "utf16": self = .utf16LE
        case "utf16be": self = .utf16BE
        case "windows1251", "cp1251", "win1251": self = .windows1251
        default: return nil
        }
    }
}

/// Decodes the bytes of a text file to UTF-8 bytes.
///
/// A UTF-8 or UTF-16 byte-order mark is honoured; otherwise UTF-8 is validated, and a file that is
/// not UTF-8 is read as Windows-1251 (Word's "plain text" on Cyrillic Windows) with a notice.
public enum TextDecoding {
    public struct Result: Sendable {
        /// UTF-8 bytes without BOM.
        public var utf8: [UInt8]
        public var encoding: TextEncodingChoice
        public var hadBOM: Bool
        public var notice: String?
    }

    public static func decode(_ bytes: [UInt8], forced: TextEncodingChoice? = nil) throws(InputError) -> Result {
        if let forced {
            return Result(utf8: try convert(bytes: stripBOM(bytes, for: forced), from: forced), encoding: forced, hadBOM: hasBOM(bytes, for: forced), notice: nil)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes[3...])
            guard isValidUTF8(body) else { throw InputError("starts with a UTF-8 byte-order mark but is not valid UTF-8") }
            return Result(utf8: body, encoding: .utf8, hadBOM: true, notice: nil)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return Result(utf8: try convert(bytes: Array(bytes[2...]), from: .utf16LE), encoding: .utf16LE, hadBOM: true, notice: nil)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return Result(utf8: try convert(bytes: Array(bytes[2...]), from: .utf16BE), encoding: .utf16BE, hadBOM: true, notice: nil)
        }
        if isValidUTF8(bytes) {
            return Result(utf8: bytes, encoding: .utf8, hadBOM: false, notice: nil)
        }
        return Result(utf8: try convert(bytes: bytes, from: .windows1251), encoding: .windows1251, hadBOM: false,
                      notice: "not valid UTF-8: read as Windows-1251 (use --encoding to choose another)")
    }

    static func hasBOM(_ bytes: [UInt8], for encoding: TextEncodingChoice) -> Bool {
        switch encoding {
        case .utf8: return bytes.starts(with: [0xEF, 0xBB, 0xBF])
        case .utf16LE: return bytes.starts(with: [0xFF, 0xFE])
        case .utf16BE: return bytes.starts(with: [0xFE, 0xFF])
        case .windows1251: return false
        }
    }

    static func stripBOM(_ bytes: [UInt8], for encoding: TextEncodingChoice) -> [UInt8] {
        guard hasBOM(bytes, for: encoding) else { return bytes }
        return Array(bytes[(encoding == .utf8 ? 3 : 2)...])
    }

    /// Whether `bytes` are well-formed UTF-8 (the one validator the text reader uses too).
    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
    }

    static func convert(bytes: [UInt8], from encoding: TextEncodingChoice) throws(InputError) -> [UInt8] {
        switch encoding {
        case .utf8:
            guard isValidUTF8(bytes) else { throw InputError("is not valid UTF-8") }
            return bytes
        case .utf16LE, .utf16BE:
            guard bytes.count % 2 == 0 else { throw InputError("is not valid UTF-16: odd number of bytes") }
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 0
            while i < bytes.count {
                let unit = encoding == .utf16LE ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
                units.append(unit)
                i += 2
            }
            var out: [UInt8] = []
            out.reserveCapacity(units.count * 2)
            var iterator = units.makeIterator()
            var decoder = UTF16()
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): out.appendUTF8(scalar)
                case .emptyInput: break loop
                case .error: throw InputError("is not valid UTF-16")
                }
            }
            return out
        case .windows1251:
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count * 2)
            for byte in bytes {
                if byte < 0x80 { out.append(byte); continue }
                let scalar = Unicode.Scalar(windows1251High[Int(byte - 0x80)]) ?? "\u{FFFD}"
                out.appendUTF8(scalar)
            }
            return out
        }
    }

    /// Windows-1251, bytes 0x80–0xFF.
    static let windows1251High: [UInt16] = [
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
        0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
        0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
        0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    ] + (0x0410...0x044F).map { UInt16($0) }
}

extension Array where Element == UInt8 {
    /// Appends the UTF-8 encoding of `scalar`.
    mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        UTF8.encode(scalar) { append($0) }
    }
}
