extension SourceText {
    /// A field for `range` of this text, trimmed, located at its first character. When the trimmed
    /// range is empty the field is empty and located at `range.lowerBound` (snippet: the paragraph).
    func field(_ range: Range<Int>, clause: String?) -> Field {
        // One pass over the bytes gives plain numbers and, for part of the text, the new string;
        // the field is made outside the closure (a value that holds strings would be copied out).
        var line: Int?, column: Int?, isEmpty = false
        var part: String?  // nil: the whole text
        UTF8Bytes.with(text) { b in
            let r = UTF8Bytes.trimmed(b, range)
            (line, column) = position(b, offset: r.lowerBound)
            isEmpty = r.isEmpty
            if r.count != b.count { part = UTF8Bytes.substring(b, r, of: text) }
        }
        return makeField(part: part, line: line, column: column, isEmpty: isEmpty, clause: clause)
    }

    /// The same for a caller that holds the bytes `b` of `text` already (no second pass through
    /// the string, whose bytes are lent again, and the string retained, at every pass).
    func field(bytes b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, clause: String?) -> Field {
        assert(b.count == text.utf8.count, "the bytes of another text")
        let r = UTF8Bytes.trimmed(b, range)
        let (line, column) = position(b, offset: r.lowerBound)
        return makeField(part: r.count == b.count ? nil : UTF8Bytes.substring(b, r, of: text), line: line, column: column,
                         isEmpty: r.isEmpty, clause: clause)
    }

    /// A field whose value is `part`, or the whole text when nil.
    @inline(__always)
    private func makeField(part: String?, line: Int?, column: Int?, isEmpty: Bool, clause: String?) -> Field {
        let value = part ?? text
        // the snippet is cut from the value (the paragraph for an empty one) when it is read
        let snippet = isEmpty ? text : value
        return Field(value: value, location: Location(line: line, column: column, word: word, clause: clause, snippetSource: snippet))
    }

    func field(clause: String?) -> Field { field(0..<utf8Count, clause: clause) }

    var utf8Count: Int { text.utf8.count }

    /// Line and column of UTF-8 offset `offset` (`b` are the bytes of `text`); nil without runs.
    func position(_ b: UnsafeBufferPointer<UInt8>, offset: Int) -> (line: Int?, column: Int?) {
        guard runCount > 0 else { return (nil, nil) }
        let run = self.run(lastRun(atOrBefore: offset))
        return (run.line, run.column + (offset > run.offset ? UTF8Bytes.codePoints(b, from: run.offset, to: min(offset, b.count)) : 0))
    }

    /// Location of the first character, snippet the whole (trimmed) text.
    func startLocation(clause: String? = nil) -> Location {
        let (line, column) = runCount > 0 ? (run(0).line, run(0).column) : (nil, nil)
        return Location(line: line, column: column, word: word, clause: clause, snippetSource: text)
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
