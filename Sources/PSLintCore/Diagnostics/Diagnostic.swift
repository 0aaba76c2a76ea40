/// How serious a finding is. The order is meaningful: error > warning > info.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    public var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }
}

/// The fixed vocabulary of rule families.
public enum RuleFamily: String, Sendable, Codable, CaseIterable {
    case structure, numbering, list
    case orkLevel = "ork-level"
    case crossLink = "cross-link"
    case emptyField = "empty-field"
    case code, parity, style
}

/// The standard a diagnostic concerns.
public struct StandardReference: Hashable, Sendable {
    public var index: Int
    public var appendix: String?
    public var code: String?
    public var title: String?
    public init(index: Int, appendix: String?, code: String?, title: String?) {
        self.index = index
        self.appendix = appendix
        self.code = code
        self.title = title
    }

    public init(_ standard: Standard) {
        self.init(index: standard.index, appendix: standard.appendix?.value, code: standard.code?.value.trimmingWhitespace,
                  title: standard.title?.value.trimmingWhitespace)
    }
}

/// The card a diagnostic concerns.
public struct CardReference: Hashable, Sendable {
    public var index: Int
    public var number: Int?
    public var name: String
    public var level: String?
    /// The card identity (see `CardIdentity`), for waivers and fingerprints.
    public var identity: String
    public init(index: Int, number: Int?, name: String, level: String?, identity: String) {
        self.index = index
        self.number = number
        self.name = name
        self.level = level
        self.identity = identity
    }
}

/// One text edit of a fix: replace `oldText` at `location` (a range of one line, or one Word
/// paragraph) with `newText`.
public struct TextEdit: Hashable, Sendable {
    /// Start of the replaced text.
    public var location: Location
    /// UTF-8 length of the replaced text (`oldText.utf8.count`), for tools that apply edits.
    public var oldText: String
    public var newText: String
    public init(location: Location, oldText: String, newText: String) {
        self.location = location
        self.oldText = oldText
        self.newText = newText
    }
}

/// A fix attached to a diagnostic.
public struct Fix: Hashable, Sendable {
    public var description: String
    public var edits: [TextEdit]
    public init(description: String, edits: [TextEdit]) {
        self.description = description
        self.edits = edits
    }
}

/// An argument of a message template: rendered as text; kept typed for JSON.
public enum MessageArgument: Hashable, Sendable, CustomStringConvertible {
    case string(String)
    case int(Int)

    public var description: String {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        }
    }
}

/// One finding.
public struct Diagnostic: Hashable, Sendable {
    public var ruleID: String
    public var ruleName: String
    public var family: RuleFamily
    public var severity: Severity
    /// Which message template of the rule (a rule may have several).
    public var messageID: String
    public var arguments: [String: MessageArgument]
    /// The message rendered in the run's language.
    public var message: String
    /// The field a finding about something absent or empty names (`"groupCode"`).
    public var field: String?
    public var location: Location
    public var standard: StandardReference?
    public var card: CardReference?
    public var suggestion: String?
    /// Set when a waiver in the configuration covers the finding.
    public var suppression: String?
    public var fix: Fix?

    public init(ruleID: String, ruleName: String, family: RuleFamily, severity: Severity, messageID: String,
                arguments: [String: MessageArgument], message: String, field: String? = nil, location: Location,
                standard: StandardReference? = nil, card: CardReference? = nil, suggestion: String? = nil,
                suppression: String? = nil, fix: Fix? = nil) {
        self.ruleID = ruleID
        self.ruleName = ruleName
        self.family = family
        self.severity = severity
        self.messageID = messageID
        self.arguments = arguments
        self.message = message
        self.field = field
        self.location = location
        self.standard = standard
        self.card = card
        self.suggestion = suggestion
        self.suppression = suppression
        self.fix = fix
    }

    public var isSuppressed: Bool { suppression != nil }
}

/// The result of checking one file.
public struct FileResult: Sendable {
    public var path: String
    public var format: DocumentFormat?
    public var layout: TextLayout?
    /// A one-line input error (the file could not be read, or holds no standard when named).
    public var error: String?
    /// Notices about the reading (encoding, skipped).
    public var notices: [String]
    /// The file was found by walking a directory and holds no standard: counted as skipped.
    public var skipped: Bool
    public var standards: [StandardSummary]
    public var diagnostics: [Diagnostic]

    public init(path: String, format: DocumentFormat? = nil, layout: TextLayout? = nil, error: String? = nil,
                notices: [String] = [], skipped: Bool = false, standards: [StandardSummary] = [], diagnostics: [Diagnostic] = []) {
        self.path = path
        self.format = format
        self.layout = layout
        self.error = error
        self.notices = notices
        self.skipped = skipped
        self.standards = standards
        self.diagnostics = diagnostics
    }
}

/// What reports say of each standard of a file.
public struct StandardSummary: Hashable, Sendable {
    public var reference: StandardReference
    public var language: DocumentLanguage
    public var cards: Int
    public init(reference: StandardReference, language: DocumentLanguage, cards: Int) {
        self.reference = reference
        self.language = language
        self.cards = cards
    }
}

/// Counts over a whole run.
public struct RunSummary: Hashable, Sendable {
    public var files = 0
    public var standards = 0
    public var cards = 0
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    public var suppressed = 0
    public var skipped = 0
    public var inputErrors = 0
    public init() {}

    public init(files: [FileResult], configurationDiagnostics: [Diagnostic] = []) {
        self.init()
        for file in files {
            self.files += 1
            if file.skipped { skipped += 1 }
            if file.error != nil { inputErrors += 1 }
            standards += file.standards.count
            cards += file.standards.reduce(0) { $0 + $1.cards }
            count(file.diagnostics)
        }
        count(configurationDiagnostics)
    }

    private mutating func count(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            if diagnostic.isSuppressed { suppressed += 1; continue }
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }
}

/// A whole run of `pslint check`: what every reporter receives.
public struct CheckResult: Sendable {
    public var toolVersion: String
    public var files: [FileResult]
    /// Findings about the configuration itself (e.g. a waiver that matches nothing), located in `.pslint.yml`.
    public var configurationDiagnostics: [Diagnostic]
    public var configurationPath: String?
    /// The `--fail-on` threshold; nil means never fail on findings.
    public var failOn: Severity?

    public init(toolVersion: String, files: [FileResult], configurationDiagnostics: [Diagnostic] = [], configurationPath: String? = nil, failOn: Severity? = .error) {
        self.toolVersion = toolVersion
        self.files = files
        self.configurationDiagnostics = configurationDiagnostics
        self.configurationPath = configurationPath
        self.failOn = failOn
    }

    /// Counts over every file and the configuration's own findings (e.g. unused waivers).
    public var summary: RunSummary { RunSummary(files: files, configurationDiagnostics: configurationDiagnostics) }

    /// 0 when nothing reaches `failOn`, 1 when something does, 2 for input errors.
    public var exitCode: Int32 {
        if files.contains(where: { $0.error != nil }) { return 2 }
        guard let failOn else { return 0 }
        let all = files.flatMap(\.diagnostics) + configurationDiagnostics
        return all.contains { !$0.isSuppressed && $0.severity >= failOn } ? 1 : 0
    }
}
