import PSLintCore

/// The snippet of a cell or row location: the first paragraph's text, cut at
/// `Location.snippetLimit` characters like `Location.makeSnippet`, but counting code points on
/// the UTF-8 bytes (the texts are already trimmed): `makeSnippet`'s grapheme counting was a
/// third of the time spent reading a large .docx.
enum Snippet {
    static func make(_ text: String) -> String {
        let limit = Location.snippetLimit
        let utf8 = text.utf8
        if utf8.count <= limit { return text }
        var scalars = 0
        var cut = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] & 0xC0 != 0x80 {
                if scalars == limit - 1 { cut = index }
                scalars += 1
                if scalars > limit { return String(text[..<cut]) + "…" }
            }
            index = utf8.index(after: index)
        }
        return text
    }
}
