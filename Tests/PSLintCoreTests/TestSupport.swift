import Foundation
import Testing
@testable import PSLintCore

/// The repository's text fixtures (`Fixtures/text`, excerpts of the corpus; see its README).
enum Fixture {
    /// The repository root (this file is Tests/PSLintCoreTests/TestSupport.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = root.appendingPathComponent("Fixtures/text")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static func document(_ name: String, options: ReadOptions = ReadOptions()) throws -> SourceDocument {
        try TextReader().read(bytes: bytes(name), path: name, options: options)
    }

    static func standards(_ name: String) throws -> [Standard] {
        StandardParser.parse(try document(name))
    }

    /// The one standard of a fixture.
    static func standard(_ name: String) throws -> Standard {
        let standards = try standards(name)
        try #require(standards.count == 1, "\(name) holds \(standards.count) standards")
        return standards[0]
    }

    /// The one card of a fixture's one standard.
    static func card(_ name: String, _ index: Int = 1) throws -> Card {
        let standard = try standard(name)
        try #require(standard.cards.count >= index, "\(name) holds \(standard.cards.count) cards")
        return standard.cards[index - 1]
    }
}

/// Reads text given in the test itself.
func readText(_ text: String, options: ReadOptions = ReadOptions()) throws -> SourceDocument {
    try TextReader().read(bytes: Array(text.utf8), path: "inline.txt", options: options)
}

/// The paragraphs of a document, in order (the cells of a row left to right).
func paragraphs(_ document: SourceDocument) -> [SourceText] {
    document.blocks.flatMap(\.paragraphs)
}

extension Field {
    /// `line:column` of the field, for compact expectations.
    var at: String { "\(location.line.map(String.init) ?? "-"):\(location.column.map(String.init) ?? "-")" }
}

extension LevelField {
    var at: String { field.at }
}

extension Card {
    /// Link rows as `level|name` (`∅` for a lost level).
    var linkSummary: [String] { links.map { "\($0.level?.value ?? "∅")|\($0.name.value)" } }
    /// Every skill of every function, in order.
    var skills: [Skill] { labourFunctions.flatMap(\.skills) }
}
