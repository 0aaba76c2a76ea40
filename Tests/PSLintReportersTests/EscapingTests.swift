import PSLintCore
@testable import PSLintReporters
import Testing

@Suite struct EscapingTests {
    @Test func xmlEscapesTheFiveSpecials() {
        #expect(XMLEscaping.text("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &apos; f")
        #expect(XMLEscaping.attribute("<&>") == "&lt;&amp;&gt;")
    }

    @Test func xmlReplacesWhatXML10CannotCarry() {
        #expect(XMLEscaping.text("a\u{0}b\u{1F}c\u{FFFE}d\u{FFFF}e") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e")
        // U+FFFD itself and other non-ASCII text pass unchanged.
        #expect(XMLEscaping.text("\u{FFFD}Жүйелік ￼") == "\u{FFFD}Жүйелік ￼")
    }

    @Test func xmlKeepsLineBreaksInTextAndEncodesThemInAttributes() {
        #expect(XMLEscaping.text("a\tb\nc") == "a\tb\nc")
        #expect(XMLEscaping.text("a\rb") == "a&#13;b")
        #expect(XMLEscaping.attribute("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
    }

    @Test func githubEscapesDataAndProperties() {
        #expect(GitHubReporter.data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b")
        #expect(GitHubReporter.property("dir, x: 100%\n") == "dir%2C x%3A 100%25%0A")
        #expect(GitHubReporter.data("bell\u{7} esc\u{1B}") == "bell\u{FFFD} esc\u{FFFD}")
    }

    @Test func markdownCellsCannotBreakTheTable() {
        #expect(Markdown.escape("a | b") == "a \\| b")
        #expect(Markdown.escape("*x* _y_ `z` [l](u) ~s~ \\") == "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\~s\\~ \\\\")
        #expect(Markdown.escape("<script>&amp;") == "&lt;script&gt;&amp;amp;")
        #expect(Markdown.escape("one\r\ntwo\nthree") == "one<br>two<br>three")
        #expect(!Markdown.escape("a\u{0}b\u{1B}c").utf8.contains { $0 < 0x20 })
    }

    @Test func oneLineRemovesBreaksAndTerminalControls() {
        #expect(oneLine("plain «текст»") == "plain «текст»")
        #expect(oneLine("a\r\nb\nc\td") == "a b c d")
        #expect(oneLine("x\u{1B}[31my\u{7F}z\u{9B}w") == "x\u{FFFD}[31my\u{FFFD}z\u{FFFD}w")
        #expect(oneLine("Â é") == "Â é", "C2 followed by a printable byte is a letter, not C1")
    }

    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    ])
    func sha256AtPaddingBoundaries(_ length: Int, _ digest: String) {
        #expect(SHA256.hex(String(repeating: "a", count: length)) == digest)
    }

    @Test func sha256MatchesPublishedVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(SHA256.hex("Жүйелік әкімші") == "c6018665d97a6ed65a7dd13eac70879de81c9f6b6b7db4c81b07523d32807672")
    }
}

@Suite struct ArtifactPathTests {
    @Test func relativePathsStayRelativeAndNormalised() {
        #expect(ArtifactPath("drafts/a.txt", workingDirectory: "/repo").relative == "drafts/a.txt")
        #expect(ArtifactPath("./drafts/./x/../a.txt", workingDirectory: "/repo").relative == "drafts/a.txt")
        #expect(ArtifactPath("-", workingDirectory: "/repo").relative == "-")
    }

    @Test func absolutePathsInsideTheWorkingDirectoryBecomeRelative() {
        #expect(ArtifactPath("/repo/drafts/a.txt", workingDirectory: "/repo").relative == "drafts/a.txt")
        #expect(ArtifactPath("/repo/drafts/a.txt", workingDirectory: "/repo/").relative == "drafts/a.txt")
        #expect(ArtifactPath("/repository/a.txt", workingDirectory: "/repo").relative == nil, "a prefix of a name is not a parent")
    }

    @Test func filesOutsideGetAnAbsoluteFileURI() {
        let outside = ArtifactPath("../shared/corpus/002.txt", workingDirectory: "/work/main")
        #expect(outside.relative == nil)
        #expect(outside.absolute == "/work/shared/corpus/002.txt")
        #expect(outside.uri == "file:///work/shared/corpus/002.txt")
        #expect(ArtifactPath("/tmp/x y.txt", workingDirectory: "/repo").uri == "file:///tmp/x%20y.txt")
    }

    @Test func urisArePercentEncoded() {
        #expect(ArtifactPath("drafts/J062 жоба.docx", workingDirectory: "/r").uri == "drafts/J062%20%D0%B6%D0%BE%D0%B1%D0%B0.docx")
        #expect(ArtifactPath("a:b#c?d%e.txt", workingDirectory: "/r").uri == "a%3Ab%23c%3Fd%25e.txt")
    }
}
