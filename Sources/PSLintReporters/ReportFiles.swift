import PSLintCore

/// One entry of a report: an input file, or the configuration file when the configuration
/// itself has findings (a waiver that matches nothing). Every reporter walks the same entries
/// in the same order — the input files as the result lists them, then the configuration — so
/// every diagnostic of the result appears in every report, in the same order.
struct ReportEntry {
    var file: FileResult
    var isConfiguration: Bool
}

/// The configuration file name used when the result names no configuration path.
let defaultConfigurationPath = ".pslint.yml"

extension CheckResult {
    var reportEntries: [ReportEntry] {
        var entries = files.map { ReportEntry(file: $0, isConfiguration: false) }
        if !configurationDiagnostics.isEmpty {
            let path = configurationPath.flatMap { $0.isEmpty ? nil : $0 } ?? defaultConfigurationPath
            entries.append(ReportEntry(file: FileResult(path: path, diagnostics: configurationDiagnostics), isConfiguration: true))
        }
        return entries
    }

}

extension FileResult {
    /// Why a skipped file was skipped: its notices (the driver notes "holds no professional
    /// standard: skipped"), else the general reason in the run's language.
    func skipReason(_ words: ReportWords) -> String {
        notices.isEmpty ? words.noStandardFound : notices.joined(separator: "; ")
    }

    /// The one line reports print for a skipped file: its notices, else `skipped: holds no
    /// professional standard` in the run's language.
    func skipNotice(_ words: ReportWords) -> String {
        notices.isEmpty ? "\(words.skipped): \(words.noStandardFound)" : notices.joined(separator: "; ")
    }
}
