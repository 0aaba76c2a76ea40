import PSLintCore

/// The report formats of `pslint check --format` and `--report FORMAT=PATH`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, junit, sarif, github, markdown
}

/// What every reporter needs besides the result and the rule catalogue.
public struct ReportOptions: Sendable {
    /// ANSI colours in the text format (red error, yellow warning, blue info, bold path).
    /// The CLI decides from `--color auto|always|never`, isatty and `NO_COLOR`.
    public var color: Bool
    /// The directory relative paths are reported against: SARIF `%SRCROOT%` and GitHub `file=`.
    /// Empty: relative paths stay as given and absolute ones become `file:` URIs.
    public var workingDirectory: String
    /// Language of headings and summary words (text, markdown, detail lines). Severity words and
    /// `[PS207 name]` tags stay English in every language.
    public var language: MessageLanguage
    /// The version reports name. Empty: `CheckResult.toolVersion`.
    public var toolVersion: String
    public var informationURI: String
    /// The `--fail-on` threshold; nil = never. JUnit: findings below it are passing testcases.
    public var failOn: Severity?

    public static let defaultInformationURI = "https://github.com/pslint/pslint"

    public init(color: Bool = false, workingDirectory: String = "", language: MessageLanguage = .en, toolVersion: String = "",
                informationURI: String = ReportOptions.defaultInformationURI, failOn: Severity? = .error) {
        self.color = color
        self.workingDirectory = workingDirectory
        self.language = language
        self.toolVersion = toolVersion
        self.informationURI = informationURI
        self.failOn = failOn
    }

    /// `toolVersion`, else the result's.
    func version(of result: CheckResult) -> String {
        toolVersion.isEmpty ? result.toolVersion : toolVersion
    }
}

/// Turns a whole run into one report. Pure: the same input gives the same bytes.
public protocol Reporter: Sendable {
    func render(_ result: CheckResult, rules: [RuleDescriptor], options: ReportOptions) -> String
}

/// The reporter of `format`.
public func reporter(for format: ReportFormat) -> any Reporter {
    switch format {
    case .text: return TextReporter()
    case .json: return JSONReporter()
    case .junit: return JUnitReporter()
    case .sarif: return SARIFReporter()
    case .github: return GitHubReporter()
    case .markdown: return MarkdownReporter()
    }
}
