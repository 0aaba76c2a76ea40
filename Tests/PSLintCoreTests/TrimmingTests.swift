import PSLintCore
import Testing

/// `trimmingWhitespace` decides easy ends from their bytes; it must trim exactly as Unicode says.
@Suite("Trimming white space")
struct TrimmingTests {
    static func reference(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }

    @Test func agreesWithUnicodeOnEveryKindOfEnd() {
        let ends = ["", " ", "\t", "\n", "\r\n", "\u{A0}", "\u{85}", "\u{2003}", "\u{3000}", "a", "Ж", "ё", "ә", "ү", "\u{04FF}",
                    "\u{0500}", "é", "€", "😀", "-", "~", "\u{7F}", "\u{1F}"]
        for head in ends {
            for tail in ends {
                for middle in ["", "x", "Кәсіптік стандарт", " \u{A0} "] {
                    let text = head + middle + tail
                    #expect(text.trimmingWhitespace == TrimmingTests.reference(text), "\(Array(text.unicodeScalars))")
                    #expect(text[...].trimmingWhitespace == TrimmingTests.reference(text))
                }
            }
        }
    }
}
