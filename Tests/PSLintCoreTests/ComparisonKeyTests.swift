import PSLintCore
import Testing

/// Comparison keys decide when two printed names are "the same" (P20).
@Suite struct ComparisonKeyTests {
    @Test(arguments: [
        ("Сервер әкімшісі", "СЕРВЕР ӘКІМШІСІ"),                  // Kazakh case folding
        ("IT - дизайнер", "IT-дизайнер"),                        // spaces around a hyphen
        ("контент – менеджер", "контент-менеджер"),              // en dash
        ("«Жүйелік сәулетші».", "\"Жүйелік сәулетші\""),          // quotes and a final dot
        ("cәулетшісі", "сәулетшісі"),                            // Latin c inside a Cyrillic word (001 l.19292)
        ("Специалист  по   данным", "Специалист по данным"),     // runs of spaces
        ("Ёлка", "елка"),
    ])
    func sameKey(_ a: String, _ b: String) {
        #expect(ComparisonKey.make(a) == ComparisonKey.make(b))
    }

    @Test func differentNamesStayDifferent() {
        #expect(ComparisonKey.make("Сервер әкімшісі") != ComparisonKey.make("Серверлер әкімшісі"))
        // a Latin word keeps its Latin letters: "Data" is not mapped to Cyrillic
        #expect(ComparisonKey.make("Data Mining").hasPrefix("data"))
    }

    @Test func mixedScriptWordsAreDetected() {
        #expect(ComparisonKey.hasMixedScriptWord("cәулетшісі"))
        #expect(!ComparisonKey.hasMixedScriptWord("IT-дизайнер"))
        #expect(!ComparisonKey.hasMixedScriptWord("Специалист по Data Mining"))
    }
}
