import PSLintCore
import PSLintOffice

extension ReaderParagraph {
    /// The Word paragraphs of a source document made by the Word reader, by paragraph index.
    /// (A paragraph the reader split into several texts is joined with line breaks.)
    public static func paragraphs(of document: SourceDocument) -> [Int: ReaderParagraph] {
        var map: [Int: ReaderParagraph] = [:]
        for block in document.blocks {
            for text in block.paragraphs {
                guard let index = text.word?.paragraph else { continue }
                if var existing = map[index] {
                    existing.text += "\n" + text.text
                    map[index] = existing
                } else {
                    map[index] = ReaderParagraph(text: text.text, autoNumberLength: text.autoNumberLength)
                }
            }
        }
        return map
    }
}

/// Reads a .docx with the project's Word reader to check edits against what it shows.
enum WordReaderView {
    static func paragraphs(of bytes: [UInt8], path: String) throws(FixError) -> [Int: ReaderParagraph]? {
        // The file was read once already under the run's size limit: do not apply a smaller one.
        let options = ReadOptions(maxFileSize: max(bytes.count, ReadOptions.defaultMaxFileSize))
        do {
            return ReaderParagraph.paragraphs(of: try DocxReader().read(bytes: bytes, path: path, options: options))
        } catch {
            throw FixError(error.message)
        }
    }
}
