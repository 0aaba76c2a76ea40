import Foundation
import PSLintCore
import PSLintConfig
import PSLintRules

/// Settings of one `pslint check` (or `fix`, `dump`) run.
public struct RunOptions: Sendable {
    public var read: ReadOptions
    public var jobs: Int
    public var language: LanguageChoice
    public var configuration: Configuration
    public var profile: Profile?
    public var failOn: Severity?

    public init(read: ReadOptions = ReadOptions(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                language: LanguageChoice = .fixed(.en), configuration: Configuration = .empty, profile: Profile? = nil,
                failOn: Severity? = .error) {
        self.read = read
        self.jobs = max(1, jobs)
        self.language = language
        self.configuration = configuration
        self.profile = profile
        self.failOn = failOn
    }

    /// The language of run-level messages (configuration findings, report headings).
    public var reportLanguage: MessageLanguage {
        switch language {
        case .fixed(let fixed): return fixed
        case .auto(let fallback): return fallback
        }
    }

    var ruleSettings: RuleSettings {
        var settings = configuration.ruleSettings()
        if let profile { settings.profile = profile }
        return settings
    }
}

/// bytes → reader → source document → parser → standards → rules → diagnostics, for every input.
public struct CheckRunner: Sendable {
    public var options: RunOptions

    public init(options: RunOptions) {
        self.options = options
    }

    /// Checks every input (in parallel, results in input order) and applies the waivers.
    public func run(_ inputs: [InputFile], discoveryErrors: [(path: String, message: String)] = [], standardInput: [UInt8]? = nil) -> CheckResult {
        result(check(inputs, standardInput: standardInput), discoveryErrors: discoveryErrors)
    }

    func result(_ files: [FileResult], discoveryErrors: [(path: String, message: String)]) -> CheckResult {
        var files = files
        for error in discoveryErrors { files.append(FileResult(path: error.path, error: error.message)) }
        let (waived, configurationDiagnostics) = options.configuration.applyWaivers(to: files, language: options.reportLanguage)
        return CheckResult(toolVersion: ToolInfo.version, files: waived, configurationDiagnostics: configurationDiagnostics,
                           configurationPath: options.configuration.path, failOn: options.failOn)
    }

    /// Each worker keeps one document in memory at a time; only the findings outlive it.
    func check(_ inputs: [InputFile], standardInput: [UInt8]?) -> [FileResult] {
        // Files are checked in parallel; a single file (often an order holding many standards)
        // uses the threads for reading and for its standards instead.
        let jobsPerFile = inputs.count == 1 ? options.jobs : 1
        var read = options.read
        read.jobs = jobsPerFile
        let loader = DocumentLoader(options: read)
        let engine = RuleEngine(settings: options.ruleSettings, language: options.language)
        return parallelMap(inputs, jobs: options.jobs) { input in
            CheckRunner.check(input, loader: loader, engine: engine, standardInput: standardInput, jobs: jobsPerFile)
        }
    }

    static func check(_ input: InputFile, loader: DocumentLoader, engine: RuleEngine, standardInput: [UInt8]?, jobs: Int = 1) -> FileResult {
        let document: SourceDocument
        let standards: [Standard]
        do throws(InputError) {
            (document, standards) = try loader.loadAndParse(input, standardInput: standardInput, jobs: jobs)
        } catch {
            return FileResult(path: input.path, error: error.message)
        }
        var result = FileResult(path: input.path, format: document.format, layout: document.layout, notices: document.notices)
        if standards.isEmpty {
            if input.named {
                result.error = "holds no professional standard (no title «Профессиональный стандарт: …» / «Кәсіптік стандарт …» and no chapter headings with cards)"
            } else {
                result.skipped = true
                result.notices.append("holds no professional standard: skipped")
            }
            return result
        }
        result.standards = standards.map { StandardSummary(reference: StandardReference($0), language: $0.language, cards: $0.cards.count) }
        result.diagnostics = engine.check(standards, jobs: jobs)
        return result
    }
}
