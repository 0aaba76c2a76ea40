import Foundation
import Testing

/// End to end on the real documents: one run writes every report; the fix closes numbering gaps,
/// changes nothing else, and is idempotent.
@Suite(.serialized, .enabled(if: CLI.hasCorpus, "needs ../shared/corpus"))
struct CorpusRunTests {
    @Test func oneRunWritesEveryReportAndEachDiagnosticOnce() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = try CLI.run(["check", CLI.corpus.path, "--lang", "en",
                                  "--report", "json=\(dir.path)/out.json", "--report", "junit=\(dir.path)/out.xml",
                                  "--report", "sarif=\(dir.path)/out.sarif", "--report", "text=-"])
        // 002 is walked (not named): skipped, so no input error; the corpus has real errors: exit 1
        #expect(output.status == 1)
        #expect(output.stdout.contains("[PS"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out.json"))) as! [String: Any]
        let files = json["files"] as! [[String: Any]]
        let diagnostics = files.flatMap { $0["diagnostics"] as! [[String: Any]] }
        let summary = json["summary"] as! [String: Any]
        #expect(summary["standards"] as? Int == 38)
        #expect(summary["cards"] as? Int == 208)
        #expect(summary["skipped"] as? Int == 1)
        let sarif = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out.sarif"))) as! [String: Any]
        let results = (sarif["runs"] as! [[String: Any]]).flatMap { $0["results"] as! [[String: Any]] }
        #expect(results.count == diagnostics.count)
        let xml = try String(contentsOf: dir.appendingPathComponent("out.xml"), encoding: .utf8)
        #expect(xml.hasPrefix("<?xml"))
        // every text line of a finding carries the rule tag
        let textFindings = output.stdout.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": warning: ") || $0.contains(": info: ") }
        let unsuppressed = diagnostics.filter { $0["suppressed"] is NSNull }
        #expect(textFindings.filter { $0.contains("[PS") }.count == unsuppressed.count)
    }

    @Test func messagesComeInAllThreeLanguages() throws {
        let file = CLI.corpus.appendingPathComponent("004_8f656e93d6fef283.txt").path
        var seen: [String: String] = [:]
        for lang in ["en", "ru", "kk"] {
            let output = try CLI.run(["check", file, "--lang", lang, "--format", "json"])
            let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as! [String: Any]
            let first = ((json["files"] as! [[String: Any]])[0]["diagnostics"] as! [[String: Any]]).first
            seen[lang] = first?["message"] as? String
        }
        #expect(seen["en"] != nil && seen["ru"] != nil && seen["kk"] != nil)
        #expect(seen["en"] != seen["ru"])
        #expect(seen["ru"] != seen["kk"])
    }

    @Test func fixClosesNumberingGapsChangesNothingElseAndIsIdempotent() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["001_9032630b3ee35f5f.txt", "004_8f656e93d6fef283.txt"] {
            let original = CLI.corpus.appendingPathComponent(name)
            let copy = dir.appendingPathComponent(name)
            try FileManager.default.copyItem(at: original, to: copy)
            let before = try Data(contentsOf: copy)

            let first = try CLI.run(["fix", copy.path])
            #expect(first.status == 0, "\(first.stderr)")
            let after = try Data(contentsOf: copy)
            #expect(after != before, "the corpus has real numbering gaps")
            // only number tokens changed: same line count, and every changed line differs only in digits
            let beforeLines = String(decoding: before, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let afterLines = String(decoding: after, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(beforeLines.count == afterLines.count)
            for (a, b) in zip(beforeLines, afterLines) where a != b {
                #expect(a.filter { !$0.isNumber } == b.filter { !$0.isNumber }, "\(a) → \(b)")
            }

            let second = try CLI.run(["fix", copy.path])
            #expect(second.status == 0)
            #expect(try Data(contentsOf: copy) == after, "a second fix changes nothing")
            #expect(second.stderr.contains("0 edits"))

            // the check no longer reports a fixable numbering finding
            let check = try CLI.run(["check", copy.path, "--format", "json"])
            let json = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as! [String: Any]
            let remaining = ((json["files"] as! [[String: Any]])[0]["diagnostics"] as! [[String: Any]]).filter { !($0["fix"] is NSNull) }
            #expect(remaining.isEmpty, "\(remaining.prefix(3))")
        }
    }
}
