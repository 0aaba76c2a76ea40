import Foundation
import PSLintCore
import Testing
@testable import PSLintFix

/// `Fixer.apply`, the library call behind `pslint fix`, on copies of the fixtures.
@Suite struct FixerTests {
    @Test func fixesATextFileInPlaceAndIsIdempotent() throws {
        let folder = try Support.temporaryFolder()
        defer { Support.cleanUp(folder) }
        let file = folder.appendingPathComponent("draft.txt")
        let original = try Support.bytes("text/utf16le-bom.txt")
        try Support.write(original, to: file)
        let edits = try Support.textEdits()
        // A waived finding's fix is not applied: keep the list-item edit (line 8) for a person.
        let diagnostics = [Support.diagnostic(Array(edits.dropFirst())), Support.diagnostic([edits[0]], suppressed: true)]
        let result = Fixer.apply(diagnostics: diagnostics, to: file.path, original: original, format: .text, options: FixOptions())
        #expect(result.error == nil)
        #expect(result.written)
        #expect(result.editsApplied == edits.count - 1)
        #expect(result.editsRefused.isEmpty)
        #expect(result.diff == nil)
        let fixed = try Support.read(file)
        let expected = try TextFixer.apply(Array(edits.dropFirst()), to: original).bytes
        #expect(Support.firstDifference(fixed, expected) == nil)

        // Second run: the checker would now find nothing; replaying the same fixes changes nothing.
        let again = Fixer.apply(diagnostics: diagnostics, to: file.path, original: fixed, format: .text, options: FixOptions())
        #expect(again.editsApplied == 0)
        #expect(!again.written)
        #expect(again.editsRefused.count == edits.count - 1)
        #expect(try Support.read(file) == fixed)
    }

    @Test func dryRunWithDiffWritesNothing() throws {
        let folder = try Support.temporaryFolder()
        defer { Support.cleanUp(folder) }
        let file = folder.appendingPathComponent("draft.txt")
        let original = try Support.bytes("text/no-final-newline.txt")
        try Support.write(original, to: file)
        let diagnostics = [Support.diagnostic(try Support.textEdits())]
        let result = Fixer.apply(diagnostics: diagnostics, to: file.path, original: original, format: .text,
                                 options: FixOptions(dryRun: true, diff: true))
        #expect(!result.written)
        #expect(result.editsApplied == 9)
        #expect(try Support.read(file) == original)
        let diff = try #require(result.diff)
        let shown = String(file.path.dropFirst())   // labels drop the leading slash, like git
        #expect(diff.hasPrefix("--- a/\(shown)\n+++ b/\(shown)\n@@ -5,7 +5,7 @@\n"))
        #expect(diff.hasSuffix("-22. Дата ориентировочного пересмотра: 05.12.2028 г.\n\\ No newline at end of file\n+20. Дата ориентировочного пересмотра: 05.12.2028 г.\n\\ No newline at end of file\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["draft.txt"])
    }

    @Test func fixesADocxWithABackup() throws {
        let folder = try Support.temporaryFolder()
        defer { Support.cleanUp(folder) }
        let file = folder.appendingPathComponent("cards.docx")
        let original = try Support.bytes("docx/cards.docx")
        try Support.write(original, to: file)
        let diagnostics = try Support.docxEdits().map { Support.diagnostic([$0]) }
        let result = Fixer.apply(diagnostics: diagnostics, to: file.path, original: original, format: .docx,
                                 options: FixOptions(diff: true, backup: true))
        #expect(result.error == nil)
        #expect(result.written)
        #expect(result.editsApplied == 5)
        #expect(result.backupPath == file.resolvingSymlinksInPath().path + ".orig")
        #expect(try Support.read(URL(fileURLWithPath: result.backupPath!)) == original)
        #expect(result.diff?.contains("\n-[14] 19. Номер версии и год выпуска: версия 2, 2025 г.\n+[14] 14. Номер версии и год выпуска: версия 1, 2025 г.\n") == true)
        let fixed = try Support.read(file)
        let again = Fixer.apply(diagnostics: diagnostics, to: file.path, original: fixed, format: .docx, options: FixOptions(backup: true))
        #expect(again.editsApplied == 0 && !again.written && again.backupPath == nil)
        #expect(try Support.read(file) == fixed)
    }

    @Test func aFileChangedSinceItWasCheckedIsNotWritten() throws {
        let folder = try Support.temporaryFolder()
        defer { Support.cleanUp(folder) }
        let file = folder.appendingPathComponent("draft.txt")
        let original = try Support.bytes("text/lf.txt")
        try Support.write(original, to: file)
        let edited = Array(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "Байгазина", with: "Байгазин").utf8)
        try Support.write(edited, to: file)
        let result = Fixer.apply(diagnostics: [Support.diagnostic(try Support.textEdits())], to: file.path, original: original,
                                 format: .text, options: FixOptions())
        #expect(!result.written)
        #expect(result.editsApplied == 0)
        #expect(result.error == "not written: its size changed since it was read (3623 → 3619 bytes)")
        #expect(try Support.read(file) == edited)
    }

    @Test func anInterruptedFixLeavesTheOriginal() throws {
        struct Crash: Error {}
        let folder = try Support.temporaryFolder()
        defer { Support.cleanUp(folder) }
        let file = folder.appendingPathComponent("cards.docx")
        let original = try Support.bytes("docx/cards.docx")
        try Support.write(original, to: file)
        let result = Fixer.apply(diagnostics: [Support.diagnostic(try Support.docxEdits())], to: file.path, original: original,
                                 format: .docx, options: FixOptions(backup: true, beforeRename: { _ in throw Crash() }))
        #expect(!result.written)
        #expect(result.error?.hasPrefix("not written: interrupted before the original was replaced") == true)
        #expect(try Support.read(file) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["cards.docx"])
    }

    @Test func nothingToFixTouchesNothing() throws {
        let result = Fixer.apply(diagnostics: [], to: "/nonexistent/file.txt", original: [], format: .text, options: FixOptions())
        #expect(result.editsApplied == 0 && !result.written && result.error == nil && result.editsRefused.isEmpty)
    }

    @Test func htmlIsNotChanged() throws {
        let edit = TextEdit(location: Location(line: 1, column: 1), oldText: "9", newText: "8")
        let result = Fixer.apply(diagnostics: [Support.diagnostic([edit])], to: "x.html", original: Array("9".utf8), format: .html, options: FixOptions())
        #expect(result.error == "pslint fix does not change .html files (fix the .docx or text version)")
        #expect(!result.written)
    }

    @Test func standardInputGetsTheFixedBytes() throws {
        let original = try Support.bytes("text/windows-1251.txt")
        let fixed = try Fixer.fixedText(original: original, edits: try Support.textEdits())
        #expect(fixed == (try Support.bytes("text/windows-1251.fixed.txt")))
    }
}
