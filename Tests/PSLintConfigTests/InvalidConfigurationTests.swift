import Foundation
import PSLintConfig
import PSLintCore
import Testing

/// Every fixture under `Fixtures/config/invalid` starts with `# expect: LINE:COLUMN: message`;
/// loading it must fail with exactly that position and message.
@Suite struct InvalidConfigurationTests {
    @Test func thereAreInvalidFixtures() {
        #expect(FixturePaths.invalid().count >= 40)
    }

    @Test(arguments: FixturePaths.invalid())
    func invalidFixtureGivesItsError(_ name: String) throws {
        let path = FixturePaths.path("invalid/" + name)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let firstLine = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        let prefix = "# expect: "
        try #require(firstLine.hasPrefix(prefix), "fixture \(name) has no '# expect:' line")
        // `LINE:COLUMN: message` → `path:LINE:COLUMN: error: message`
        let expectation = String(firstLine.dropFirst(prefix.count))
        let parts = expectation.split(separator: " ", maxSplits: 1).map(String.init)
        try #require(parts.count == 2)
        let expected = "\(path):\(parts[0]) error: \(parts[1])"
        do {
            _ = try TestCatalogue.load(path)
            Issue.record("\(name) loaded without error; expected \(expected)")
        } catch {
            #expect(error.description == expected)
            #expect(error.path == path)
            #expect(error.line != nil && error.column != nil)
            #expect(!error.description.contains("\n"), "one-line error")
        }
    }

    @Test func missingFileIsAnErrorWithoutPosition() {
        let path = FixturePaths.path("does-not-exist.yml")
        do {
            _ = try TestCatalogue.load(path)
            Issue.record("a missing file loaded")
        } catch {
            #expect(error.line == nil && error.column == nil)
            #expect(error.description == "\(path): error: cannot read the configuration file: no such file")
        }
    }

    @Test func folderIsNotAConfigurationFile() {
        let path = FixturePaths.path("valid")
        #expect(throws: ConfigurationError(path: path, line: nil, column: nil,
                                           message: "cannot read the configuration file: it is a folder")) {
            try TestCatalogue.load(path)
        }
    }

    @Test func secondDocumentIsAnError() {
        do {
            _ = try TestCatalogue.parse("profile: draft\n---\nprofile: submission\n")
            Issue.record("two documents accepted")
        } catch {
            #expect(error.line == 2 && error.column == 1)
            #expect(error.message == "invalid YAML: a second document ('---') is not allowed: the configuration is one document")
        }
    }

    @Test func nonScalarKeyIsAnError() {
        #expect(throws: ConfigurationError(path: "/project/.pslint.yml", line: 1, column: 3,
                                           message: "keys must be plain words, got a list")) {
            try TestCatalogue.parse("? [a, b]\n: c\n")
        }
    }

    @Test func invalidUTF8IsAnError() throws {
        let path = NSTemporaryDirectory() + "pslint-config-\(UUID().uuidString).yml"
        try Data([0x70, 0x72, 0x6F, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: ConfigurationError(path: path, line: nil, column: nil, message: "the configuration file is not valid UTF-8 text")) {
            try TestCatalogue.load(path)
        }
    }

    @Test func errorDescriptionIsCompilerStyle() {
        let error = ConfigurationError(path: ".pslint.yml", line: 3, column: 5, message: "unknown key 'x'")
        #expect(error.description == ".pslint.yml:3:5: error: unknown key 'x'")
    }
}
