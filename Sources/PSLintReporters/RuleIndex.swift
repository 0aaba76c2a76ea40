import PSLintCore

/// Rule metadata by id, with a stand-in for ids the catalogue does not hold (e.g. a
/// configuration finding), so no reporter ever drops a diagnostic for want of metadata.
struct RuleIndex {
    let rules: [RuleDescriptor]
    private let indexByID: [String: Int]

    init(_ descriptors: [RuleDescriptor], diagnostics: [Diagnostic]) {
        var rules: [RuleDescriptor] = []
        var index: [String: Int] = [:]
        for descriptor in descriptors where index[descriptor.id] == nil {
            index[descriptor.id] = rules.count
            rules.append(descriptor)
        }
        for diagnostic in diagnostics where index[diagnostic.ruleID] == nil {
            index[diagnostic.ruleID] = rules.count
            rules.append(RuleDescriptor(id: diagnostic.ruleID, name: diagnostic.ruleName, family: diagnostic.family,
                                        severities: [.draft: diagnostic.severity, .submission: diagnostic.severity],
                                        summary: [:], rationale: [:], helpURI: ""))
        }
        self.rules = rules
        self.indexByID = index
    }

    func index(of ruleID: String) -> Int? { indexByID[ruleID] }
    func descriptor(_ ruleID: String) -> RuleDescriptor? { indexByID[ruleID].map { rules[$0] } }
}

extension RuleDescriptor {
    func summary(in language: MessageLanguage) -> String {
        summary[language] ?? summary[.en] ?? MessageLanguage.allCases.lazy.compactMap { summary[$0] }.first ?? ""
    }

    func rationale(in language: MessageLanguage) -> String {
        rationale[language] ?? rationale[.en] ?? MessageLanguage.allCases.lazy.compactMap { rationale[$0] }.first ?? ""
    }
}
