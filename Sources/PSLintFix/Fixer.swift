import PSLintCore

/// Options of `pslint fix`.
public struct FixOptions: Sendable {
    /// Compute everything, write nothing.
    public var dryRun: Bool
    /// Produce a unified diff of the changes (`FileFixResult.diff`).
    public var diff: Bool
    /// Keep the original beside the file as `NAME.orig` (numbered when one exists).
    public var backup: Bool
    /// The text encoding the file was checked with (`--encoding`); nil: detected as the readers do.
    public var encoding: TextEncodingChoice?
    /// Called between writing the temporary file and renaming it over the original (tests
    /// throw here to simulate a crash). Nil in normal use.
    public var beforeRename: (@Sendable (_ temporaryPath: String) throws -> Void)?

    public init(dryRun: Bool = false, diff: Bool = false, backup: Bool = false, encoding: TextEncodingChoice? = nil,
                beforeRename: (@Sendable (_ temporaryPath: String) throws -> Void)? = nil) {
        self.dryRun = dryRun
        self.diff = diff
        self.backup = backup
        self.encoding = encoding
        self.beforeRename = beforeRename
    }
}

/// What `pslint fix` did to one file.
public struct FileFixResult: Sendable {
    public var path: String
    /// Edits applied (in the file when `written`, or that would be with `--dry-run`).
    public var editsApplied: Int
    /// One line per edit not applied: "12:5: «15» → «13» not applied: found «16» where …".
    public var editsRefused: [String]
    /// The unified diff, when asked for and something changed.
    public var diff: String?
    /// The file was replaced.
    public var written: Bool
    /// Why the file could not be fixed or written (one line, no path). When set, nothing was
    /// written and `editsApplied` is 0.
    public var error: String?
    /// Where the original was kept (`--backup`).
    public var backupPath: String?

    public init(path: String, editsApplied: Int = 0, editsRefused: [String] = [], diff: String? = nil, written: Bool = false,
                error: String? = nil, backupPath: String? = nil) {
        self.path = path
        self.editsApplied = editsApplied
        self.editsRefused = editsRefused
        self.diff = diff
        self.written = written
        self.error = error
        self.backupPath = backupPath
    }
}

/// The entry point of `pslint fix`.
public enum Fixer {
    /// The edits of the fixes of `diagnostics` that are not suppressed, in order.
    public static func edits(of diagnostics: [Diagnostic]) -> [TextEdit] {
        diagnostics.filter { !$0.isSuppressed }.flatMap { $0.fix?.edits ?? [] }
    }

    /// Applies the fixes of `diagnostics` (only unsuppressed ones that carry a Fix) to the file at `path` whose original bytes are `original` (as read before checking).
    public static func apply(diagnostics: [Diagnostic], to path: String, original: [UInt8], format: DocumentFormat, options: FixOptions) -> FileFixResult {
        apply(diagnostics: diagnostics, to: path, original: original, snapshot: nil, document: nil, format: format, options: options)
    }

    /// The same, with what the driver knows already: the file's snapshot taken when it was read
    /// (`FileSnapshot.read`; else the file must still hold `original`), and the source document
    /// the reader made of it (for a .docx, each edited paragraph is checked against it).
    public static func apply(diagnostics: [Diagnostic], to path: String, original: [UInt8], snapshot: FileSnapshot?,
                             document: SourceDocument?, format: DocumentFormat, options: FixOptions) -> FileFixResult {
        var result = FileFixResult(path: path)
        let edits = edits(of: diagnostics)
        guard !edits.isEmpty else { return result }
        let outcome: EditOutcome
        do throws(FixError) {
            switch format {
            case .text:
                outcome = try TextFixer.apply(edits, to: original, encoding: options.encoding, wantDiff: options.diff)
            case .docx:
                var reader = document.map(ReaderParagraph.paragraphs(of:))
                if reader == nil { reader = try WordReaderView.paragraphs(of: original, path: path) }
                outcome = try DocxFixer.apply(edits, to: original, reader: reader, wantDiff: options.diff)
            case .html:
                throw FixError("pslint fix does not change .html files (fix the .docx or text version)")
            }
        } catch {
            result.error = error.message
            return result
        }
        result.editsApplied = outcome.applied.count
        result.editsRefused = outcome.refused.map(\.description)
        if options.diff, let lines = outcome.diffLines {
            let label = diffLabel(path)
            let diff = UnifiedDiff.render(lines, oldLabel: "a/" + label, newLabel: "b/" + label)
            result.diff = diff.isEmpty ? nil : diff
        }
        guard !outcome.applied.isEmpty, !options.dryRun else { return result }
        do {
            let writer = SafeWriter(backup: options.backup, beforeRename: options.beforeRename)
            let report = try writer.write(outcome.bytes, to: path, expecting: snapshot ?? FileSnapshot(content: original))
            result.written = true
            result.backupPath = report.backupPath
        } catch {
            result.error = error.message
            result.editsApplied = 0
        }
        return result
    }

    /// The path as diff labels show it: without a leading `./` or `/` (`a/docs/x.txt`).
    static func diffLabel(_ path: String) -> String {
        var label = Substring(path)
        while label.hasPrefix("./") { label = label.dropFirst(2) }
        while label.hasPrefix("/") { label = label.dropFirst() }
        return String(label)
    }

    /// For `pslint fix -`: returns the fixed bytes of a text document.
    public static func fixedText(original: [UInt8], edits: [TextEdit]) throws -> [UInt8] {
        try TextFixer.apply(edits, to: original).bytes
    }

    /// For `pslint fix -` when the caller wants to report refused edits too.
    public static func fixText(original: [UInt8], edits: [TextEdit], encoding: TextEncodingChoice? = nil) throws(FixError) -> EditOutcome {
        try TextFixer.apply(edits, to: original, encoding: encoding)
    }
}
