import PSLintCore

/// Short quotations of document text inside messages.
enum Snippet {
    /// The text trimmed to `limit` characters, with `…` when cut.
    static func short(_ text: String, limit: Int = 60) -> String {
        let trimmed = text.trimmingWhitespace
        guard trimmed.unicodeScalars.count > limit else { return trimmed }
        return String(String.UnicodeScalarView(trimmed.unicodeScalars.prefix(limit - 1))).trimmingWhitespace + "…"
    }
}
