/// A JSON value with ordered object keys, and a deterministic writer.
///
/// Reports are compared byte for byte in tests, so key order and formatting are fixed here
/// rather than left to `JSONEncoder`.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(serialized())
    }

    /// `.string` or `.null`.
    public static func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    public static func optional(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }

    /// Member `key` of an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// Writes the value; `indent` > 0 pretty-prints with that many spaces per level.
    public func serialized(indent: Int = 2) -> String {
        var writer = Writer(indent: indent)
        writer.write(self, level: 0)
        return writer.string
    }

    /// Appends JSON to a byte buffer: literals and unescaped stretches of strings are copied whole,
    /// and the indentation comes from one buffer of spaces, not a byte at a time.
    private struct Writer {
        var out: [UInt8] = []
        let indent: Int
        var spaces: [UInt8] = []

        init(indent: Int) {
            self.indent = indent
            out.reserveCapacity(4096)
        }

        /// The bytes written, as a string. They are valid UTF-8 (copied from strings, cut only
        /// at ASCII bytes, and ASCII), so they are not validated again where the library allows.
        var string: String {
            out.withUnsafeBufferPointer { b in
                #if compiler(>=6.2)
                if #available(macOS 26, iOS 26, *), let copy = UTF8Bytes.copy(b, 0..<b.count) { return copy }
                #endif
                return String(decoding: b, as: UTF8.self)
            }
        }

        mutating func write(_ value: JSONValue, level: Int) {
            switch value {
            case .null: out.append(contentsOf: "null".utf8)
            case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
            case .int(let i): writeInt(i)
            case .string(let s): JSONValue.writeString(s, into: &out)
            case .array(let items):
                container(0x5B, 0x5D, count: items.count, level: level) { writer, i in
                    writer.write(items[i], level: level + 1)
                }
            case .object(let members):
                container(0x7B, 0x7D, count: members.count, level: level) { writer, i in
                    JSONValue.writeString(members[i].0, into: &writer.out)
                    writer.out.append(0x3A)
                    if writer.indent > 0 { writer.out.append(0x20) }
                    writer.write(members[i].1, level: level + 1)
                }
            }
        }

        /// `open`, then `count` elements, each on its own line and written by `element`, then `close`
        /// (`[]` and `{}` when empty).
        mutating func container(_ open: UInt8, _ close: UInt8, count: Int, level: Int, element: (inout Writer, Int) -> Void) {
            out.append(open)
            guard count > 0 else { out.append(close); return }
            for i in 0..<count {
                if i > 0 { out.append(0x2C) }
                newline(level: level + 1)
                element(&self, i)
            }
            newline(level: level)
            out.append(close)
        }

        mutating func writeInt(_ value: Int) {
            if value < 0 { out.append(0x2D) }
            var magnitude = value.magnitude
            let start = out.count
            repeat {
                out.append(0x30 + UInt8(truncatingIfNeeded: magnitude % 10))
                magnitude /= 10
            } while magnitude > 0
            out[start...].reverse()
        }

        mutating func newline(level: Int) {
            guard indent > 0 else { return }
            out.append(0x0A)
            let count = indent * level
            while spaces.count < count { spaces.append(0x20) }
            out.append(contentsOf: spaces[0..<count])
        }
    }

    /// Appends `s` as a JSON string literal: the stretches that need no escape are copied whole.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        UTF8Bytes.with(s) { b in
            var stretch = 0
            for i in 0..<b.count {
                let byte = b[i]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[stretch..<i]))
                stretch = i + 1
                switch byte {
                case 0x22: out.append(0x5C); out.append(0x22)
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                case 0x09: out.append(0x5C); out.append(0x74)
                default:
                    let hex: StaticString = "0123456789abcdef"
                    out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30])
                    out.append(hex.utf8Start[Int(byte >> 4)])
                    out.append(hex.utf8Start[Int(byte & 0xF)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[stretch..<b.count]))
        }
        out.append(0x22)
    }
}

extension Location {
    /// `{"line","column","word","clause","snippet"}` as fixed by the JSON formats.
    public var json: JSONValue {
        .object([
            ("line", .optional(line)),
            ("column", .optional(column)),
            ("word", word.map { w in
                .object([("paragraph", .int(w.paragraph)), ("table", .optional(w.table)), ("row", .optional(w.row)), ("cell", .optional(w.cell))])
            } ?? .null),
            ("clause", .optional(clause)),
            ("snippet", .string(snippet)),
        ])
    }
}
