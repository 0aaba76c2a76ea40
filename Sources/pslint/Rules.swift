import ArgumentParser
import PSLintCore
import PSLintRules
import Foundation

/// `pslint rules [ID]`: the rule catalogue.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules, or explain one (`pslint rules PS207`).")

    @Argument(help: "A rule id or name to explain.")
    var rule: String?

    @Option(help: "text or json.")
    var format: String = "text"

    @Option(help: "Language: en, ru or kk (default: from LC_ALL, LC_MESSAGES, LANG).")
    var lang: String?

    func run() throws {
        let language = lang.flatMap(MessageLanguage.init(rawValue:)) ?? resolveLanguage(environment: ProcessInfo.processInfo.environment)
        if format == "json" {
            writeStandardOutput(RuleCatalogue.listJSON().serialized() + "\n")
            return
        }
        guard let rule else {
            writeStandardOutput(RuleCatalogue.listText(language: language))
            return
        }
        guard let text = RuleCatalogue.explain(idOrName: rule, language: language) else {
            printError("pslint: no rule '\(rule)' (see `pslint rules`)")
            throw ExitCode(2)
        }
        writeStandardOutput(text)
    }
}
