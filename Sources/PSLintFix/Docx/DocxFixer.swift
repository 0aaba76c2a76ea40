import Foundation
import PSLintCore
import PSLintOffice
import ZIPFoundation

/// Applies edits to a .docx package. Only `word/document.xml` changes, and in it only the
/// spliced `w:t` texts; every other entry keeps its name, its place in the archive, its
/// compression method, date, permissions and uncompressed bytes (ZIPFoundation recompresses, so
/// compressed bytes may differ). Entries are listed and written with ZIPFoundation, and inflated
/// with the Word reader's `ZipPackage`, whose reads are bounded (a deflate stream that never
/// ends is an error, not a hang).
public enum DocxFixer {
    /// Caps on inflating the package, counted on the bytes actually inflated.
    public struct Limits: Sendable, Hashable {
        public var maxEntrySize: Int
        public var maxTotalSize: Int
        /// An entry larger than `ratioFloor` may not inflate to more than `maxRatio` times its
        /// compressed size (legitimate XML compresses well, so small entries are exempt).
        public var maxRatio: Int
        public var ratioFloor: Int

        public init(maxEntrySize: Int = 512 << 20, maxTotalSize: Int = 1 << 30, maxRatio: Int = 200, ratioFloor: Int = 16 << 20) {
            self.maxEntrySize = maxEntrySize
            self.maxTotalSize = maxTotalSize
            self.maxRatio = maxRatio
            self.ratioFloor = ratioFloor
        }
    }

    public static let documentPart = "word/document.xml"

    /// Applies `edits` (located by `location.word.paragraph`) to the package `original`.
    /// `reader`, when given, is the Word reader's view of the paragraphs: an edit whose paragraph
    /// reads differently there is refused.
    public static func apply(_ edits: [TextEdit], to original: [UInt8], reader: [Int: ReaderParagraph]? = nil,
                             wantDiff: Bool = false, limits: Limits = Limits()) throws(FixError) -> EditOutcome {
        guard let archive = openArchive(original), let package = try? ZipPackage(bytes: original) else {
            throw FixError("is not a readable .docx: not a valid zip archive")
        }
        let entries = Array(archive)
        guard entries.contains(where: { $0.path == documentPart }) else {
            throw FixError("is not a .docx: the package has no \(documentPart)")
        }
        var budget = limits.maxTotalSize
        let xml = try inflate(documentPart, from: package, limits: limits, budget: &budget)
        let edited = try WordDocumentEditor.apply(edits, to: xml, reader: reader, wantDiff: wantDiff)
        guard !edited.applied.isEmpty else {
            return EditOutcome(bytes: original, applied: [], refused: edited.refused)
        }
        let bytes = try repack(entries, from: package, replacing: documentPart, with: edited.xml, limits: limits)
        try verify(bytes, against: entries, replaced: documentPart, with: edited.xml)
        return EditOutcome(bytes: bytes, applied: edited.applied, refused: edited.refused, diffLines: edited.diffLines)
    }

    /// Reads `word/document.xml` of a package (for tests and tools).
    public static func documentXML(of package: [UInt8], limits: Limits = Limits()) throws(FixError) -> [UInt8] {
        guard let zip = try? ZipPackage(bytes: package) else {
            throw FixError("is not a readable .docx: not a valid zip archive")
        }
        var budget = limits.maxTotalSize
        return try inflate(documentPart, from: zip, limits: limits, budget: &budget)
    }

    private static func openArchive(_ bytes: [UInt8]) -> Archive? {
        do { return try Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil) } catch { return nil }
    }

    /// The uncompressed bytes of the entry `path`, under the caps (the total counted in `budget`).
    static func inflate(_ path: String, from package: ZipPackage, limits: Limits, budget: inout Int) throws(FixError) -> [UInt8] {
        guard let entry = package.entries.first(where: { $0.name == path }) else {
            throw FixError("is not a .docx: the package has no \(path)")
        }
        let bytes: [UInt8]
        do {
            bytes = try package.read(entry, limits: ZipLimits(maxEntrySize: limits.maxEntrySize, maxCompressionRatio: limits.maxRatio,
                                                              ratioFloor: limits.ratioFloor))
        } catch {
            switch error {
            case .tooLarge(let message): throw FixError("\(path) \(message)")
            case .invalid(let message), .entry(let message): throw FixError("is not a readable .docx: \(path) \(message)")
            }
        }
        guard bytes.count <= budget else { throw FixError("the package inflates to more than \(limits.maxTotalSize >> 20) MiB: refused") }
        budget -= bytes.count
        return bytes
    }

    /// A new package with the same entries in the same order, `part` replaced by `replacement`.
    private static func repack(_ entries: [Entry], from package: ZipPackage, replacing part: String, with replacement: [UInt8],
                               limits: Limits) throws(FixError) -> [UInt8] {
        let output: Archive
        do {
            output = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw FixError("cannot create the fixed package in memory (\(error))")
        }
        var budget = limits.maxTotalSize
        for entry in entries {
            let content: Data
            switch entry.type {
            case .directory: content = Data()
            case .file, .symlink:
                content = entry.path == part ? Data(replacement) : Data(try inflate(entry.path, from: package, limits: limits, budget: &budget))
            }
            let attributes = entry.fileAttributes
            let date = attributes[.modificationDate] as? Date ?? Date()
            let permissions = (attributes[.posixPermissions] as? NSNumber)?.uint16Value
            do {
                try output.addEntry(with: entry.path, type: entry.type, uncompressedSize: Int64(content.count),
                                    modificationDate: date, permissions: permissions,
                                    compressionMethod: entry.isCompressed ? .deflate : .none) { position, size in
                    let start = Int(position)
                    return content.subdata(in: start..<min(start + size, content.count))
                }
            } catch {
                throw FixError("cannot write \(entry.path) into the fixed package (\(error))")
            }
        }
        guard let data = output.data else { throw FixError("cannot create the fixed package in memory") }
        return [UInt8](data)
    }

    /// Reads the new package back: same entry names in the same order, same sizes and checksums
    /// of every unchanged entry, and the replaced part holding exactly the new bytes.
    private static func verify(_ bytes: [UInt8], against entries: [Entry], replaced part: String, with replacement: [UInt8]) throws(FixError) {
        guard let archive = openArchive(bytes) else {
            throw FixError("internal error: the fixed package cannot be read back; nothing written")
        }
        let written = Array(archive)
        guard written.map(\.path) == entries.map(\.path) else {
            throw FixError("internal error: the fixed package lists different entries; nothing written")
        }
        for (old, new) in zip(entries, written) where old.path != part && old.type == .file {
            guard old.uncompressedSize == new.uncompressedSize, old.checksum == new.checksum else {
                throw FixError("internal error: \(old.path) changed in the fixed package; nothing written")
            }
        }
        var budget = Int.max
        guard let readBack = try? ZipPackage(bytes: bytes),
              (try? inflate(part, from: readBack, limits: Limits(maxEntrySize: Int.max, maxTotalSize: Int.max, maxRatio: Int.max), budget: &budget)) == replacement else {
            throw FixError("internal error: \(part) does not read back as written; nothing written")
        }
    }
}
