import Testing
@testable import PSLintCore

/// `UTF8Bytes.substring` copies the bytes of a range without validating them again; it must give
/// what cutting the string through its UTF-8 view gives, for every range, on scalar boundaries or not.
@Suite("Substrings by UTF-8 offsets")
struct SubstringTests {
    static func reference(_ text: String, _ range: Range<Int>) -> String {
        let u = text.utf8
        let lower = u.index(u.startIndex, offsetBy: range.lowerBound)
        let upper = u.index(lower, offsetBy: range.count)
        return String(Substring(u[lower..<upper]))
    }

    @Test func everyRangeOfAMixedText() {
        for text in ["", "a", "Ж", "Код: 2422 — «Қазақстан» 😀 é\t€", String(repeating: "Кәсіп ", count: 6)] {
            let count = text.utf8.count
            var aligned = 0
            for lower in 0...count {
                for upper in lower...count {
                    let expected = SubstringTests.reference(text, lower..<upper)
                    let actual = UTF8Bytes.substring(text, lower..<upper)
                    #expect(actual == expected && Array(actual.utf8) == Array(expected.utf8), "\(text) \(lower)..<\(upper)")
                    if String(validating: Array(text.utf8)[lower..<upper], as: UTF8.self) != nil { aligned += 1 }
                }
            }
            #expect(aligned > 0)
        }
    }
}
