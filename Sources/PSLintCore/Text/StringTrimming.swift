extension StringProtocol {
    /// Trims spaces, TABs, NBSP, line breaks and other Unicode white space at both ends.
    /// Only the scalars at the two ends are looked at; the kept text is copied once, as bytes.
    public var trimmingWhitespace: String {
        let whole = Substring(self)
        let scalars = whole.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(whole[first..<scalars.index(after: last)])
    }
}
