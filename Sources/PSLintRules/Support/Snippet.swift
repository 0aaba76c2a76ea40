import PSLintCore

/// Short quotations of document text inside messages.
enum Snippet {
    /// The text trimmed to `limit` characters, with `…` when cut.
    static func short(_ text: String, limit: Int = 60) -> String {
        let trimmed = text.trimmingWhitespace
        guard trimmed.unicodeScalars.count > limit else { return trimmed }
        return String(String.UnicodeScalarView(trimmed.unicodeScalars.prefix(limit - 1))).trimmingWhitespace + "…"
    }

    /// The label of a paragraph (`Краткое описание профессионального стандарта` of
    /// `Краткое описание профессионального стандарта: Обеспечение …`), else its opening words.
    static func label(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace
        if let colon = trimmed.unicodeScalars.firstIndex(of: ":") {
            let label = String(trimmed.unicodeScalars[..<colon]).trimmingWhitespace
            if !label.isEmpty, label.unicodeScalars.count <= 100 { return label }
        }
        return short(trimmed)
    }
}
