import Foundation
import Testing
import PSLintCore
@testable import PSLintOffice

/// Standards built while a Word body is still being read are those `StandardParser.parse` builds
/// from the finished document: same standards, same order, same appendix lines.
@Suite struct StandardStreamTests {
    static func streamed(_ bytes: [UInt8]) throws -> (parsed: [Standard], streamed: [Standard]) {
        let stream = StandardStream()
        let document = try DocxReader().read(bytes: bytes, path: "test.docx", options: ReadOptions(), onBlock: stream.append)
        return (StandardParser.parse(document), stream.finish())
    }

    /// A .docx with one paragraph a line of `lines` (TABs stay TABs).
    static func docx(_ lines: [String]) throws -> [UInt8] {
        let escaped = lines.map { $0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;") }
        return try PackageBuilder.docx(body: escaped.map { PackageBuilder.p($0) }.joined())
    }

    static func lines(_ fixture: String) throws -> [String] {
        String(decoding: try FixturePaths.bytes("Fixtures/rules/\(fixture)"), as: UTF8.self).components(separatedBy: "\n")
    }

    @Test func fixtureDocumentsStreamAsTheyParse() throws {
        for name in ["kk-information-resources", "ru-ai-applications"] {
            let (parsed, streamed) = try StandardStreamTests.streamed(try FixturePaths.bytes("Fixtures/docx/\(name).docx"))
            #expect(!parsed.isEmpty)
            #expect(streamed == parsed)
        }
    }

    @Test func anOrderOfThreeStandardsWithAppendixLines() throws {
        let ru = try StandardStreamTests.lines("base-ru.txt"), kk = try StandardStreamTests.lines("base-kk.txt")
        let order = ["Приложение 1 к приказу"] + ru + ["Приложение 2 к приказу"] + kk + ["Приложение 3 к приказу"] + ru
        let (parsed, streamed) = try StandardStreamTests.streamed(try StandardStreamTests.docx(order))
        #expect(parsed.count == 3)
        #expect(parsed.map { $0.appendix?.value } == ["1", "2", "3"])
        #expect(streamed == parsed)
    }

    @Test func withoutTitleTheChapterHeadingStartsTheStandard() throws {
        let ru = try StandardStreamTests.lines("base-ru.txt").dropFirst()
        let (parsed, streamed) = try StandardStreamTests.streamed(try StandardStreamTests.docx(["Приложение 4 к приказу"] + ru))
        #expect(parsed.count == 1 && parsed.first?.title == nil)
        #expect(streamed == parsed)
    }

    @Test func noStandardAtAll() throws {
        let (parsed, streamed) = try StandardStreamTests.streamed(try StandardStreamTests.docx(["Пояснительная записка", "Текст."]))
        #expect(parsed.isEmpty && streamed.isEmpty)
    }
}
