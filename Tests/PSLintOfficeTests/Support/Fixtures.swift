import Foundation
import PSLintCore
import PSLintOffice

/// Paths of the repository's fixtures, found from this source file.
enum FixturePaths {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    static func bytes(_ relative: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url(relative))) }

    static func docx(_ name: String) throws -> SourceDocument {
        try DocxReader().read(bytes: bytes("Fixtures/docx/\(name).docx"), path: "\(name).docx", options: ReadOptions())
    }

    static func html(_ name: String) throws -> SourceDocument {
        try HTMLReader().read(bytes: bytes("Fixtures/html/\(name).html"), path: "\(name).html", options: ReadOptions())
    }
}

/// A compact, comparable picture of blocks: "P|text" and "R|cell|~cell" (~ marks a continuation).
enum BlockPicture {
    static func lines(_ blocks: [Block]) -> [String] {
        blocks.map { block in
            switch block {
            case .paragraph(let text): return "P|" + text.text
            case .row(let row): return "R|" + row.cells.map { ($0.isContinuation ? "~" : "") + $0.text }.joined(separator: "|")
            }
        }
    }
}
