/// The ОКЭД classifier shipped in `Rules/data/oked.yml`: codes only, per section.
public struct OkedClassifier: Sendable {
    /// The classifier edition, named in findings (`НК РК 03-2019`).
    public var edition: String
    /// Section letter → first and last division number.
    public var divisions: [String: ClosedRange<Int>]
    /// Every code in dotted form (`62`, `62.0`, `62.01`, `62.01.1`) and every section letter.
    public var codes: Set<String>

    public func contains(_ code: String) -> Bool { codes.contains(code) }

    /// The section whose division range holds `division`.
    public func section(ofDivision division: Int) -> String? {
        divisions.first { $0.value.contains(division) }?.key
    }
}

/// The valid ORK levels and sublevel digits of `Rules/data/ork-levels.yml`.
public struct OrkLevels: Sendable {
    public var levels: [Int]
    public var sublevelDigits: [Int]
}

/// Reference data built into the binary: `Rules/data/*.yml` compiled by
/// `scripts/generate-catalogue.py` into `GeneratedReferenceData.swift`, so no YAML is parsed at
/// run time (a test checks the values against `ReferenceDataYAML`, which reads the YAML texts).
public enum ReferenceData {
    public static let oked: OkedClassifier = {
        var divisions: [String: ClosedRange<Int>] = [:]
        for section in GeneratedReferenceData.okedDivisions { divisions[section.letter] = section.low...section.high }
        return OkedClassifier(edition: GeneratedReferenceData.okedEdition, divisions: divisions,
                              codes: codeSet(GeneratedReferenceData.okedCodes))
    }()

    public static let orkLevels = OrkLevels(levels: GeneratedReferenceData.orkLevels,
                                            sublevelDigits: GeneratedReferenceData.orkSublevelDigits)

    /// The words of a text separated by spaces and line breaks, read on UTF-8 bytes.
    static func codeSet(_ text: String) -> Set<String> {
        var codes = Set<String>(minimumCapacity: 2_400)
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 || bytes[index] == 0x0A {
                if index > start { codes.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
        }
        return codes
    }
}
