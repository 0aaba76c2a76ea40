import Yams

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

/// Reference data built into the binary, read once.
public enum ReferenceData {
    public static let oked: OkedClassifier = {
        var classifier = OkedClassifier(edition: "", divisions: [:], codes: [])
        guard let node = document("oked.yml") else { return classifier }
        classifier.edition = node["edition"]?.string ?? ""
        for (key, value) in node["sections"]?.mapping ?? [:] {
            guard let letter = key.string else { continue }
            classifier.codes.insert(letter)
            if let range = value["divisions"]?.sequence.map(Array.init), range.count == 2,
               let low = range[0].int, let high = range[1].int, low <= high {
                classifier.divisions[letter] = low...high
            }
            for code in (value["codes"]?.string ?? "").split(separator: " ") { classifier.codes.insert(String(code)) }
        }
        return classifier
    }()

    public static let orkLevels: OrkLevels = {
        guard let node = document("ork-levels.yml") else { return OrkLevels(levels: Array(1...8), sublevelDigits: [1, 2]) }
        let levels = node["levels"]?.sequence?.compactMap(\.int) ?? Array(1...8)
        let digits = node["sublevel-digits"]?.sequence?.compactMap(\.int) ?? [1, 2]
        return OrkLevels(levels: levels, sublevelDigits: digits)
    }()

    static func document(_ name: String) -> Node? {
        guard let file = GeneratedCatalogue.dataFiles.first(where: { $0.name == name }) else { return nil }
        return try? Yams.compose(yaml: file.yaml)
    }
}
