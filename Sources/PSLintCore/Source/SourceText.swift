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
    /// Set by the Word and HTML readers: where this text sits in the document.
    public var word: WordLocation?
    /// UTF-8 length of a prefix of `text` that Word's automatic numbering generated (`"9. "`):
    /// it is shown as Word shows it but is not typed in the document. 0 when none.
    public var autoNumberLength: Int
    // Almost every text has one run: it is stored inline (32-bit, `Int32.min` line for none), the
    // others in `laterRuns`, so that a paragraph costs no array of its own.
    private var firstOffset: Int32 = 0
    private var firstLine = Int32.min
    private var firstColumn: Int32 = 0
    private var laterRuns: [Run] = []

    public var runs: [Run] {
        get { runCount == 0 ? [] : [run(0)] + laterRuns }
        set {
            if let first = newValue.first {
                firstOffset = Int32(clamping: first.offset)
                firstLine = Int32(clamping: first.line)
                firstColumn = Int32(clamping: first.column)
                laterRuns = Array(newValue.dropFirst())
            } else {
                firstLine = Int32.min
                laterRuns = []
            }
        }
    }

    /// The number of runs, and run `index` (without making the `runs` array).
    @inline(__always) var runCount: Int { firstLine == Int32.min ? 0 : 1 + laterRuns.count }
    @inline(__always) func run(_ index: Int) -> Run {
        index == 0 ? Run(offset: Int(firstOffset), line: Int(firstLine), column: Int(firstColumn)) : laterRuns[index - 1]
    }

    public init(text: String, runs: [Run] = [], word: WordLocation? = nil, autoNumberLength: Int = 0) {
        self.text = text
        self.word = word
        self.autoNumberLength = autoNumberLength
        self.runs = runs
    }

    /// A text with the one run `run`.
    init(text: String, run: Run) {
        self.text = text
        self.word = nil
        self.autoNumberLength = 0
        firstOffset = Int32(clamping: run.offset)
        firstLine = Int32(clamping: run.line)
        firstColumn = Int32(clamping: run.column)
    }

    public var isBlank: Bool { text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

    /// Location of the character at UTF-8 offset `offset` of `text`.
    public func location(atUTF8Offset offset: Int, snippet: String? = nil) -> Location {
        let snip = Location.makeSnippet(snippet ?? text)
        guard runCount > 0 else { return Location(word: word, snippet: snip) }
        let run = self.run(lastRun(atOrBefore: offset))
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

    /// The index of the last run starting at or before UTF-8 offset `offset` (0 when none does).
    func lastRun(atOrBefore offset: Int) -> Int {
        var low = 0, high = runCount - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if run(mid).offset <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

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
        if runCount > 0 {
            let startLocation = location(atUTF8Offset: lower)
            if let line = startLocation.line, let column = startLocation.column {
                newRuns.append(Run(offset: 0, line: line, column: column))
            }
            for index in 0..<runCount {
                let run = self.run(index)
                if run.offset > lower && run.offset < upper { newRuns.append(Run(offset: run.offset - lower, line: run.line, column: run.column)) }
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
