import ArgumentParser
import Foundation
import PSLintCore
import PSLintDriver
import PSLintReporters
import PSLintRules

extension ReportFormat: ExpressibleByArgument {}

/// `pslint check PATH...`
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check drafts and report findings (the default command).",
        discussion: """
        Examples:
          pslint check drafts/
          pslint check draft.docx --lang ru
          pslint check drafts --report junit=pslint.xml --report sarif=pslint.sarif --report text=-
        """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format on standard output: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat?

    @Option(name: .customLong("report"), help: ArgumentHelp("Also write a report: FORMAT=PATH ('-' for standard output). Repeatable.", valueName: "format=path"))
    var reports: [String] = []

    @Option(help: "Colour in text output: auto, always or never (NO_COLOR is respected).")
    var color: String = "auto"

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit code 1: error, warning, info or never.")
    var failOn: String?

    func validate() throws {
        guard ["auto", "always", "never"].contains(color) else { throw ValidationError("unknown --color '\(color)': use auto, always or never") }
        if let failOn, !["error", "warning", "info", "never"].contains(failOn) {
            throw ValidationError("unknown --fail-on '\(failOn)': use error, warning, info or never")
        }
        for report in reports { _ = try parseReport(report) }
    }

    func parseReport(_ text: String) throws -> (ReportFormat, String) {
        guard let equals = text.firstIndex(of: "="), let format = ReportFormat(rawValue: String(text[..<equals])) else {
            throw ValidationError("--report takes FORMAT=PATH with FORMAT one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")): '\(text)'")
        }
        let path = String(text[text.index(after: equals)...])
        guard !path.isEmpty else { throw ValidationError("--report \(text): the path is empty ('-' is standard output)") }
        return (format, path)
    }

    func run() throws {
        let configuration = try input.loadConfiguration()
        let threshold = failOn ?? configuration.failOn ?? "error"
        let failOnSeverity = threshold == "never" ? nil : Severity(rawValue: threshold)
        let options = input.runOptions(configuration: configuration, failOn: failOnSeverity)
        let (inputs, errors, standardInput) = try input.inputs(configuration: configuration)
        let result = CheckRunner(options: options).run(inputs, discoveryErrors: errors, standardInput: standardInput)

        let environment = ProcessInfo.processInfo.environment
        let useColor: Bool
        switch color {
        case "always": useColor = true
        case "never": useColor = false
        default: useColor = isatty(STDOUT_FILENO) != 0 && environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"
        }
        let reportOptions = ReportOptions(color: useColor, workingDirectory: FileManager.default.currentDirectoryPath, language: options.reportLanguage,
                                          toolVersion: ToolInfo.version, informationURI: ToolInfo.informationURI, failOn: failOnSeverity)
        var outputs = try reports.map(parseReport)
        if format != nil || outputs.isEmpty { outputs.insert((format ?? .text, "-"), at: 0) }
        let rules = RuleCatalogue.descriptors
        for (format, path) in outputs {
            var options = reportOptions
            if path != "-" { options.color = false }
            let text = reporter(for: format).render(result, rules: rules, options: options)
            if path == "-" {
                writeStandardOutput(text)
            } else {
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                } catch {
                    printError("\(path): error: cannot write the \(format.rawValue) report: \(error.localizedDescription)")
                    throw ExitCode(2)
                }
            }
        }
        throw ExitCode(result.exitCode)
    }
}
