/// The two versions of a document that `--diff` compares, one string a line.
///
/// For a text file the lines are the file's physical lines (without their terminators); for a
/// .docx they are its paragraphs in document order, line N being paragraph N, each labelled with
/// its index (`[214] 13. Карточка профессии …`), so hunk headers count paragraphs.
public struct DiffLines: Hashable, Sendable {
    public var before: [String]
    public var after: [String]
    /// Whether the last line ends with a line terminator (diff shows "\ No newline at end of file").
    public var beforeEndsWithNewline: Bool
    public var afterEndsWithNewline: Bool

    public init(before: [String], after: [String], beforeEndsWithNewline: Bool = true, afterEndsWithNewline: Bool = true) {
        self.before = before
        self.after = after
        self.beforeEndsWithNewline = beforeEndsWithNewline
        self.afterEndsWithNewline = afterEndsWithNewline
    }

    init(before: EncodedText, after: EncodedText) {
        self.init(before: before.lines(), after: after.lines(),
                  beforeEndsWithNewline: before.endsWithLineTerminator, afterEndsWithNewline: after.endsWithLineTerminator)
    }
}

extension EncodedText {
    /// Every line, decoded, without its terminator.
    func lines() -> [String] {
        var result: [String] = []
        result.reserveCapacity(lineCount)
        for index in 0..<lineCount {
            let start = lineStarts[index]
            var end = index + 1 < lineCount ? lineStarts[index + 1] : bytes.count
            // Drop the terminator (LF, CR or CRLF) of this line.
            while end > start, isLineTerminator(at: end - unitSize) { end -= unitSize }
            result.append(String(decoding: decode(start..<end), as: UTF8.self))
        }
        return result
    }

    var endsWithLineTerminator: Bool {
        bytes.count - bodyStart >= unitSize && isLineTerminator(at: bytes.count - unitSize)
    }
}
