import Yams

/// Reads the reference data from the YAML texts of `Rules/data/` with Yams: the definition of
/// what `scripts/generate-catalogue.py` compiles into `GeneratedReferenceData.swift`. pslint uses
/// the compiled values (`ReferenceData`); the tests compare both.
enum ReferenceDataYAML {
    static func oked(yaml: String?) -> OkedClassifier {
        var classifier = OkedClassifier(edition: "", divisions: [:], codes: [])
        guard let node = document(yaml) else { return classifier }
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
    }

    static func orkLevels(yaml: String?) -> OrkLevels {
        guard let node = document(yaml) else { return OrkLevels(levels: Array(1...8), sublevelDigits: [1, 2]) }
        let levels = node["levels"]?.sequence?.compactMap(\.int) ?? Array(1...8)
        let digits = node["sublevel-digits"]?.sequence?.compactMap(\.int) ?? [1, 2]
        return OrkLevels(levels: levels, sublevelDigits: digits)
    }

    /// The embedded text of `Rules/data/<name>`, if any.
    static func embedded(_ name: String) -> String? {
        GeneratedCatalogue.dataFiles.first { $0.name == name }?.yaml
    }

    private static func document(_ yaml: String?) -> Node? {
        guard let yaml else { return nil }
        return try? Yams.compose(yaml: yaml)
    }
}
