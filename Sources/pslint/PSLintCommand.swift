import ArgumentParser
import Foundation
import PSLintDriver

/// The `pslint` command: a thin layer over PSLintDriver.
@main
struct PSLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pslint",
        abstract: "Lint draft professional standards of the Republic of Kazakhstan (кәсіптік стандарт / профессиональный стандарт).",
        discussion: """
        Reads Word (.docx), HTML and text drafts, checks them against the rule catalogue and reports findings.
        Exit codes: 0 nothing reaches --fail-on; 1 something does; 2 usage, configuration or input errors.
        """,
        version: ToolInfo.releaseVersion,
        subcommands: [Check.self, Fix.self, Dump.self, Rules.self, Bench.self],
        defaultSubcommand: Check.self
    )

    /// Usage errors exit with 2 (ArgumentParser's default is 64); everything else as ArgumentParser says.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
