import Foundation
import PSLintCore
@testable import PSLintFix

/// Paths and helpers shared by the PSLintFix tests.
enum Support {
    /// The repository root (this file is Tests/PSLintFixTests/Support.swift).
    static let root: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Fixtures/fix")

    static func bytes(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(relative)))
    }

    /// The text variants written by Fixtures/fix/make-text-fixtures.py.
    static let textVariants = ["lf", "crlf", "cr", "no-final-newline", "mixed-endings", "utf8-bom", "windows-1251", "utf16le-bom", "utf16be-bom"]

    struct LineEdit: Decodable {
        var line: Int
        var column: Int
        var old: String
        var new: String
    }

    /// The renumbering edits of the text fixtures, as the numbering rules attach them.
    static func textEdits() throws -> [TextEdit] {
        let edits = try JSONDecoder().decode([LineEdit].self, from: Data(try bytes("text/edits.json")))
        return edits.map { TextEdit(location: Location(line: $0.line, column: $0.column), oldText: $0.old, newText: $0.new) }
    }

    struct ParagraphEdit: Decodable {
        var paragraph: Int
        var old: String
        var new: String
    }

    static func docxEdits() throws -> [TextEdit] {
        let edits = try JSONDecoder().decode([ParagraphEdit].self, from: Data(try bytes("docx/cards.edits.json")))
        return edits.map { TextEdit(location: Location(word: WordLocation(paragraph: $0.paragraph)), oldText: $0.old, newText: $0.new) }
    }

    struct ExpectedTexts: Decodable {
        var before: [String]
        var after: [String]
    }

    static func docxExpectedTexts() throws -> ExpectedTexts {
        try JSONDecoder().decode(ExpectedTexts.self, from: Data(try bytes("docx/cards.expected.json")))
    }

    /// A fresh empty folder, removed by the caller with `cleanUp`.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pslint-fix-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Nil when equal, else where two byte strings first differ (short enough to read in a failure).
    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String? {
        if a == b { return nil }
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        return "differ at byte \(i) of \(a.count)/\(b.count): \(Array(a[i..<min(a.count, i + 12)])) vs \(Array(b[i..<min(b.count, i + 12)]))"
    }

    static func cleanUp(_ url: URL) { try? FileManager.default.removeItem(at: url) }

    static func write(_ bytes: [UInt8], to url: URL) throws { try Data(bytes).write(to: url) }
    static func read(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// A diagnostic carrying a fix, as the numbering rules make them.
    static func diagnostic(_ edits: [TextEdit], suppressed: Bool = false) -> Diagnostic {
        Diagnostic(ruleID: "PS201", ruleName: "card-number-sequence", family: .numbering, severity: .warning,
                   messageID: "gap", arguments: [:], message: "card numbers skip", location: edits.first?.location ?? .unknown,
                   suppression: suppressed ? "waived in .pslint.yml" : nil,
                   fix: Fix(description: "renumber", edits: edits))
    }

    /// Is python-docx importable (for the script checks)?
    static let pythonDocxAvailable: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import docx"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// Runs scripts/check-docx-opens.py; returns its exit status and output.
    static func checkDocxOpens(_ path: String, expecting texts: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("scripts/check-docx-opens.py").path, path]
            + texts.flatMap { ["--expect-text", $0] }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
