import ArgumentParser
import Foundation
import PSLintDriver
import PSLintFix

/// `pslint fix PATH...`: safe automatic renumbering.
struct Fix: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Renumber cards, paragraphs, list items, labour functions and skills in place.",
        discussion: """
        Only number tokens change; every other byte of a text file, and every other part of a .docx, stays as it was.
        Writing is atomic; a file changed on disk since it was read is not written. 'pslint fix -' writes the fixed text to standard output.
        """
    )

    @OptionGroup var input: InputOptions

    @Flag(name: .customLong("dry-run"), help: "Compute the edits, write nothing.")
    var dryRun = false

    @Flag(help: "Print a unified diff of the changes.")
    var diff = false

    @Flag(help: "Keep the original beside each changed file (NAME.orig).")
    var backup = false

    func run() throws {
        let configuration = try input.loadConfiguration()
        let (inputs, errors, standardInput) = try input.inputs(configuration: configuration)
        let runner = FixRunner(options: input.runOptions(configuration: configuration, failOn: .error),
                               fix: FixOptions(dryRun: dryRun, diff: diff, backup: backup))
        let output = runner.run(inputs, discoveryErrors: errors, standardInput: standardInput)
        if let fixed = output.standardOutput {
            FileHandle.standardOutput.write(Data(fixed))
            for line in output.errors { printError(line) }
            printError(output.summary(dryRun: true))
            throw ExitCode(output.exitCode)
        }
        if diff { for file in output.files { if let text = file.diff { writeStandardOutput(text) } } }
        for line in output.errors { printError(line) }
        printError(output.summary(dryRun: dryRun))
        throw ExitCode(output.exitCode)
    }
}
