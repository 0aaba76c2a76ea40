import Foundation
import Testing
@testable import PSLintFix

@Suite struct SafeWriterTests {
    struct SimulatedCrash: Error, CustomStringConvertible { var description: String { "simulated crash" } }

    static func mode(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as! NSNumber).intValue
    }

    static func folderListing(_ url: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    @Test func replacesTheFileAndKeepsItsMode() throws {
        let folder = try Support.temporaryFolder()
        defer { Support.cleanUp(folder) }
        let file = folder.appendingPathComponent("draft.txt")
        try Support.write(Array("9. А\n".utf8), to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        let (bytes, snapshot) = try FileSnapshot.read(path: file.path)
        #expect(bytes == Array("9. А\n".utf8))
        let report = try SafeWriter().write(Array("8. А\n".utf8), to: file.path, expecting: snapshot)
        #expect(try Support.read(file) == Array("8. А\n".utf8))
        #expect(try SafeWriterTests.mode(file) == 0o640)
        #expect(report.backupPath == nil)
        #expect(try SafeWriterTests.folderListing(folder) == ["draft.txt"])
    }

    @Test func writesThroughASymlinkAndKeepsTheLink() throws {
        let folder = try Support.temporaryFolder()
        defer { Support.cleanUp(folder) }
        let real = folder.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        let target = real.appendingPathComponent("draft.txt")
        try Support.write(Array("15. Б".utf8), to: target)
        let link = folder.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real/draft.txt")
        let report = try SafeWriter(backup: true).write(Array("13. Б".utf8), to: link.path, expecting: FileSnapshot(content: Array("15. Б".utf8)))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real/draft.txt")
        #expect(try Support.read(target) == Array("13. Б".utf8))
        #expect(report.path == target.resolvingSymlinksInPath().path)
        // The backup sits beside the file that was replaced, not beside the link.
        #expect(report.backupPath == report.path + ".orig")
        #expect(try Support.read(URL(fileURLWithPath: report.backupPath!)) == Array("15. Б".utf8))
    }

    @Test func refusesAFileChangedOnDisk() throws {
        let folder = try Support.temporaryFolder()
        defer { Support.cleanUp(folder) }
        let file = folder.appendingPathComponent("draft.txt")
        try Support.write(Array("15. Б\n".utf8), to: file)
        let (_, snapshot) = try FileSnapshot.read(path: file.path)
        // Same size, other content: an editor saved the file meanwhile.
        try Support.write(Array("16. Б\n".utf8), to: file)
        #expect(throws: FixError("not written: its content changed since it was read")) {
            try SafeWriter().write(Array("13. Б\n".utf8), to: file.path, expecting: snapshot)
        }
        try Support.write(Array("16. Бв\n".utf8), to: file)
        #expect(throws: FixError("not written: its size changed since it was read (7 → 9 bytes)")) {
            try SafeWriter().write(Array("13. Б\n".utf8), to: file.path, expecting: snapshot)
        }
        #expect(try Support.read(file) == Array("16. Бв\n".utf8))
        #expect(try SafeWriterTests.folderListing(folder) == ["draft.txt"])
    }

    @Test func refusesAFileTouchedSinceItWasRead() throws {
        let folder = try Support.temporaryFolder()
        defer { Support.cleanUp(folder) }
        let file = folder.appendingPathComponent("draft.txt")
        try Support.write(Array("15".utf8), to: file)
        let (_, snapshot) = try FileSnapshot.read(path: file.path)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: file.path)
        #expect(throws: FixError("not written: it was modified since it was read")) {
            try SafeWriter().write(Array("13".utf8), to: file.path, expecting: snapshot)
        }
    }

    @Test func backupsAreNumberedAndNeverOverwritten() throws {
        let folder = try Support.temporaryFolder()
        defer { Support.cleanUp(folder) }
        let file = folder.appendingPathComponent("draft.txt")
        try Support.write(Array("one".utf8), to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        let writer = SafeWriter(backup: true)
        let first = try writer.write(Array("two".utf8), to: file.path, expecting: FileSnapshot(content: Array("one".utf8)))
        let second = try writer.write(Array("three".utf8), to: file.path, expecting: FileSnapshot(content: Array("two".utf8)))
        #expect(first.backupPath?.hasSuffix("/draft.txt.orig") == true)
        #expect(second.backupPath?.hasSuffix("/draft.txt.orig.1") == true)
        #expect(try Support.read(folder.appendingPathComponent("draft.txt.orig")) == Array("one".utf8))
        #expect(try Support.read(folder.appendingPathComponent("draft.txt.orig.1")) == Array("two".utf8))
        #expect(try Support.read(file) == Array("three".utf8))
        #expect(try SafeWriterTests.mode(folder.appendingPathComponent("draft.txt.orig")) == 0o600)
        #expect(try SafeWriterTests.mode(file) == 0o600)
    }

    @Test func anInterruptedWriteLeavesTheOriginalIntact() throws {
        let folder = try Support.temporaryFolder()
        defer { Support.cleanUp(folder) }
        let file = folder.appendingPathComponent("draft.txt")
        let original = try Support.bytes("text/crlf.txt")
        try Support.write(original, to: file)
        let seen = LockedBox<String?>(nil)
        let writer = SafeWriter(backup: true) { temporary in
            // The new content is complete on disk at this point, beside the original.
            seen.value = temporary
            throw SimulatedCrash()
        }
        #expect(throws: FixError("not written: interrupted before the original was replaced (simulated crash); the original is unchanged")) {
            try writer.write(try Support.bytes("text/crlf.fixed.txt"), to: file.path, expecting: FileSnapshot(content: original))
        }
        let temporary = try #require(seen.value)
        #expect(temporary.hasPrefix(folder.resolvingSymlinksInPath().path + "/.draft.txt.pslint-"))
        #expect(try Support.read(file) == original)
        // Neither the temporary file nor a backup is left behind.
        #expect(try SafeWriterTests.folderListing(folder) == ["draft.txt"])
    }

    @Test func refusesWhatIsNotARegularFile() throws {
        let folder = try Support.temporaryFolder()
        defer { Support.cleanUp(folder) }
        #expect(throws: FixError("not written: not a regular file")) {
            try SafeWriter().write([], to: folder.path, expecting: nil)
        }
        #expect(throws: FixError.self) {
            try SafeWriter().write([], to: folder.appendingPathComponent("missing.txt").path, expecting: nil)
        }
    }
}

/// A mutable box the @Sendable hook can write to.
final class LockedBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}
