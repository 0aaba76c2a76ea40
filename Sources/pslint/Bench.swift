import ArgumentParser
import Foundation
import PSLintCore

/// `pslint bench FILE...` (hidden): parse the files repeatedly and print throughput.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Parse benchmark (prints MB/s).", shouldDisplay: false)

    @Argument var paths: [String]
    @Option var iterations: Int = 20

    func run() throws {
        let files = paths.compactMap { path in FileManager.default.contents(atPath: path).map { (path: path, bytes: [UInt8]($0)) } }
        writeStandardOutput(ParseBenchmark.run(files: files, iterations: iterations))
    }
}
