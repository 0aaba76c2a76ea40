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
        var accepted: [(range: Range<Int>, replacement: [UInt8], edit: TextEdit)] = []
        var applied: [TextEdit] = []
        var refused: [RefusedEdit] = []

        for edit in edits {
            switch locate(edit, in: text) {
            case .failure(let error):
                refused.append(RefusedEdit(edit: edit, reason: error.message))
            case .success(let (range, replacement)):
                if let other = accepted.first(where: { $0.range.overlaps(range) }) {
                    if other.range == range && other.edit.oldText == edit.oldText && other.edit.newText == edit.newText { continue }
                    refused.append(RefusedEdit(edit: edit, reason: "overlaps the edit «\(other.edit.oldText)» → «\(other.edit.newText)» at \(other.edit.location.humanDescription)"))
                    continue
                }
                accepted.append((range, replacement, edit))
                applied.append(edit)
            }
        }

        accepted.sort { $0.range.lowerBound < $1.range.lowerBound }
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
