import Foundation

/// The tool's name and version as reports show them.
public enum ToolInfo {
    public static let name = "pslint"
    public static let releaseVersion = "0.1.0"
    public static let informationURI = "https://github.com/pslint/pslint"

    /// Tests pin the version printed in reports through this internal variable, so that golden
    /// files do not change with each release.
    public static let versionOverrideVariable = "PSLINT_INTERNAL_TOOL_VERSION"

    public static var version: String {
        ProcessInfo.processInfo.environment[versionOverrideVariable] ?? releaseVersion
    }
}
