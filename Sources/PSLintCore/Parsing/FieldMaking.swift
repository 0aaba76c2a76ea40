extension SourceText {
    /// A field for `range` of this text, trimmed, located at its first character. When the trimmed
    /// range is empty the field is empty and located at `range.lowerBound`.
    func field(_ range: Range<Int>, clause: String?) -> Field {
        let b = Array(text.utf8)
        var lower = max(0, min(range.lowerBound, b.count)), upper = max(lower, min(range.upperBound, b.count))
        while lower < upper, b[lower] == 0x20 || b[lower] == 0x09 { lower += 1 }
        while upper > lower, b[upper - 1] == 0x20 || b[upper - 1] == 0x09 { upper -= 1 }
        let value = String(decoding: b[lower..<upper], as: UTF8.self)
        var location = self.location(atUTF8Offset: lower, snippet: value.isEmpty ? text : value)
        location.clause = clause
        return Field(value: value, location: location)
    }

    func field(clause: String?) -> Field { field(0..<text.utf8.count, clause: clause) }

    var utf8Count: Int { text.utf8.count }
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
}
