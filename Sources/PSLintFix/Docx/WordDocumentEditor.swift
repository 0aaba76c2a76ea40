import PSLintCore

/// A paragraph as the Word reader shows it: used to check that the editor's paragraph N is the
/// reader's paragraph N before anything is changed.
public struct ReaderParagraph: Hashable, Sendable {
    public var text: String
    /// UTF-8 length of the prefix Word's automatic numbering generated (not typed text).
    public var autoNumberLength: Int
    public init(text: String, autoNumberLength: Int = 0) {
        self.text = text
        self.autoNumberLength = autoNumberLength
    }
}

/// Applies edits to `word/document.xml` by splicing the bytes of `w:t` contents.
///
/// An edit names a paragraph (`location.word.paragraph`) and replaces the first whole-number
/// occurrence of its `oldText` in that paragraph's text. A number split across runs is written
/// into the first run and removed from the following ones. Every byte outside the replaced
/// character data stays as it was.
enum WordDocumentEditor {
    struct Output {
        var xml: [UInt8]
        var applied: [TextEdit]
        var refused: [RefusedEdit]
        var diffLines: DiffLines?
    }

    private struct Splice {
        var raw: Range<Int>
        var bytes: [UInt8]
    }

    private struct Accepted {
        var paragraph: Int
        var range: Range<Int>
        var edit: TextEdit
    }

    static func apply(_ edits: [TextEdit], to xml: [UInt8], reader: [Int: ReaderParagraph]?, wantDiff: Bool) throws(FixError) -> Output {
        try XMLWellFormedness.check(xml, part: "word/document.xml")
        let document = try WordParagraphs(xml: xml)
        var texts: [Int: (text: [UInt8], pieces: [(offset: Int, content: XMLTextContent?)])] = [:]
        var accepted: [Accepted] = []
        var acceptedIn: [Int: [Accepted]] = [:]   // by paragraph
        var splices: [Splice] = []
        var applied: [TextEdit] = []
        var refused: [RefusedEdit] = []

        xml.withUnsafeBufferPointer { b in
            for edit in edits {
                func refuse(_ reason: String) { refused.append(RefusedEdit(edit: edit, reason: reason)) }
                guard let paragraph = edit.location.word?.paragraph else { refuse("the edit names no Word paragraph"); continue }
                guard paragraph >= 1, paragraph <= document.paragraphs.count else {
                    refuse("paragraph \(paragraph) does not exist (the document has \(document.paragraphs.count))"); continue
                }
                guard !edit.oldText.isEmpty else { refuse("the edit replaces nothing (insertions are not supported)"); continue }
                if texts[paragraph] == nil { texts[paragraph] = document.text(ofParagraph: paragraph, xml: b) }
                let (text, pieces) = texts[paragraph]!
                let old = Array(edit.oldText.utf8)
                guard let range = NumberToken.firstOccurrence(of: old, in: text) else {
                    let shown = String(decoding: text, as: UTF8.self)
                    refuse("«\(edit.oldText)» is not in paragraph \(paragraph) («\(Location.makeSnippet(shown).escapedForMessage)»; the file changed since it was checked?)")
                    continue
                }
                if let reader, let problem = mismatch(paragraph: paragraph, text: text, old: old, reader: reader[paragraph]) {
                    refuse(problem); continue
                }
                if let other = acceptedIn[paragraph]?.first(where: { $0.range.overlaps(range) }) {
                    if other.range == range && other.edit.newText == edit.newText && other.edit.oldText == edit.oldText { continue }
                    refuse("overlaps the edit «\(other.edit.oldText)» → «\(other.edit.newText)» in paragraph \(paragraph)"); continue
                }
                switch splicesFor(range, newText: edit.newText, pieces: pieces) {
                case .failure(let error): refuse(error.message)
                case .success(let new):
                    splices.append(contentsOf: new)
                    accepted.append(Accepted(paragraph: paragraph, range: range, edit: edit))
                    acceptedIn[paragraph, default: []].append(accepted[accepted.count - 1])
                    applied.append(edit)
                }
            }
        }

        splices.sort { $0.raw.lowerBound < $1.raw.lowerBound }
        var output: [UInt8] = []
        output.reserveCapacity(xml.count + 64)
        var cursor = 0
        for splice in splices {
            output.append(contentsOf: xml[cursor..<splice.raw.lowerBound])
            output.append(contentsOf: splice.bytes)
            cursor = splice.raw.upperBound
        }
        output.append(contentsOf: xml[cursor...])
        guard !applied.isEmpty else { return Output(xml: xml, applied: [], refused: refused) }

        // Read the result back: well formed, same paragraphs, and each edited paragraph now
        // reads exactly as intended.
        try XMLWellFormedness.check(output, part: "word/document.xml (fixed)")
        let after = try WordParagraphs(xml: output)
        guard after.paragraphs.count == document.paragraphs.count else {
            throw FixError("internal error: the fixed word/document.xml has \(after.paragraphs.count) paragraphs instead of \(document.paragraphs.count)")
        }
        try output.withUnsafeBufferPointer { (b) throws(FixError) in
            for (paragraph, items) in acceptedIn {
                var expected = texts[paragraph]!.text
                for item in items.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
                    expected.replaceSubrange(item.range, with: Array(item.edit.newText.utf8))
                }
                guard after.text(ofParagraph: paragraph, xml: b).text == expected else {
                    throw FixError("internal error: paragraph \(paragraph) does not read as intended after the fix; nothing written")
                }
            }
        }

        var diff: DiffLines?
        if wantDiff {
            diff = DiffLines(before: xml.withUnsafeBufferPointer { diffLines(document, $0) },
                             after: output.withUnsafeBufferPointer { diffLines(after, $0) })
        }
        return Output(xml: output, applied: applied, refused: refused, diffLines: diff)
    }

    /// Why the reader's paragraph disagrees with what the editor found, or nil when they agree.
    private static func mismatch(paragraph: Int, text: [UInt8], old: [UInt8], reader: ReaderParagraph?) -> String? {
        guard let reader else { return "paragraph \(paragraph) is not in the document as the Word reader read it" }
        let shown = Array(reader.text.utf8)
        let prefix = min(max(reader.autoNumberLength, 0), shown.count)
        if let first = NumberToken.firstOccurrence(of: old, in: shown), first.lowerBound < prefix {
            return "paragraph \(paragraph) is numbered automatically by Word: its number is not typed text"
        }
        guard NumberToken.tokens(shown[prefix...]) == NumberToken.tokens(text) else {
            return "paragraph \(paragraph) reads differently from what the Word reader showed; not changed"
        }
        return nil
    }

    /// The byte splices that replace decoded range `range` of a paragraph's text.
    private static func splicesFor(_ range: Range<Int>, newText: String, pieces: [(offset: Int, content: XMLTextContent?)]) -> Result<[Splice], FixError> {
        var splices: [Splice] = []
        for piece in pieces {
            let length = piece.content?.text.count ?? 1
            let pieceRange = piece.offset..<(piece.offset + length)
            guard pieceRange.overlaps(range) else { continue }
            guard let content = piece.content else {
                return .failure(FixError("the text to replace spans a tab or line break"))
            }
            let local = (max(range.lowerBound, pieceRange.lowerBound) - piece.offset)..<(min(range.upperBound, pieceRange.upperBound) - piece.offset)
            guard let raw = content.rawRange(of: local) else {
                return .failure(FixError("the text to replace spans XML markup (a comment or CDATA boundary)"))
            }
            var bytes: [UInt8] = []
            if splices.isEmpty {
                guard let replacement = content.rawReplacement(newText, at: local.lowerBound) else {
                    return .failure(FixError("«\(newText)» cannot be written into a CDATA section"))
                }
                bytes = replacement
            }
            splices.append(Splice(raw: raw, bytes: bytes))
        }
        guard !splices.isEmpty else { return .failure(FixError("the text to replace is not typed text")) }
        return .success(splices)
    }

    /// One line a paragraph, labelled with its index; line breaks shown as ↵.
    private static func diffLines(_ document: WordParagraphs, _ b: UnsafeBufferPointer<UInt8>) -> [String] {
        (0..<document.paragraphs.count).map { index in
            var line = Array("[\(index + 1)] ".utf8)
            for byte in document.text(ofParagraph: index + 1, xml: b).text {
                if byte == 0x0A { line.append(contentsOf: [0xE2, 0x86, 0xB5]) } else { line.append(byte) }   // LF shown as ↵
            }
            return String(decoding: line, as: UTF8.self)
        }
    }
}
