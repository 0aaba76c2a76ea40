import Foundation
import Testing
@testable import PSLintCore

/// The JSON writer copies unescaped stretches of a string whole and writes integers and
/// indentation itself: its output must be exact, and what Foundation reads back must be the value.
@Suite("JSON writer")
struct JSONWriterTests {
    static let awkward = "Код \"2422\" \\ C:\\path\nline\r\tTAB \u{01}\u{1F}\u{7F} «Қазақстан» 😀 end"

    @Test func escapesEveryCharacterThatMust() {
        let written = JSONValue.string(Self.awkward).serialized()
        #expect(written == #""Код \"2422\" \\ C:\\path\nline\r\tTAB \u0001\u001f"# + "\u{7F} «Қазақстан» 😀 end\"")
    }

    @Test func stringsAtTheEdges() {
        #expect(JSONValue.string("").serialized() == "\"\"")
        #expect(JSONValue.string("\"").serialized() == #""\"""#)
        #expect(JSONValue.string("\n\n").serialized() == #""\n\n""#)
        #expect(JSONValue.string("ж").serialized() == "\"ж\"")
    }

    @Test func integers() {
        for value in [0, 7, -7, 10, 42, -100, 1_000_000, Int.max, Int.min] {
            #expect(JSONValue.int(value).serialized() == String(value))
        }
    }

    @Test func prettyAndCompactLayout() {
        let value = JSONValue.object([
            ("a", .array([.int(1), .null, .bool(true), .bool(false)])),
            ("b", .object([])),
            ("c", .array([])),
            ("d", .object([("e", .array([.object([("f", .string("g"))])]))])),
        ])
        #expect(value.serialized(indent: 0) == #"{"a":[1,null,true,false],"b":{},"c":[],"d":{"e":[{"f":"g"}]}}"#)
        #expect(value.serialized() == """
        {
          "a": [
            1,
            null,
            true,
            false
          ],
          "b": {},
          "c": [],
          "d": {
            "e": [
              {
                "f": "g"
              }
            ]
          }
        }
        """)
    }

    @Test func foundationReadsBackTheSameValues() throws {
        let value = JSONValue.object([("text", .string(Self.awkward)), ("keys \"quoted\"", .array([.int(-3), .string("")]))])
        for indent in [0, 2, 4] {
            let parsed = try JSONSerialization.jsonObject(with: Data(value.serialized(indent: indent).utf8)) as? [String: Any]
            #expect(parsed?["text"] as? String == Self.awkward)
            let array = parsed?["keys \"quoted\""] as? [Any]
            #expect(array?.first as? Int == -3)
            #expect(array?.last as? String == "")
        }
    }
}
