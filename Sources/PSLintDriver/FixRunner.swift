import Foundation
import PSLintCore
import PSLintFix
import PSLintRules

/// `pslint fix`: checks each input, then applies the fixes its unsuppressed findings carry.
public struct FixRunner: Sendable {
    public var options: RunOptions
    public var fix: FixOptions

    public init(options: RunOptions, fix: FixOptions) {
        self.options = options
        self.fix = fix
    }

    public struct Output: Sendable {
        public var files: [FileFixResult]
        /// Input errors, `path: error: message`.
        public var errors: [String]
        /// For `pslint fix -`: the fixed text for standard output.
        public var standardOutput: [UInt8]?

        public var exitCode: Int32 {
            if !errors.isEmpty || files.contains(where: { $0.error != nil }) { return 2 }
            return 0
        }

        /// "3 edits in 2 files (fixed: a.txt, b.docx)" — what changed where.
        public func summary(dryRun: Bool) -> String {
            var lines: [String] = []
            for file in files {
                if let error = file.error { lines.append("\(file.path): error: \(error)"); continue }
                for refused in file.editsRefused { lines.append("\(file.path): warning: \(refused)") }
                if file.editsApplied > 0 {
                    let verb = dryRun ? "would apply" : (file.written ? "applied" : "computed")
                    lines.append("\(file.path): \(verb) \(file.editsApplied) edit\(file.editsApplied == 1 ? "" : "s")" + (file.backupPath.map { " (original kept as \($0))" } ?? ""))
                }
            }
            let total = files.reduce(0) { $0 + $1.editsApplied }
            let changed = files.filter { $0.editsApplied > 0 }.count
            lines.append("\(dryRun ? "dry run: " : "")\(total) edit\(total == 1 ? "" : "s") in \(changed) file\(changed == 1 ? "" : "s")")
            return lines.joined(separator: "\n")
        }
    }

    public func run(_ inputs: [InputFile], discoveryErrors: [(path: String, message: String)] = [], standardInput: [UInt8]? = nil) -> Output {
        let loader = DocumentLoader(options: options.read)
        let engine = RuleEngine(settings: options.ruleSettings, language: options.language)
        let configuration = options.configuration
        let fix = self.fix
        let outcomes: [(FileFixResult?, String?, [UInt8]?)] = parallelMap(inputs, jobs: options.jobs) { input in
            let document: SourceDocument
            let bytes: [UInt8]
            do throws(InputError) {
                (document, bytes) = try loader.load(input, standardInput: standardInput)
            } catch {
                return (nil, "\(input.path): error: \(error.message)", nil)
            }
            let standards = StandardParser.parse(document)
            if standards.isEmpty {
                return input.named ? (nil, "\(input.path): error: holds no professional standard", nil) : (FileFixResult(path: input.path), nil, nil)
            }
            var file = FileResult(path: input.path, format: document.format, layout: document.layout)
            file.diagnostics = engine.check(standards)
            let waived = configuration.applyWaivers(to: [file]).files.first ?? file
            if input.isStandardInput {
                let edits = Fixer.edits(of: waived.diagnostics)
                do throws(FixError) {
                    let outcome = try Fixer.fixText(original: bytes, edits: edits, encoding: options.read.encoding)
                    let result = FileFixResult(path: input.path, editsApplied: outcome.applied.count, editsRefused: outcome.refused.map(\.description))
                    return (result, nil, outcome.bytes)
                } catch {
                    return (nil, "\(input.path): error: \(error.message)", bytes)
                }
            }
            var fixOptions = fix
            fixOptions.encoding = options.read.encoding
            let result = Fixer.apply(diagnostics: waived.diagnostics, to: input.path, original: bytes, snapshot: nil,
                                     document: document, format: document.format, options: fixOptions)
            return (result, nil, nil)
        }
        var output = Output(files: [], errors: discoveryErrors.map { "\($0.path): error: \($0.message)" }, standardOutput: nil)
        for (result, error, stdout) in outcomes {
            if let result { output.files.append(result) }
            if let error { output.errors.append(error) }
            if let stdout { output.standardOutput = stdout }
        }
        return output
    }
}
