import Foundation
import PSLintCore

/// The contents of a `.pslint.yml`: one configuration applies to every file of a run.
/// See `docs/configuration.md` for the schema.
public struct Configuration: Sendable {
    /// The configuration file; nil for the defaults (no file).
    public var path: String?
    public var profile: Profile
    /// The default for `--lang`: `en`, `ru`, `kk` or `auto` (validated); nil when not set.
    public var language: String?
    /// The default for `--fail-on`: `error`, `warning`, `info` or `never` (validated); nil when not set.
    public var failOn: String?
    public var include: [Glob]
    public var exclude: [Glob]
    /// What `rules:` says, resolved per rule id (selectors by name or family expanded, the more
    /// specific selector winning). Rules the configuration does not mention are absent.
    public var rules: [String: RuleSetting]
    public var waivers: [Waiver]

    public init(path: String? = nil, profile: Profile = .draft, language: String? = nil, failOn: String? = nil,
                include: [Glob] = [], exclude: [Glob] = [], rules: [String: RuleSetting] = [:], waivers: [Waiver] = []) {
        self.path = path
        self.profile = profile
        self.language = language
        self.failOn = failOn
        self.include = include
        self.exclude = exclude
        self.rules = rules
        self.waivers = waivers
    }

    /// The defaults: draft profile, every rule as the catalogue says, every file, no waivers.
    public static let empty = Configuration()

    /// The file names looked for, in order of preference within one folder.
    public static let fileNames = [".pslint.yml", ".pslint.yaml"]

    /// The folder of the configuration file, against which globs are resolved.
    public var directory: String? {
        guard let path else { return nil }
        return (path as NSString).deletingLastPathComponent
    }

    /// Reads and validates the configuration file at `path`.
    ///
    /// `rules` and `parameters` (rule id → parameter name → default value) are the rule
    /// catalogue, used to validate rule selectors, parameter names and parameter types.
    public static func load(path: String, rules: [RuleDescriptor],
                            parameters: [String: [String: ParameterValue]]) throws(ConfigurationError) -> Configuration {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ConfigurationError(path: path, line: nil, column: nil, message: "cannot read the configuration file: no such file")
        }
        guard !isDirectory.boolValue else {
            throw ConfigurationError(path: path, line: nil, column: nil, message: "cannot read the configuration file: it is a folder")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(path: path, line: nil, column: nil, message: "cannot read the configuration file: permission denied or read error")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ConfigurationError(path: path, line: nil, column: nil, message: "the configuration file is not valid UTF-8 text")
        }
        return try parse(yaml: text, path: path, rules: rules, parameters: parameters)
    }

    /// Validates configuration text; `path` is used for error messages and as the file's location.
    public static func parse(yaml: String, path: String, rules: [RuleDescriptor],
                             parameters: [String: [String: ParameterValue]]) throws(ConfigurationError) -> Configuration {
        let catalogue = RuleCatalogue(descriptors: rules, parameters: parameters)
        return try ConfigurationLoader(path: path, catalogue: catalogue).load(yaml: yaml)
    }

    /// The settings the rules engine applies: the profile and the per-rule settings.
    public func ruleSettings() -> RuleSettings {
        RuleSettings(profile: profile, rules: rules)
    }

    /// Whether a file is to be checked: not matched by `exclude`, and matched by `include` when
    /// `include` is given (an empty `include` takes every file the walker finds).
    ///
    /// `path` is relative to the configuration file's folder (see `relativePath(of:)`); a path
    /// outside that folder (starting with `../`) matches no glob.
    public func includes(path: String) -> Bool {
        if path == ".." || path.hasPrefix("../") { return include.isEmpty }
        if exclude.contains(where: { $0.matches(path) }) { return false }
        return include.isEmpty || include.contains { $0.matches(path) }
    }

    /// Whether a whole folder (relative to the configuration folder) is excluded, so that a
    /// walker need not enter it. Only `exclude` can rule a folder out: `include` patterns such as
    /// `**/*.docx` are about files.
    public func excludesDirectory(path: String) -> Bool {
        if path == ".." || path.hasPrefix("../") { return false }
        return exclude.contains { $0.matches(path, isDirectory: true) }
    }

    /// `path` relative to the configuration folder, or nil when it is not inside that folder (or
    /// there is no configuration file). Both paths are made absolute against the working directory.
    public func relativePath(of path: String) -> String? {
        guard let directory else { return nil }
        let base = Configuration.absolute(directory).split(separator: "/", omittingEmptySubsequences: true)
        let target = Configuration.absolute(path).split(separator: "/", omittingEmptySubsequences: true)
        guard target.count > base.count, Array(target.prefix(base.count)) == base else { return nil }
        return target.dropFirst(base.count).joined(separator: "/")
    }

    static func absolute(_ path: String, workingDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        return (absolute as NSString).standardizingPath
    }
}
