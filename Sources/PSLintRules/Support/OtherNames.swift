import PSLintCore

/// The entries of a card's "other possible names" field.
enum OtherNames {
    /// Entries separated by `,`, `;` or line breaks, each without a leading occupation code
    /// (`2512-1-007 - Разработчик программного обеспечения`, 003 l.185, 004 l.2933).
    static func entries(_ text: String) -> [String] {
        var entries: [String] = []
        var current: [UInt8] = []
        func flush() {
            let entry = stripCode(String(decoding: current, as: UTF8.self)).trimmingWhitespace
            if !entry.isEmpty, entry != "-" { entries.append(entry) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == 0x0A || byte == 0x0D { flush() } else { current.append(byte) }
        }
        flush()
        return entries
    }

    /// Drops a leading `NNNN-N-NNN` or `NNNN-N` and the dash after it.
    private static func stripCode(_ entry: String) -> String {
        let bytes = Array(entry.trimmingWhitespace.utf8)
        var i = 0
        while i < bytes.count, (bytes[i] >= 0x30 && bytes[i] <= 0x39) || bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i >= 6 else { return entry }
        // then spaces and a dash of any kind
        var rest = String(decoding: bytes[i...], as: UTF8.self).trimmingWhitespace
        for dash in ["-", "–", "—"] where rest.hasPrefix(dash) {
            rest = String(rest.dropFirst())
        }
        return rest
    }
}
