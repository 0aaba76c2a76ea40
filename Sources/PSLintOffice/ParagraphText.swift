#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PSLintCore

/// Collects the text of one paragraph as UTF-8 bytes, optionally with where each stretch came
/// from (HTML), and turns it into a normalised `SourceText` the way the text readers do:
/// NBSP becomes a space, the text is trimmed, letter-spaced words (`А н а л и з`, three or more
/// single letters separated by single spaces) are joined, and a blank paragraph yields nothing.
struct ParagraphText {
    private(set) var bytes: [UInt8] = []
    private(set) var runs: [SourceText.Run] = []
    /// The source position the next byte would have if it continued the current run.
    private var nextLine = 0
    private var nextColumn = 0

    var isEmpty: Bool { bytes.isEmpty }

    var count: Int { bytes.count }

    /// Appends text with no source position (Word): copied in bulk, each NBSP (`C2 A0`) turned
    /// into a space.
    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else { return }
        let count = buffer.count
        var copied = 0
        var from = 0
        while from < count, let found = memchr(base + from, 0xC2, count - from) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard index + 1 < count, buffer[index + 1] == 0xA0 else { from = index + 1; continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copied..<index]))
            bytes.append(0x20)
            copied = index + 2
            from = copied
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copied..<count]))
    }

    mutating func append(byte: UInt8) { bytes.append(byte) }

    /// Appends a stretch of text copied from `line`:`column` of the input (no line break inside;
    /// NBSP becomes a space, which keeps the code-point count and so the positions).
    mutating func append(segment: UnsafeBufferPointer<UInt8>, line: Int, column: Int, scalars: Int) {
        if runs.isEmpty || line != nextLine || column != nextColumn {
            runs.append(SourceText.Run(offset: bytes.count, line: line, column: column))
        }
        var index = 0
        let count = segment.count
        while index < count {
            let byte = segment[index]
            if byte == 0xC2, index + 1 < count, segment[index + 1] == 0xA0 {
                bytes.append(0x20)
                index += 2
            } else {
                bytes.append(byte)
                index += 1
            }
        }
        nextLine = line
        nextColumn = column + scalars
    }

    /// Appends a space that stands for collapsed white space at `line`:`column`.
    mutating func appendSpace(line: Int, column: Int) {
        if runs.isEmpty || line != nextLine || column != nextColumn {
            runs.append(SourceText.Run(offset: bytes.count, line: line, column: column))
        }
        bytes.append(0x20)
        nextLine = line
        nextColumn = column + 1
    }

    var lastByte: UInt8? { bytes.last }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        runs.removeAll(keepingCapacity: true)
        nextLine = 0
        nextColumn = 0
    }

    /// The normalised paragraph with `prefix` (an automatic number, e.g. "9. ") in front, or nil
    /// when the text is blank.
    func finish(word: WordLocation?, prefix: String = "") -> SourceText? {
        if runs.isEmpty { return ParagraphText.finishWithoutPositions(bytes, 0..<bytes.count, word: word, prefix: prefix) }
        let normalised = ParagraphText.normalise(SourceText(text: String(decoding: bytes, as: UTF8.self), runs: runs, word: word))
        guard !normalised.isBlank else { return nil }
        guard !prefix.isEmpty else { return normalised }
        let shift = prefix.utf8.count
        var shiftedRuns = normalised.runs.map { SourceText.Run(offset: $0.offset + shift, line: $0.line, column: $0.column) }
        if let first = normalised.runs.first, first.offset == 0, !shiftedRuns.isEmpty {
            // The number has no source position; let it point at the paragraph's first character.
            shiftedRuns.insert(SourceText.Run(offset: 0, line: first.line, column: first.column), at: 0)
        }
        return SourceText(text: prefix + normalised.text, runs: shiftedRuns, word: word, autoNumberLength: shift)
    }

    /// The same as `finish` for text without source positions (Word), on `bytes[range]`: one
    /// String, and only word starts are looked at for letter-spacing.
    static func finishWithoutPositions(_ bytes: [UInt8], _ range: Range<Int>, word: WordLocation?, prefix: String) -> SourceText? {
        bytes.withUnsafeBufferPointer { buffer in
            finishWithoutPositions(UnsafeBufferPointer(rebasing: buffer[range]), word: word, prefix: prefix)
        }
    }

    private static func finishWithoutPositions(_ bytes: UnsafeBufferPointer<UInt8>, word: WordLocation?, prefix: String) -> SourceText? {
        var lower = 0, upper = bytes.count
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        guard lower < upper, let base = bytes.baseAddress else { return nil }
        var output: [UInt8] = []
        var copied = lower  // bytes before this offset are in `output` (once it is in use)
        var index = lower   // a word start: the first byte, or one after a space
        while true {
            if let end = InlineMarkup.letterSpacedRun(bytes, at: index, end: upper) {  // the text readers' rule
                if output.isEmpty { output.reserveCapacity(prefix.utf8.count + upper - lower); output.append(contentsOf: prefix.utf8) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                for position in index..<end where bytes[position] != 0x20 { output.append(bytes[position]) }
                index = end
                copied = end
            }
            guard let space = memchr(base + index, 0x20, upper - index) else { break }
            index = base.distance(to: space.assumingMemoryBound(to: UInt8.self)) + 1
            guard index < upper else { break }
        }
        let text: String
        if output.isEmpty {
            let trimmed = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
            text = prefix.isEmpty ? trimmed : prefix + trimmed
        } else {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<upper]))
            text = String(decoding: output, as: UTF8.self)
        }
        return SourceText(text: text, word: word, autoNumberLength: prefix.utf8.count)
    }

    /// Trims and joins letter-spaced words.
    static func normalise(_ text: SourceText) -> SourceText {
        var trimmed = text.trimmed()
        trimmed.word = text.word
        let bytes = Array(trimmed.text.utf8)
        var removals: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                if index == 0 || buffer[index - 1] == 0x20, let end = InlineMarkup.letterSpacedRun(buffer, at: index, end: buffer.count) {
                    for position in index..<end where buffer[position] == 0x20 { removals.append(position) }
                    index = end
                    continue
                }
                index += 1
            }
        }
        guard !removals.isEmpty else { return trimmed }
        return deleting(bytesAt: removals, from: trimmed)
    }

    /// `text` without the single bytes at `offsets` (ascending), runs carried over.
    static func deleting(bytesAt offsets: [Int], from text: SourceText) -> SourceText {
        let bytes = Array(text.text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        let textRuns = text.runs
        var runs: [SourceText.Run] = []
        var runIndex = 0
        var line = 0, column = 0
        var needRun = false
        var removal = 0
        for (offset, byte) in bytes.enumerated() {
            if runIndex < textRuns.count, textRuns[runIndex].offset == offset {
                line = textRuns[runIndex].line
                column = textRuns[runIndex].column
                runIndex += 1
                needRun = true
            } else if byte & 0xC0 != 0x80, offset > 0 {
                column += 1
            }
            if removal < offsets.count, offsets[removal] == offset {
                removal += 1
                needRun = true
                continue
            }
            if needRun, !textRuns.isEmpty, byte & 0xC0 != 0x80 {
                runs.append(SourceText.Run(offset: output.count, line: line, column: column))
                needRun = false
            }
            output.append(byte)
        }
        return SourceText(text: String(decoding: output, as: UTF8.self), runs: runs, word: text.word, autoNumberLength: text.autoNumberLength)
    }
}
