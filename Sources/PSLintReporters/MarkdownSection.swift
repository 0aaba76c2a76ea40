/// A titled table of a Markdown report, and the assembly of sections under a byte limit.
struct MarkdownSection {
    var heading: String
    var columns: [String]
    /// Cells already escaped.
    var rows: [[String]]
    /// Printed instead of an empty table; nil leaves an empty section out.
    var emptyText: String? = nil

    var header: String {
        "### \(Markdown.escape(heading))\n\n| " + columns.map(Markdown.escape).joined(separator: " | ") + " |\n|"
            + String(repeating: " --- |", count: columns.count) + "\n"
    }

    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }

    /// `head`, then each section; when the whole would exceed `limit` bytes, rows are left out
    /// from the first one that does not fit, and `note(count)` closes the report.
    static func assemble(head: String, sections: [MarkdownSection], limit: Int, note: (Int) -> String) -> String {
        let rendered = sections.map { section -> (String, [String]) in (section.header, section.rows.map(row)) }
        var full = head
        for (index, section) in sections.enumerated() {
            if section.rows.isEmpty {
                if let empty = section.emptyText { full += "### \(Markdown.escape(section.heading))\n\n\(Markdown.escape(empty))\n\n" }
                continue
            }
            full += rendered[index].0 + rendered[index].1.joined() + "\n"
        }
        if full.utf8.count <= limit { return full }

        let totalRows = sections.reduce(0) { $0 + $1.rows.count }
        let budget = limit - note(totalRows).utf8.count - 1
        var out = head
        var size = out.utf8.count
        var omitted = 0
        var stopped = false
        for (index, section) in sections.enumerated() where !section.rows.isEmpty {
            let (header, rows) = rendered[index]
            if stopped || size + header.utf8.count + rows[0].utf8.count + 1 > budget {
                stopped = true
                omitted += rows.count
                continue
            }
            out += header
            size += header.utf8.count
            for row in rows {
                if stopped || size + row.utf8.count + 1 > budget {
                    stopped = true
                    omitted += 1
                    continue
                }
                out += row
                size += row.utf8.count
            }
            out += "\n"
            size += 1
        }
        return out + note(omitted) + "\n"
    }
}

/// Escaping for text inside Markdown table cells (GitHub-flavoured).
enum Markdown {
    /// Backslash-escapes the characters Markdown would format, writes `<`, `>`, `&` as entities
    /// (GitHub renders raw HTML), line breaks as `<br>`; other control characters become U+FFFD.
    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        let bytes = Array(text.utf8)
        out.reserveCapacity(bytes.count + 8)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "|"), UInt8(ascii: "~"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case UInt8(ascii: "<"): out.append(contentsOf: Array("&lt;".utf8))
            case UInt8(ascii: ">"): out.append(contentsOf: Array("&gt;".utf8))
            case UInt8(ascii: "&"): out.append(contentsOf: Array("&amp;".utf8))
            case 0x0D, 0x0A:
                if byte == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                out.append(contentsOf: Array("<br>".utf8))
            case 0x09: out.append(0x20)
            case 0x00..<0x20, 0x7F: out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            default: out.append(byte)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A link target: spaces and parentheses percent-encoded so the link stays one token.
    static func linkTarget(_ uri: String) -> String {
        var out = ""
        for scalar in uri.unicodeScalars {
            switch scalar {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
