import PSLintConfig
import Testing

@Suite struct GlobTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let pattern: String
        let path: String
        let expected: Bool
        var isDirectory = false
        var testDescription: String { "\(pattern) ~ \(path)\(isDirectory ? "/" : "") → \(expected)" }
    }

    static let cases: [Case] = [
        // A pattern without `/` matches a name at any depth.
        Case(pattern: "*.txt", path: "a.txt", expected: true),
        Case(pattern: "*.txt", path: "drafts/2024/a.txt", expected: true),
        Case(pattern: "*.txt", path: "a.txt.docx", expected: false),
        Case(pattern: "*.txt", path: "a.TXT", expected: false),
        Case(pattern: "notes.txt", path: "x/notes.txt", expected: true),
        Case(pattern: "notes.txt", path: "x/my-notes.txt", expected: false),
        // A name matching a folder matches everything below it.
        Case(pattern: "archive", path: "archive/old/a.docx", expected: true),
        Case(pattern: "archive", path: "drafts/archive/a.docx", expected: true),
        Case(pattern: "archive", path: "archived/a.docx", expected: false),
        // A `/` inside anchors the pattern to the configuration folder.
        Case(pattern: "drafts/*.docx", path: "drafts/a.docx", expected: true),
        Case(pattern: "drafts/*.docx", path: "x/drafts/a.docx", expected: false),
        Case(pattern: "drafts/*.docx", path: "drafts/sub/a.docx", expected: false),
        // A leading `/` anchors a name.
        Case(pattern: "/notes.txt", path: "notes.txt", expected: true),
        Case(pattern: "/notes.txt", path: "sub/notes.txt", expected: false),
        // `**` segments.
        Case(pattern: "**/*.docx", path: "a.docx", expected: true),
        Case(pattern: "**/*.docx", path: "a/b/c.docx", expected: true),
        Case(pattern: "drafts/**/*.docx", path: "drafts/a.docx", expected: true),
        Case(pattern: "drafts/**/*.docx", path: "drafts/2024/05/a.docx", expected: true),
        Case(pattern: "drafts/**/*.docx", path: "other/drafts/a.docx", expected: false),
        Case(pattern: "drafts/**/*.docx", path: "drafts/a.txt", expected: false),
        Case(pattern: "archive/**", path: "archive/a.txt", expected: true),
        Case(pattern: "archive/**", path: "archive/x/y/a.txt", expected: true),
        Case(pattern: "archive/**", path: "archive", expected: false, isDirectory: true),
        Case(pattern: "a/**/b", path: "a/b", expected: true),
        Case(pattern: "a/**/b", path: "a/x/y/b", expected: true),
        Case(pattern: "a/**/b", path: "a/x/y/c", expected: false),
        Case(pattern: "**/tmp/**", path: "x/tmp/y.txt", expected: true),
        // A trailing `/` matches folders only, and everything below them.
        Case(pattern: "archive/", path: "archive/a.txt", expected: true),
        Case(pattern: "archive/", path: "deep/archive/a.txt", expected: true),
        Case(pattern: "archive/", path: "archive", expected: false),
        Case(pattern: "archive/", path: "archive", expected: true, isDirectory: true),
        Case(pattern: "/archive/", path: "deep/archive/a.txt", expected: false),
        Case(pattern: "drafts/old/", path: "drafts/old/a.txt", expected: true),
        // `?` is one character, a Cyrillic letter included.
        Case(pattern: "v?.txt", path: "v1.txt", expected: true),
        Case(pattern: "v?.txt", path: "v12.txt", expected: false),
        Case(pattern: "стандарт-?.docx", path: "стандарт-Ж.docx", expected: true),
        Case(pattern: "?", path: "ж", expected: true),
        Case(pattern: "a?b", path: "a/b", expected: false),
        // Character classes.
        Case(pattern: "v[12].txt", path: "v2.txt", expected: true),
        Case(pattern: "v[12].txt", path: "v3.txt", expected: false),
        Case(pattern: "v[0-9].txt", path: "v7.txt", expected: true),
        Case(pattern: "v[!0-9].txt", path: "v7.txt", expected: false),
        Case(pattern: "v[^0-9].txt", path: "vx.txt", expected: true),
        Case(pattern: "[а-я]*.txt", path: "проект.txt", expected: true),
        Case(pattern: "[а-я]*.txt", path: "Проект.txt", expected: false),
        Case(pattern: "[]]x", path: "]x", expected: true),
        // `*` never crosses a `/`, and backtracks within a name.
        Case(pattern: "*", path: "a/b.txt", expected: true),          // `*` matches the folder `a`
        Case(pattern: "/*.txt", path: "a/b.txt", expected: false),
        Case(pattern: "*draft*final*.docx", path: "my-draft-v2-final-3.docx", expected: true),
        Case(pattern: "*draft*final*.docx", path: "my-final-draft.docx", expected: false),
        Case(pattern: "~$*", path: "drafts/~$report.docx", expected: true),
        // Escapes.
        Case(pattern: "\\*.txt", path: "*.txt", expected: true),
        Case(pattern: "\\*.txt", path: "a.txt", expected: false),
        // Paths are normalised: `./` and doubled slashes.
        Case(pattern: "drafts/*.docx", path: "./drafts//a.docx", expected: true),
        Case(pattern: "./drafts/*.docx", path: "drafts/a.docx", expected: true),
    ]

    @Test(arguments: cases)
    func matching(_ c: Case) throws {
        let glob = try Glob(c.pattern)
        #expect(glob.matches(c.path, isDirectory: c.isDirectory) == c.expected)
    }

    @Test(arguments: [
        ("", "empty pattern"),
        ("   ", "empty pattern"),
        ("/", "the pattern names no path"),
        ("[abc", "'[' is not closed by ']'"),
        ("a\\", "the pattern ends with an escaping '\\'"),
        ("../x", "'..' cannot be used: patterns are relative to the folder of the configuration file"),
        ("a/../b", "'..' cannot be used: patterns are relative to the folder of the configuration file"),
        ("!x", "negated patterns ('!') are not supported: list the path under 'include' or 'exclude' instead"),
        ("[z-a]", "the character range in '[…]' runs backwards"),
    ])
    func invalidPatterns(_ pattern: String, _ message: String) {
        #expect(throws: GlobError.self) { try Glob(pattern) }
        do {
            _ = try Glob(pattern)
        } catch {
            #expect(error.message == message)
            #expect(error.description == "invalid glob '\(pattern)': \(message)")
        }
    }

    @Test func includeAndExcludeTogether() throws {
        let configuration = try TestCatalogue.parse("""
            include: ["drafts/**/*.docx", "**/*.txt"]
            exclude: ["archive/", "**/~$*"]
            """)
        #expect(configuration.includes(path: "drafts/2024/J062.docx"))
        #expect(configuration.includes(path: "notes/standard.txt"))
        #expect(!configuration.includes(path: "other/J062.docx"), "not included")
        #expect(!configuration.includes(path: "archive/2020/old.txt"), "excluded folder")
        #expect(!configuration.includes(path: "drafts/~$J062.docx"), "Word lock file")
        #expect(!configuration.includes(path: "../elsewhere/a.txt"), "outside the configuration folder")
        #expect(configuration.excludesDirectory(path: "archive"))
        #expect(configuration.excludesDirectory(path: "drafts/archive"))
        #expect(!configuration.excludesDirectory(path: "drafts"))
    }

    @Test func emptyIncludeTakesEverythingNotExcluded() throws {
        let configuration = try TestCatalogue.parse("exclude: [\"*.html\"]\n")
        #expect(configuration.includes(path: "a/b/c.docx"))
        #expect(configuration.includes(path: "../outside.txt"))
        #expect(!configuration.includes(path: "a/export.html"))
    }

    @Test func relativePathIsTakenFromTheConfigurationFolder() {
        let configuration = Configuration(path: "/project/.pslint.yml")
        #expect(configuration.directory == "/project")
        #expect(configuration.relativePath(of: "/project/drafts/a.docx") == "drafts/a.docx")
        #expect(configuration.relativePath(of: "/project/drafts/../a.docx") == "a.docx")
        #expect(configuration.relativePath(of: "/projects/a.docx") == nil)
        #expect(configuration.relativePath(of: "/other/a.docx") == nil)
        #expect(Configuration.empty.relativePath(of: "/project/a.docx") == nil)
    }
}
