import Foundation
import Testing

/// Bad input gives one line naming the file and exit code 2, and the other files are still checked.
@Suite(.serialized) struct InputErrorTests {
    @Test func badFilesGiveOneLineEachAndOthersAreStillChecked() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]).write(to: dir.appendingPathComponent("binary.txt"))
        try Data("%PDF-1.7 fake".utf8).write(to: dir.appendingPathComponent("report.docx"))
        try Data("old".utf8).write(to: dir.appendingPathComponent("old.doc"))
        // a valid standard (the base fixture of the rule examples) is still checked
        let fixture = CLI.packageRoot.appendingPathComponent("Fixtures/rules")
        let good: String? = "base-ru.txt"
        var arguments = ["check", "--color", "never", "--format", "json"]
        for name in ["empty.txt", "binary.txt", "report.docx", "old.doc", "missing.txt"] { arguments.append(dir.appendingPathComponent(name).path) }
        if let good { arguments.append(fixture.appendingPathComponent(good).path) }
        let output = try CLI.run(arguments)
        #expect(output.status == 2)
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as! [String: Any]
        let files = json["files"] as! [[String: Any]]
        func error(_ name: String) -> String? {
            let file = files.first { ($0["path"] as! String).hasSuffix(name) }
            return (file?["error"] as? [String: Any])?["message"] as? String
        }
        #expect(error("empty.txt")?.contains("empty") == true)
        #expect(error("binary.txt") != nil)
        #expect(error("report.docx")?.lowercased().contains("pdf") == true)
        #expect(error("old.doc")?.contains("convert it to .docx") == true)
        #expect(error("missing.txt")?.contains("no such file") == true)
        if let good {
            let checked = files.first { ($0["path"] as! String).hasSuffix(good) }
            #expect(checked?["error"] is NSNull)
        }
    }

    @Test func textReportNamesTheFileOnOneLine() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("empty.txt")
        try Data().write(to: path)
        let output = try CLI.run(["check", path.path, "--color", "never"])
        #expect(output.status == 2)
        let lines = (output.stdout + output.stderr).split(separator: "\n").filter { $0.contains("empty.txt") }
        #expect(lines.count == 1)
        #expect(lines.first?.contains("error") == true)
    }

    @Test(.enabled(if: CLI.hasCorpus, "needs ../shared/corpus"))
    func namedFileWithoutStandardIsAnErrorWalkedOneIsSkipped() throws {
        let framework = CLI.corpus.appendingPathComponent("002_f73435c4522e9245.txt")
        let named = try CLI.run(["check", framework.path, "--format", "json"])
        #expect(named.status == 2)
        #expect(named.stdout.contains("holds no professional standard"))

        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: framework, to: dir.appendingPathComponent("framework.txt"))
        let walked = try CLI.run(["check", dir.path, "--format", "json"])
        #expect(walked.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(walked.stdout.utf8)) as! [String: Any]
        let summary = json["summary"] as! [String: Any]
        #expect(summary["skipped"] as? Int == 1)
        #expect(summary["inputErrors"] as? Int == 0)
    }

    @Test func usageErrorsExitWithTwo() throws {
        let output = try CLI.run(["check", "--fail-on", "sometimes", "x.txt"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("--fail-on"))
    }

    @Test func directoryWalkSkipsHiddenBuildAndLockFiles() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for sub in [".git", ".build-x", "drafts"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true)
            try Data().write(to: dir.appendingPathComponent(sub).appendingPathComponent("a.txt"))
        }
        try Data().write(to: dir.appendingPathComponent("drafts/~$lock.docx"))
        try Data().write(to: dir.appendingPathComponent("drafts/notes.md"))
        // a symlink loop must not hang the walk
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("drafts/loop"), withDestinationURL: dir)
        let output = try CLI.run(["check", dir.path, "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as! [String: Any]
        let paths = (json["files"] as! [[String: Any]]).map { $0["path"] as! String }
        #expect(paths.count == 1)
        #expect(paths.first?.hasSuffix("drafts/a.txt") == true)
    }

    @Test func fileOverTheSizeLimitIsRefusedBeforeReading() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let big = dir.appendingPathComponent("big.txt")
        try Data(repeating: 0x41, count: 2 * 1024 * 1024 + 1).write(to: big)
        let output = try CLI.run(["check", big.path, "--max-file-size", "2", "--color", "never"])
        #expect(output.status == 2)
        let lines = (output.stdout + output.stderr).split(separator: "\n").filter { $0.contains("big.txt") }
        #expect(lines.count == 1)
        #expect(lines.first?.contains("--max-file-size") == true)
    }
}
