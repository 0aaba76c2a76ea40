import PSLintCore

/// Rule metadata by id, with a stand-in for ids the catalogue does not hold (e.g. a
/// configuration finding), so no reporter ever drops a diagnostic for want of metadata.
struct RuleIndex {
    let rules: [RuleDescriptor]
    private let indexByID: [String: Int]

    /// `informationURI` makes relative documentation links absolute (see `HelpLink`).
    init(_ descriptors: [RuleDescriptor], diagnostics: [Diagnostic], informationURI: String) {
        var rules: [RuleDescriptor] = []
        var index: [String: Int] = [:]
        for var descriptor in descriptors where index[descriptor.id] == nil {
            index[descriptor.id] = rules.count
            descriptor.helpURI = HelpLink.absolute(descriptor.helpURI, informationURI: informationURI) ?? ""
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

/// Documentation links as reports need them: absolute. The catalogue may give a rule's page as a
/// path in the repository (`docs/rules/PS207.md`); SARIF requires an absolute `helpUri`, and a
/// relative link in a job summary or a CI log points nowhere.
enum HelpLink {
    /// `uri` when absolute; else `informationURI/blob/main/uri` for a repository on GitHub-like
    /// hosts; nil when it cannot be made absolute or is empty.
    static func absolute(_ uri: String, informationURI: String) -> String? {
        if uri.isEmpty { return nil }
        if hasScheme(uri) { return uri }
        guard hasScheme(informationURI) else { return nil }
        var base = informationURI
        while base.hasSuffix("/") { base.removeLast() }
        var path = Substring(uri)
        while path.hasPrefix("./") || path.hasPrefix("/") { path = path.drop { $0 == "." || $0 == "/" } }
        return "\(base)/blob/main/\(path)"
    }

    /// RFC 3986: `scheme ":"`, the scheme a letter followed by letters, digits, `+`, `-`, `.`.
    static func hasScheme(_ uri: String) -> Bool {
        var first = true
        for byte in uri.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): break
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if first { return false }
            case UInt8(ascii: ":"): return !first
            default: return false
            }
            first = false
        }
        return false
    }
}
