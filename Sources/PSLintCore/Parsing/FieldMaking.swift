extension SourceText {
    /// A field for `range` of this text, trimmed, located at its first character. When the trimmed
    /// range is empty the field is empty and located at `range.lowerBound` (snippet: the paragraph).
    func field(_ range: Range<Int>, clause: String?) -> Field {
        UTF8Bytes.with(text) { b in
            let r = UTF8Bytes.trimmed(b, range)
            let whole = r.lowerBound == 0 && r.upperBound == b.count
            let value = whole ? text : UTF8Bytes.substring(text, r)
            // the snippet is cut from the value (the paragraph for an empty one) when it is read
            return Field(value: value, location: location(b, offset: r.lowerBound, clause: clause, snippetSource: r.isEmpty ? text : value))
        }
    }

    func field(clause: String?) -> Field { field(0..<utf8Count, clause: clause) }

    var utf8Count: Int { text.utf8.count }

    /// Location of UTF-8 offset `offset` (`b` are the bytes of `text`), without the
    /// `Character`-based snippet work of `location(atUTF8Offset:)`.
    func location(_ b: UnsafeBufferPointer<UInt8>, offset: Int, clause: String?, snippetSource: String) -> Location {
        guard runCount > 0 else { return Location(line: nil, column: nil, word: word, clause: clause, snippetSource: snippetSource) }
        let run = self.run(lastRun(atOrBefore: offset))
        let column = run.column + (offset > run.offset ? UTF8Bytes.codePoints(b, from: run.offset, to: min(offset, b.count)) : 0)
        return Location(line: run.line, column: column, word: word, clause: clause, snippetSource: snippetSource)
    }

    /// Location of the first character, snippet the whole (trimmed) text.
    func startLocation(clause: String? = nil) -> Location {
        UTF8Bytes.with(text) { b in location(b, offset: 0, clause: clause, snippetSource: text) }
    }
}

extension Field {
    /// Appends another printed line to a value spread over several paragraphs.
    mutating func append(_ other: Field) {
        if value.isEmpty {
            let clause = location.clause
            self = other
            location.clause = clause
        } else if !other.value.isEmpty {
            value += "\n" + other.value
        }
    }

    /// The same field without trailing sentence punctuation (`J068.` → `J068`); the location is kept.
    func droppingTrailingPunctuation() -> Field {
        var copy = self
        while let last = copy.value.utf8.last, last == 0x2E || last == 0x3B || last == 0x2C || last == 0x20 {
            copy.value.removeLast()
        }
        return copy
    }
}
