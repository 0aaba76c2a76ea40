import PSLintCore

/// Why a file could not be fixed: one line, no path (the caller prefixes the path).
public struct FixError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// One edit that was not applied, and why.
public struct RefusedEdit: Hashable, Sendable, CustomStringConvertible {
    public var edit: TextEdit
    /// Why, in one line: "found «16» where «15» was expected".
    public var reason: String

    public init(edit: TextEdit, reason: String) {
        self.edit = edit
        self.reason = reason
    }

    /// "12:5: «15» → «13» not applied: found «16» where «15» was expected".
    public var description: String {
        let place = edit.location.humanDescription
        let prefix = place.isEmpty ? "" : place + ": "
        return "\(prefix)«\(edit.oldText)» → «\(edit.newText)» not applied: \(reason)"
    }
}

/// What applying a list of edits to one document did.
public struct EditOutcome: Sendable {
    /// The fixed bytes (the original bytes when nothing was applied).
    public var bytes: [UInt8]
    /// Edits applied, in the order given (exact duplicates of an applied edit are counted once).
    public var applied: [TextEdit]
    public var refused: [RefusedEdit]
    /// For `--diff`: the text before and after, one line per line (text files) or per Word
    /// paragraph (.docx). Filled only when asked for.
    public var diffLines: DiffLines?

    public init(bytes: [UInt8], applied: [TextEdit], refused: [RefusedEdit], diffLines: DiffLines? = nil) {
        self.bytes = bytes
        self.applied = applied
        self.refused = refused
        self.diffLines = diffLines
    }
}
