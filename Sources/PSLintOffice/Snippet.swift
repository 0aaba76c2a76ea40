import PSLintCore

/// The snippet of a cell or row location: the first paragraph's text, cut at
/// `Location.snippetLimit` characters like `Location.makeSnippet`, but counting code points on
/// the UTF-8 bytes (the texts are already trimmed): `makeSnippet`'s grapheme counting was a
/// third of the time spent reading a large .docx.
enum Snippet {
    static func make(_ text: String) -> String {
        let limit = Location.snippetLimit
        if text.utf8.count <= limit { return text }
        var text = text
        let cut: String? = text.withUTF8 { bytes in
            var scalars = 0
            var cut = 0
            for index in bytes.indices where bytes[index] & 0xC0 != 0x80 {
                if scalars == limit - 1 { cut = index }
                scalars += 1
                if scalars > limit { return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<cut]), as: UTF8.self) + "…" }
            }
            return nil
        }
        return cut ?? text
    }
}
