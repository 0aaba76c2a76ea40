import ArgumentParser
import PSLintDriver

extension DumpRunner.Format: ExpressibleByArgument {}

/// `pslint dump FILE...`: the parsed model.
struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dump", abstract: "Print the parsed model of drafts (JSON or an indented tree).")

    @OptionGroup var input: InputOptions

    @Option(help: "json or text.")
    var format: DumpRunner.Format = .json

    func run() throws {
        let configuration = try input.loadConfiguration()
        let (inputs, errors, standardInput) = try input.inputs(configuration: configuration)
        let output = DumpRunner(options: input.runOptions(configuration: configuration, failOn: .error))
            .run(inputs, format: format, discoveryErrors: errors, standardInput: standardInput)
        writeStandardOutput(output.text)
        for line in output.notices + output.errors { printError(line) }
        throw ExitCode(output.exitCode)
    }
}
