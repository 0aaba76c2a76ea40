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

    /// The run's counts as reports print them: `RunSummary` of the input files, plus the
    /// configuration's own findings in the severity and suppressed counts (not in `files`).
    var reportCounts: RunSummary {
        var counts = summary
        for diagnostic in configurationDiagnostics {
            if diagnostic.isSuppressed { counts.suppressed += 1; continue }
            switch diagnostic.severity {
            case .error: counts.errors += 1
            case .warning: counts.warnings += 1
            case .info: counts.infos += 1
            }
        }
        return counts
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
