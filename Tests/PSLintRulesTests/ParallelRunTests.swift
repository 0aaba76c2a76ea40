import Foundation
import PSLintCore
import PSLintRules
import Testing

/// Standards built and checked on several threads give exactly what one thread gives.
@Suite("Parallel parse and check", .enabled(if: Corpus.available, "the corpus is not on this machine"))
struct ParallelRunTests {
    @Test(arguments: ["001_9032630b3ee35f5f.txt", "004_8f656e93d6fef283.txt"])
    func threadsChangeNothing(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: Corpus.folder.appendingPathComponent(name)))
        let document = try TextReader().read(bytes: bytes, path: name, options: ReadOptions())
        let one = StandardParser.parse(document)
        let four = StandardParser.parse(document, jobs: 4)
        #expect(one.count > 10)
        #expect(four == one)
        #expect(ModelJSON.file(document, standards: four).serialized() == ModelJSON.file(document, standards: one).serialized())
        let engine = RuleEngine()
        let findings = engine.check(one)
        #expect(findings.count > 50)
        #expect(engine.check(four, jobs: 4) == findings)
        #expect(engine.check(one, jobs: 3) == findings)
    }
}
