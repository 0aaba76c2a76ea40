import Testing
import PSLintCore
@testable import PSLintOffice

/// The same standard as text, as .docx and as an HTML page parses to the same model: the
/// parser's JSON dump with every location removed (locations differ by nature) and the
/// "automatic number" flag removed (only Word numbers automatically).
@Suite struct FormatEquivalenceTests {
    static func model(_ document: SourceDocument) -> [String] {
        StandardParser.parse(document).map { strip(ModelJSON.standard($0)).serialized(indent: 1) }
    }

    static func strip(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            return .object(members.filter { $0.0 != "location" && $0.0 != "automatic" }.map { ($0.0, strip($0.1)) })
        case .array(let items):
            return .array(items.map(strip))
        default:
            return value
        }
    }

    /// The first lines where two dumps differ, for a readable failure.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let left = a.split(separator: "\n", omittingEmptySubsequences: false)
        let right = b.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) where index >= left.count || index >= right.count || left[index] != right[index] {
            let l = index < left.count ? String(left[index]) : "<end>"
            let r = index < right.count ? String(right[index]) : "<end>"
            return "line \(index + 1):\n  text: \(l)\n  other: \(r)"
        }
        return "identical"
    }

    @Test(arguments: ["kk-information-resources", "ru-ai-applications"])
    func wordAndHTMLParseLikeText(name: String) throws {
        let text = try TextReader().read(bytes: FixturePaths.bytes("Fixtures/docx/src/\(name).txt"), path: "\(name).txt", options: ReadOptions())
        let expected = Self.model(text)
        try #require(!expected.isEmpty)
        #expect(expected[0].contains("\"cards\""))
        for document in [try FixturePaths.docx(name), try FixturePaths.html(name)] {
            let actual = Self.model(document)
            try #require(actual.count == expected.count, "\(document.path): \(actual.count) standards, text \(expected.count)")
            for (left, right) in zip(expected, actual) {
                #expect(left == right, "\(document.path) \(Self.firstDifference(left, right))")
            }
        }
    }

    @Test func autoNumberedCardHeadingsAreMarkedAutomatic() throws {
        let standards = StandardParser.parse(try FixturePaths.docx("kk-information-resources"))
        let cards = standards.first?.cards ?? []
        #expect(cards.map { $0.number?.value } == ["9", "10", "11"])
        let automatic = standards.first?.paragraphs.filter(\.isAutomatic).map(\.number.value)
        #expect(automatic == ["9", "10", "11"])
    }
}
