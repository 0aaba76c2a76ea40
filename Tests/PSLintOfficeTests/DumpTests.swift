import Testing
import PSLintCore
@testable import PSLintOffice

@Test func dumpFixtures() throws {
    for name in ["kk-information-resources", "ru-ai-applications"] {
        let document = try FixturePaths.docx(name)
        print("=== \(name) docx: \(document.blocks.count) blocks")
        for (line, block) in zip(BlockPicture.lines(document.blocks), document.blocks).prefix(60) {
            print(block.location.humanDescription, String(line.prefix(150)))
        }
    }
}
