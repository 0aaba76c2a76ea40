import ArgumentParser
import Foundation
import PSLintConfig
import PSLintCore
import PSLintDriver
import PSLintRules

/// Options every command that reads drafts shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Draft files or directories (searched recursively for .txt, .docx, .html, .htm). '-' reads standard input.")
    var paths: [String] = []

    @Option(help: "Configuration file (default: the first .pslint.yml from the working directory upwards).")
    var config: String?

    @Option(help: "Text encoding of text files: utf-8, utf-16le, utf-16be, windows-1251 (default: detected).")
    var encoding: String?

    @Option(help: "Text layout: L1, L2 or L3 (default: detected).")
    var layout: String?

    @Option(name: .customLong("max-file-size"), help: "Refuse files larger than this many MiB.")
    var maxFileSize: Int = ReadOptions.defaultMaxFileSize / (1024 * 1024)

    @Option(help: "Threads: files are checked in parallel, and a single file reads its standards in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Language of messages: en, ru, kk or auto (the document's own).")
    var lang: String?

    @Option(help: "Checking profile: draft or submission (default: the configuration's, else draft).")
    var profile: String?

    @Option(name: .customLong("stdin-filename"), help: "Name standard input in reports.")
    var stdinFilename: String?

    @Flag(name: .customLong("include-markdown"), help: "Also take *.md files when walking directories.")
    var includeMarkdown = false

    func validate() throws {
        if let encoding, TextEncodingChoice(name: encoding) == nil {
            throw ValidationError("unknown --encoding '\(encoding)': use utf-8, utf-16le, utf-16be or windows-1251")
        }
        if let layout, TextLayout(rawValue: layout.uppercased()) == nil {
            throw ValidationError("unknown --layout '\(layout)': use L1, L2 or L3")
        }
        if let lang, !["en", "ru", "kk", "auto"].contains(lang) {
            throw ValidationError("unknown --lang '\(lang)': use en, ru, kk or auto")
        }
        if let profile, Profile(rawValue: profile) == nil {
            throw ValidationError("unknown --profile '\(profile)': use draft or submission")
        }
        if maxFileSize <= 0 { throw ValidationError("--max-file-size must be a positive number of MiB") }
        if jobs <= 0 { throw ValidationError("--jobs must be at least 1") }
    }

    /// Loads the configuration; a configuration error is printed and exits with 2.
    func loadConfiguration() throws -> Configuration {
        let path = config ?? Configuration.find(startingAt: FileManager.default.currentDirectoryPath)
        guard let path else { return .empty }
        let parameters = Dictionary(uniqueKeysWithValues: RuleCatalogue.descriptors.map { ($0.id, RuleCatalogue.parameterDefaults(id: $0.id)) })
        do {
            return try Configuration.load(path: path, rules: RuleCatalogue.descriptors, parameters: parameters)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
    }

    var environmentLanguage: MessageLanguage { resolveLanguage(environment: ProcessInfo.processInfo.environment) }

    func languageChoice(_ configuration: Configuration) -> LanguageChoice {
        let choice = lang ?? configuration.language
        switch choice {
        case "en": return .fixed(.en)
        case "ru": return .fixed(.ru)
        case "kk": return .fixed(.kk)
        case "auto": return .auto(fallback: environmentLanguage)
        default: return .fixed(environmentLanguage)
        }
    }

    func runOptions(configuration: Configuration, failOn: Severity?) -> RunOptions {
        let read = ReadOptions(encoding: encoding.flatMap(TextEncodingChoice.init(name:)), layout: layout.flatMap { TextLayout(rawValue: $0.uppercased()) },
                               maxFileSize: maxFileSize * 1024 * 1024)
        return RunOptions(read: read, jobs: jobs, language: languageChoice(configuration), configuration: configuration,
                          profile: profile.flatMap(Profile.init(rawValue:)), failOn: failOn)
    }

    /// Expands the paths; with none, the working directory.
    func inputs(configuration: Configuration) throws -> (inputs: [InputFile], errors: [(path: String, message: String)], standardInput: [UInt8]?) {
        let discovery = InputDiscovery(configuration: configuration, includeMarkdown: includeMarkdown)
        let (inputs, errors) = discovery.expand(paths.isEmpty ? ["."] : paths, stdinName: stdinFilename)
        let standardInput = inputs.contains { $0.isStandardInput } ? [UInt8](FileHandle.standardInput.readDataToEndOfFile()) : nil
        return (inputs, errors, standardInput)
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

func writeStandardOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
