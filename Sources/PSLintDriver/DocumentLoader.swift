import Foundation
import PSLintCore
import PSLintOffice

/// Reads one input into a source document with the reader its format needs.
public struct DocumentLoader: Sendable {
    public var options: ReadOptions

    public init(options: ReadOptions) {
        self.options = options
    }

    /// The bytes of a file, refusing files over the size limit before reading them.
    public func bytes(of input: InputFile, standardInput: [UInt8]?) throws(InputError) -> [UInt8] {
        if input.isStandardInput { return standardInput ?? [] }
        let attributes = try? FileManager.default.attributesOfItem(atPath: input.path)
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > options.maxFileSize {
            throw InputError("is \(size / (1024 * 1024)) MiB, over the \(options.maxFileSize / (1024 * 1024)) MiB limit (--max-file-size)")
        }
        guard let data = FileManager.default.contents(atPath: input.path) else {
            throw InputError("cannot be read (permission denied, or not a regular file)")
        }
        return [UInt8](data)
    }

    /// The reader for a path, by its extension; unknown extensions are read as text.
    public func reader(for path: String, bytes: [UInt8]) throws(InputError) -> any DocumentReader {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "docx": return DocxReader()
        case "html", "htm": return HTMLReader()
        case "doc": throw InputError("is a Word 97–2003 .doc file: convert it to .docx")
        case "rtf": throw InputError("is an RTF file: convert it to .docx")
        case "odt": throw InputError("is an OpenDocument .odt file: convert it to .docx")
        default:
            if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return DocxReader() }
            return TextReader()
        }
    }

    public func load(_ input: InputFile, standardInput: [UInt8]? = nil) throws(InputError) -> (document: SourceDocument, bytes: [UInt8]) {
        let bytes = try bytes(of: input, standardInput: standardInput)
        let reader = try reader(for: input.path, bytes: bytes)
        return (try reader.read(bytes: bytes, path: input.path, options: options), bytes)
    }

    /// Loads `input` with its standards built while it is read, when its reader streams (Word) and
    /// `jobs` is above 1; otherwise reads it, then parses its standards on `jobs` threads. Either
    /// way the standards are `StandardParser.parse(document)`.
    public func loadAndParse(_ input: InputFile, standardInput: [UInt8]? = nil, jobs: Int) throws(InputError) -> (document: SourceDocument, standards: [Standard]) {
        let bytes = try bytes(of: input, standardInput: standardInput)
        let reader = try reader(for: input.path, bytes: bytes)
        if jobs > 1, let streaming = reader as? any StreamingDocumentReader {
            let stream = StandardStream()
            let document = try streaming.read(bytes: bytes, path: input.path, options: options, onBlock: stream.append)
            return (document, stream.finish())
        }
        let document = try reader.read(bytes: bytes, path: input.path, options: options)
        return (document, StandardParser.parse(document, jobs: jobs))
    }
}
