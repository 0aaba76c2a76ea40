/// An invalid configuration: where it is wrong and what is wrong. The driver prints
/// `description` and exits with status 2.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The configuration file as named to `Configuration.load`.
    public var path: String
    /// 1-based line of the offending node; nil when the file could not be read at all.
    public var line: Int?
    /// 1-based column (Unicode scalars, as libyaml counts them); nil with `line`.
    public var column: Int?
    /// What is wrong, one line, no trailing period.
    public var message: String

    public init(path: String, line: Int?, column: Int?, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: error: message`, the compiler form editors understand.
    public var description: String {
        var text = path
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text + ": error: " + message
    }
}
