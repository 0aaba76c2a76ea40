import Foundation
import Testing
@testable import PSLintCore

/// The `pslint dump` JSON of one small fixture, compared with the committed file
/// (`PSLINT_UPDATE_GOLDEN=1` rewrites it; review the diff before committing).
@Suite("Model dump")
struct ModelDumpTests {
    static let fixture = "P09-mixed-languages.l1.txt"
    static let golden = Fixture.directory.appendingPathComponent("golden/P09-mixed-languages.l1.json")

    @Test func dumpMatchesTheGoldenFile() throws {
        let document = try Fixture.document(Self.fixture)
        let json = ModelJSON.file(document, standards: StandardParser.parse(document)).serialized() + "\n"
        if ProcessInfo.processInfo.environment["PSLINT_UPDATE_GOLDEN"] == "1" {
            try json.write(to: Self.golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(json == expected, "the dump changed: compare with Fixtures/text/golden/, update with PSLINT_UPDATE_GOLDEN=1")
    }

    @Test func absentAndEmptyFieldsStayDistinct() throws {
        let document = try Fixture.document(Self.fixture)
        let standard = try #require(StandardParser.parse(document).first)
        let json = ModelJSON.standard(standard)
        // `14. Кәсіптік біліктілік жөніндегі салалық кеңес:` with nothing after it: present, empty
        #expect(json["technicalData"]?["sectoralCouncil"]?["value"] == .string(""))
        // no developers paragraph in this excerpt: absent
        #expect(json["technicalData"]?["developers"] == .null)
        let card = try #require(json["cards"].flatMap { if case .array(let cards) = $0 { return cards.first }; return nil })
        #expect(card["number"] == .int(11))
        #expect(card["groupCode"]?["location"]?["clause"] == .string("11"))
        #expect(card["links"].map { if case .array(let rows) = $0 { return rows.count }; return -1 } == 2)
    }
}

@Suite("Parse benchmark")
struct ParseBenchmarkTests {
    @Test func reportNamesTheFilesAndTheThroughput() throws {
        let name = "P05-label-and-value-in-one-cell.l3.txt"
        let report = ParseBenchmark.run(files: [(name, try Fixture.bytes(name))], iterations: 2)
        #expect(report.contains("\(name): 9436 bytes, 1 standards, 1 cards"))
        #expect(report.contains("MB/s") && report.contains("2 passes on one thread"))
        let missing = ParseBenchmark.run(paths: [Fixture.directory.appendingPathComponent("no-such-file.txt").path], iterations: 1)
        #expect(missing.hasPrefix(Fixture.directory.appendingPathComponent("no-such-file.txt").path + ": cannot be read"))
    }
}
