import Foundation
import Testing

/// Run-level behaviour: parallel runs are deterministic; a waiver in `.pslint.yml` suppresses a
/// finding (kept in JSON, out of the counts and the exit code); `--fail-on` sets the threshold.
@Suite(.serialized) struct RunBehaviourTests {
    static let fixtures = CLI.packageRoot.appendingPathComponent("Fixtures")

    @Test func parallelRunsGiveTheSameOutputAsOneJob() throws {
        let inputs = [Self.fixtures.appendingPathComponent("text").path, Self.fixtures.appendingPathComponent("docx").path]
        let one = try CLI.run(["check"] + inputs + ["--format", "json", "--jobs", "1"])
        let four = try CLI.run(["check"] + inputs + ["--format", "json", "--jobs", "4"])
        #expect(one.status == four.status)
        #expect(!one.stdout.isEmpty)
        #expect(one.stdout == four.stdout)
    }

    @Test func waiverSuppressesAFindingAndUnusedWaiverIsReported() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let draft = dir.appendingPathComponent("draft.txt")
        var text = try String(contentsOf: Self.fixtures.appendingPathComponent("rules/base-ru.txt"), encoding: .utf8)
        // an ORK level out of range in the first card: one PS207 error
        let level = "Уровень квалификации по ОРК:\t"
        let range = try #require(text.range(of: level))
        let digitEnd = text.index(range.upperBound, offsetBy: 1)
        text.replaceSubrange(range.upperBound..<digitEnd, with: "9")
        try text.write(to: draft, atomically: true, encoding: .utf8)

        let unwaived = try CLI.run(["check", draft.path, "--format", "json"], in: dir)
        #expect(unwaived.status == 1)
        #expect(unwaived.stdout.contains("\"PS207\""))

        let json = try JSONSerialization.jsonObject(with: Data(unwaived.stdout.utf8)) as! [String: Any]
        let standard = ((json["files"] as! [[String: Any]])[0]["standards"] as! [[String: Any]])[0]
        let code = standard["code"] as? String ?? standard["title"] as! String
        try """
        waivers:
          - rule: ork-level-range
            standard: "\(code)"
            card-index: 1
            reason: "level under review by the sectoral council"
          - rule: PS221
            standard: "J999"
            reason: "nothing to waive"
        """.write(to: dir.appendingPathComponent(".pslint.yml"), atomically: true, encoding: .utf8)

        let waived = try CLI.run(["check", draft.path, "--format", "json"], in: dir)
        let result = try JSONSerialization.jsonObject(with: Data(waived.stdout.utf8)) as! [String: Any]
        let diagnostics = (result["files"] as! [[String: Any]]).flatMap { $0["diagnostics"] as! [[String: Any]] }
        let ps207 = try #require(diagnostics.first { $0["rule"] as? String == "PS207" })
        #expect((ps207["suppressed"] as? [String: Any])?["reason"] as? String == "level under review by the sectoral council")
        let summary = result["summary"] as! [String: Any]
        #expect(summary["suppressed"] as? Int == 1)
        #expect(summary["errors"] as? Int == 0)
        // the unused waiver is a warning located in .pslint.yml: below the default fail-on
        #expect(waived.stdout.contains("config-unused-waiver"))
        #expect(waived.status == 0)
        let strict = try CLI.run(["check", draft.path, "--fail-on", "warning"], in: dir)
        #expect(strict.status == 1)
    }

    @Test func invalidConfigurationIsExitTwoWithPosition() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "rules:\n  PS207: sometimes\n".write(to: dir.appendingPathComponent(".pslint.yml"), atomically: true, encoding: .utf8)
        let output = try CLI.run(["check", Self.fixtures.appendingPathComponent("rules/base-ru.txt").path], in: dir)
        #expect(output.status == 2)
        #expect(output.stderr.contains(".pslint.yml:2:"))
    }

    @Test func standardInputIsNamedByStdinFilename() throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("rules/base-kk.txt"))
        let output = try CLI.run(["check", "-", "--stdin-filename", "drafts/kk.txt", "--format", "json"], stdin: data)
        #expect(output.status == 0, "\(output.stdout)")
        #expect(output.stdout.contains("\"drafts/kk.txt\""))
    }

    @Test func fixFromStandardInputWritesTheFixedTextToStandardOutput() throws {
        let original = try String(contentsOf: Self.fixtures.appendingPathComponent("rules/base-ru.txt"), encoding: .utf8)
        let gap = original.replacingOccurrences(of: "11. Карточка профессии", with: "14. Карточка профессии")
        #expect(gap != original)
        let output = try CLI.run(["fix", "-", "--stdin-filename", "draft.txt"], stdin: Data(gap.utf8))
        #expect(output.status == 0, "\(output.stderr)")
        // the card is renumbered and chapter 4 continues from it: the result is the valid original
        #expect(output.stdout == original)
        #expect(output.stderr.contains("edit"))
    }
}
