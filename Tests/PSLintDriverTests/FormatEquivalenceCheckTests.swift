import Foundation
import PSLintCore
import PSLintDriver
import Testing

/// The same standard as text, .docx and HTML gives the same findings (compared on rule, standard,
/// card, field and message; locations differ by nature).
@Suite struct FormatEquivalenceCheckTests {
    struct Key: Hashable, CustomStringConvertible {
        var rule: String, standard: String?, card: String?, field: String?, message: String
        var description: String { "\(rule) \(standard ?? "-") \(card ?? "-") \(field ?? "-") \(message)" }
    }

    func findings(_ path: String) -> [Key] {
        let runner = CheckRunner(options: RunOptions(jobs: 1))
        let result = runner.run([InputFile(path: path, named: true)])
        #expect(result.files.first?.error == nil, "\(path): \(result.files.first?.error ?? "")")
        return result.files.flatMap(\.diagnostics).map {
            Key(rule: $0.ruleID, standard: $0.standard?.code, card: $0.card?.identity, field: $0.field, message: $0.message)
        }
    }

    @Test(arguments: ["ru-ai-applications", "kk-information-resources"])
    func sameFindingsInEveryFormat(name: String) {
        let root = CLI.packageRoot.appendingPathComponent("Fixtures")
        let text = findings(root.appendingPathComponent("docx/src/\(name).txt").path)
        let docx = findings(root.appendingPathComponent("docx/\(name).docx").path)
        let html = findings(root.appendingPathComponent("html/\(name).html").path)
        #expect(!text.isEmpty, "the fixture should carry some findings to compare")
        #expect(Set(docx) == Set(text), "only in .docx: \(Set(docx).subtracting(text)); only in text: \(Set(text).subtracting(docx))")
        #expect(Set(html) == Set(text), "only in .html: \(Set(html).subtracting(text)); only in text: \(Set(text).subtracting(html))")
        #expect(docx.count == text.count)
        #expect(html.count == text.count)
    }
}
