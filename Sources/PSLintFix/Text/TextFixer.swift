import PSLintCore

/// Applies edits to the original bytes of a text file. Only the replaced characters change:
/// the encoding, byte-order mark, line endings and a missing final newline all stay as they were,
/// because every byte outside the edited ranges is copied unchanged.
///
/// An edit is applied only when the characters at its line and column decode to its `oldText`;
/// otherwise (the file changed since it was checked, or the location is wrong) it is refused.
/// An edit overlapping one accepted before it is refused; an exact duplicate is applied once.
public enum TextFixer {
    public static func apply(_ edits: [TextEdit], to original: [UInt8], encoding: TextEncodingChoice? = nil,
                             wantDiff: Bool = false) throws(FixError) -> EditOutcome {
        let text = try EncodedText(bytes: original, forced: encoding)
        var located: [Located] = []
        var refusals: [(order: Int, refusal: RefusedEdit)] = []
        for (order, edit) in edits.enumerated() {
            switch locate(edit, in: text) {
            case .failure(let error): refusals.append((order, RefusedEdit(edit: edit, reason: error.message)))
            case .success(let (range, replacement)): located.append(Located(order: order, range: range, replacement: replacement, edit: edit))
            }
        }
        let accepted = resolveOverlaps(located, refusals: &refusals)
        let applied = accepted.sorted { $0.order < $1.order }.map(\.edit)
        let refused = refusals.sorted { $0.order < $1.order }.map(\.refusal)

        var output: [UInt8] = []
        output.reserveCapacity(original.count + 16)
        var cursor = 0
        for item in accepted {
            output.append(contentsOf: original[cursor..<item.range.lowerBound])
            output.append(contentsOf: item.replacement)
            cursor = item.range.upperBound
        }
        output.append(contentsOf: original[cursor...])

        var outcome = EditOutcome(bytes: output, applied: applied, refused: refused)
        if wantDiff, !applied.isEmpty {
            let after = try EncodedText(bytes: output, forced: text.encoding)
            outcome.diffLines = DiffLines(before: text, after: after)
        }
        return outcome
    }

    struct Located {
        var order: Int
        var range: Range<Int>
        var replacement: [UInt8]
        var edit: TextEdit
    }

    /// Keeps, among edits whose ranges overlap, the first given; an exact duplicate of a kept
    /// edit is dropped silently. Sorting first keeps this O(n log n) for thousands of edits.
    /// Returns the kept edits in file order.
    static func resolveOverlaps(_ located: [Located], refusals: inout [(order: Int, refusal: RefusedEdit)]) -> [Located] {
        let sorted = located.sorted { ($0.range.lowerBound, $0.order) < ($1.range.lowerBound, $1.order) }
        var kept: [Located] = []
        var cluster: [Located] = []
        var clusterEnd = Int.min
        func flush() {
            if cluster.count == 1 { kept.append(cluster[0]); return }
            var chosen: [Located] = []
            for item in cluster.sorted(by: { $0.order < $1.order }) {
                guard let other = chosen.first(where: { $0.range.overlaps(item.range) }) else { chosen.append(item); continue }
                if other.range == item.range && other.edit.oldText == item.edit.oldText && other.edit.newText == item.edit.newText { continue }
                refusals.append((item.order, RefusedEdit(edit: item.edit, reason: "overlaps the edit «\(other.edit.oldText)» → «\(other.edit.newText)» at \(other.edit.location.humanDescription)")))
            }
            kept.append(contentsOf: chosen.sorted { $0.range.lowerBound < $1.range.lowerBound })
        }
        for item in sorted {
            if !cluster.isEmpty, item.range.lowerBound < clusterEnd {
                cluster.append(item)
                clusterEnd = max(clusterEnd, item.range.upperBound)
            } else {
                if !cluster.isEmpty { flush() }
                cluster = [item]
                clusterEnd = item.range.upperBound
            }
        }
        if !cluster.isEmpty { flush() }
        return kept
    }

    /// The byte range an edit replaces and the bytes it puts there, or why it cannot be applied.
    static func locate(_ edit: TextEdit, in text: EncodedText) -> Result<(Range<Int>, [UInt8]), FixError> {
        guard let line = edit.location.line, let column = edit.location.column else {
            return .failure(FixError("the edit has no line and column"))
        }
        guard !edit.oldText.isEmpty else { return .failure(FixError("the edit replaces nothing (insertions are not supported)")) }
        let start: Int
        switch text.offset(line: line, column: column) {
        case .failure(let error): return .failure(error)
        case .success(let offset): start = offset
        }
        let range = text.range(from: start, characters: edit.oldText.unicodeScalars.count)
        let found = text.decode(range)
        guard found.elementsEqual(edit.oldText.utf8) else {
            let shown = String(decoding: found, as: UTF8.self)
            return .failure(FixError("found «\(shown.escapedForMessage)» where «\(edit.oldText)» was expected (the file changed since it was checked?)"))
        }
        guard let replacement = text.encode(edit.newText) else {
            return .failure(FixError("«\(edit.newText)» cannot be written in \(text.encoding.rawValue)"))
        }
        return .success((range, replacement))
    }
}

extension String {
    /// Line breaks and tabs made visible, so a message stays on one line.
    var escapedForMessage: String {
        var out = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
