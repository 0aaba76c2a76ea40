/// A piece of normalised text (one paragraph, or one paragraph inside a table cell) that
/// remembers where each of its characters came from in the input file.
///
/// Normalisation (NBSP → space, HTML fragments and Markdown decoration removed, letter-spaced
/// words joined) deletes characters but never reorders them, so the mapping is a short list of
/// runs: inside one run, normalised and original text advance together one code point at a time.
public struct SourceText: Hashable, Sendable {
    /// One stretch of text copied 1:1 from the input.
    public struct Run: Hashable, Sendable {
        /// UTF-8 offset of the run's first byte in `text`.
        public var offset: Int
        /// 1-based line and code-point column of that byte in the input file.
        public var line: Int
        public var column: Int

        public init(offset: Int, line: Int, column: Int) {
            self.offset = offset
            self.line = line
            self.column = column
        }
    }

    public var text: String
    public var runs: [Run]
    /// Set by the Word and HTML readers: where this text sits in the document.
    public var word: WordLocation?
    /// UTF-8 length of a prefix of `text` that Word's automatic numbering generated (`"9. "`):
    /// it is shown as Word shows it but is not typed in the document. 0 when none.
    public var autoNumberLength: Int

    public init(text: String, runs: [Run] = [], word: WordLocation? = nil, autoNumberLength: Int = 0) {
        self.text = text
        self.runs = runs
        self.word = word
        self.autoNumberLength = autoNumberLength
    }

    public var isBlank: Bool { text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

    /// Location of the character at UTF-8 offset `offset` of `text`.
    public func location(atUTF8Offset offset: Int, snippet: String? = nil) -> Location {
        let snip = Location.makeSnippet(snippet ?? text)
        guard !runs.isEmpty else { return Location(word: word, snippet: snip) }
        // Last run starting at or before `offset` (binary search).
        var low = 0, high = runs.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if runs[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        let run = runs[low]
        var column = run.column
        if offset > run.offset {
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: run.offset)
            let end = utf8.index(utf8.startIndex, offsetBy: min(offset, utf8.count))
            // Count code points: every byte that is not a continuation byte starts one.
            for byte in utf8[start..<end] where byte & 0xC0 != 0x80 { column += 1 }
        }
        return Location(line: run.line, column: column, word: word, snippet: snip)
    }

    /// Location of the first character.
    public var location: Location { location(atUTF8Offset: 0) }

    /// Location of `range` of `text` (its start), with the substring as snippet.
    public func location(of range: Range<String.Index>) -> Location {
        let offset = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        return location(atUTF8Offset: offset, snippet: String(text[range]))
    }

    /// A sub-range of this text with its runs carried over.
    public func slice(utf8 range: Range<Int>) -> SourceText {
        let utf8 = Array(text.utf8)
        let lower = max(0, min(range.lowerBound, utf8.count))
        let upper = max(lower, min(range.upperBound, utf8.count))
        let sub = String(decoding: utf8[lower..<upper], as: UTF8.self)
        var newRuns: [Run] = []
        if !runs.isEmpty {
            let startLocation = location(atUTF8Offset: lower)
            if let line = startLocation.line, let column = startLocation.column {
                newRuns.append(Run(offset: 0, line: line, column: column))
            }
            for run in runs where run.offset > lower && run.offset < upper {
                newRuns.append(Run(offset: run.offset - lower, line: run.line, column: run.column))
            }
        }
        return SourceText(text: sub, runs: newRuns, word: word)
    }

    /// The same text with white space trimmed at both ends, runs adjusted.
    public func trimmed() -> SourceText {
        let bytes = Array(text.utf8)
        var lower = 0, upper = bytes.count
        func isSpace(_ i: Int) -> Bool { bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D }
        while lower < upper, isSpace(lower) { lower += 1 }
        while upper > lower, isSpace(upper - 1) { upper -= 1 }
        if lower == 0 && upper == bytes.count { return self }
        return slice(utf8: lower..<upper)
    }
}
