import Testing
@testable import PSLintFix

@Suite struct UnifiedDiffTests {
    static let before = (1...20).map { "line \($0)" }

    @Test func separateHunksWithThreeLinesOfContext() {
        var after = UnifiedDiffTests.before
        after[1] = "LINE 2"
        after[17] = "LINE 18"
        let diff = UnifiedDiff.render(DiffLines(before: UnifiedDiffTests.before, after: after), oldLabel: "a/f", newLabel: "b/f")
        #expect(diff == """
        --- a/f
        +++ b/f
        @@ -1,5 +1,5 @@
         line 1
        -line 2
        +LINE 2
         line 3
         line 4
         line 5
        @@ -15,6 +15,6 @@
         line 15
         line 16
         line 17
        -line 18
        +LINE 18
         line 19
         line 20

        """)
    }

    @Test func closeChangesShareAHunk() {
        var after = UnifiedDiffTests.before
        after[5] = "x"
        after[11] = "y"
        let diff = UnifiedDiff.render(DiffLines(before: UnifiedDiffTests.before, after: after), oldLabel: "a", newLabel: "b")
        #expect(diff.components(separatedBy: "\n@@").count == 2)
        #expect(diff.contains("@@ -3,13 +3,13 @@\n"))
    }

    @Test func missingFinalNewlineIsMarked() {
        let diff = UnifiedDiff.render(DiffLines(before: ["a", "15. Б"], after: ["a", "13. Б"], beforeEndsWithNewline: false, afterEndsWithNewline: false),
                                      oldLabel: "a/f", newLabel: "b/f")
        #expect(diff == "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-15. Б\n\\ No newline at end of file\n+13. Б\n\\ No newline at end of file\n")
    }

    @Test func noChangeNoDiff() {
        #expect(UnifiedDiff.render(DiffLines(before: ["a"], after: ["a"]), oldLabel: "a", newLabel: "b") == "")
    }

    @Test func differentLineCountsStillGiveACorrectDiff() {
        let diff = UnifiedDiff.render(DiffLines(before: ["a", "b", "c"], after: ["a", "x", "y", "c"]), oldLabel: "a", newLabel: "b")
        #expect(diff == "--- a\n+++ b\n@@ -1,3 +1,4 @@\n a\n-b\n+x\n+y\n c\n")
    }

    @Test func textFixerDiffUsesTheFilesLines() throws {
        let outcome = try TextFixer.apply(try Support.textEdits(), to: try Support.bytes("text/windows-1251.txt"), wantDiff: true)
        let diff = UnifiedDiff.render(try #require(outcome.diffLines), oldLabel: "a/x.txt", newLabel: "b/x.txt")
        #expect(diff.contains("\n-- 7) Сетевой администратор - 4 уровень ОРК.\n+- 5) Сетевой администратор - 4 уровень ОРК.\n"))
        #expect(diff.contains("\n-15. Карточка профессии \"Сетевой администратор\":\t\t\t\n+13. Карточка профессии"))
        let lines = diff.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("-") && !$0.hasPrefix("---") }.count == 9)
        #expect(lines.filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") }.count == 9)
        #expect(!diff.contains("\r"))
    }
}
