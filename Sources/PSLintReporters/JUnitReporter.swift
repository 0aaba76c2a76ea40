import PSLintCore

/// `--format junit`: valid against the Jenkins JUnit schema (junit-10.xsd) and shaped the way
/// GitLab and Jenkins read it (see docs/formats/junit.md).
///
/// One `testsuite` per input file (and one for the configuration when it has findings); one
/// `testcase` per diagnostic, named uniquely within its suite; a finding at or above fail-on is
/// a `failure`, one below is a passing testcase with its details in `system-out`, a waived one
/// is `skipped`; an unreadable file is an `error`; a standard without findings is one passing
/// testcase, so a clean run still shows green tests. No timestamps; `time="0"`.
public struct JUnitReporter: Reporter {
    public init() {}

    public func render(_ result: CheckResult, rules: [RuleDescriptor], options: ReportOptions) -> String {
        let context = DiagnosticContext(options.language)
        let catalogue = RuleIndex(rules, diagnostics: result.files.flatMap(\.diagnostics) + result.configurationDiagnostics,
                                  informationURI: options.informationURI)
        var suites: [Suite] = []
        for entry in result.reportEntries {
            suites.append(suite(entry.file, context: context, catalogue: catalogue, failOn: options.failOn))
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"pslint\" tests=\"\(suites.reduce(0) { $0 + $1.cases.count })\""
        out += " failures=\"\(suites.reduce(0) { $0 + $1.count(.failure) })\" errors=\"\(suites.reduce(0) { $0 + $1.count(.error) })\""
        out += " time=\"0\">\n"
        for suite in suites { suite.write(into: &out) }
        out += "</testsuites>\n"
        return out
    }

    private func suite(_ file: FileResult, context: DiagnosticContext, catalogue: RuleIndex, failOn: Severity?) -> Suite {
        var suite = Suite(path: file.path, notices: file.skipped ? [] : file.notices)  // a skipped file's notices are its skip reason
        if let error = file.error {
            suite.add(TestCase(name: "input", classname: file.path, outcome: .error, type: "input-error", message: error, body: ""))
        }
        if file.skipped {
            suite.add(TestCase(name: "skipped", classname: file.path, outcome: .skipped, type: nil,
                               message: file.skipNotice(context.words), body: ""))
        }
        for d in file.diagnostics {
            let place = Self.place(d.location)
            let name = place.isEmpty ? d.title : "\(d.title) (\(place))"
            let classname = d.standard.map(Self.classname) ?? file.path
            var lines = context.detailLines(d, includeLocation: true, includeField: true)
            var ruleLine = "\(context.words.rule): \(d.title)"
            if let uri = catalogue.descriptor(d.ruleID)?.helpURI, !uri.isEmpty { ruleLine += " \(uri)" }
            lines.append(ruleLine)
            if let reason = d.suppression {
                let body = (["\(d.severity.rawValue): \(d.message)"] + lines).joined(separator: "\n")
                suite.add(TestCase(name: name, classname: classname, outcome: .skipped, type: nil,
                                   message: "\(context.words.waived): \(reason)", body: body))
            } else if let failOn, d.severity >= failOn {
                suite.add(TestCase(name: name, classname: classname, outcome: .failure, type: d.severity.rawValue,
                                   message: d.message, body: lines.joined(separator: "\n")))
            } else {
                let body = (["\(d.severity.rawValue): \(d.message)"] + lines).joined(separator: "\n")
                suite.add(TestCase(name: name, classname: classname, outcome: .passed, type: nil, message: nil, body: body))
            }
        }
        let concerned = Set(file.diagnostics.compactMap { $0.standard?.index })
        for standard in file.standards where !concerned.contains(standard.reference.index) {
            suite.add(TestCase(name: "standard \(standard.reference.index)", classname: Self.classname(standard.reference),
                               outcome: .passed, type: nil, message: nil, body: ""))
        }
        return suite
    }

    /// `12:5`, `12`, the Word location, or empty.
    static func place(_ location: Location) -> String {
        if let line = location.line { return location.column.map { "\(line):\($0)" } ?? "\(line)" }
        return location.word?.description ?? ""
    }

    /// The standard code and title: `J062 Системное и сетевое администрирование`.
    static func classname(_ standard: StandardReference) -> String {
        let parts = [standard.code, standard.title].compactMap { $0?.isEmpty == false ? $0 : nil }
        return parts.isEmpty ? "standard \(standard.index)" : parts.joined(separator: " ")
    }
}

private enum Outcome { case passed, failure, error, skipped }

private struct TestCase {
    var name: String
    var classname: String
    var outcome: Outcome
    var type: String?
    var message: String?
    var body: String
}

private struct Suite {
    let path: String
    let notices: [String]
    private(set) var cases: [TestCase] = []
    private var used: [String: Int] = [:]

    init(path: String, notices: [String]) {
        self.path = path
        self.notices = notices
    }

    /// Adds a testcase, suffixing ` #2`, ` #3`… to a name already used in this suite.
    mutating func add(_ testCase: TestCase) {
        var testCase = testCase
        let seen = used[testCase.name, default: 0] + 1
        used[testCase.name] = seen
        if seen > 1 {
            var candidate = "\(testCase.name) #\(seen)"
            var n = seen
            while used[candidate] != nil { n += 1; candidate = "\(testCase.name) #\(n)" }
            used[candidate] = 1
            testCase.name = candidate
        }
        cases.append(testCase)
    }

    func count(_ outcome: Outcome) -> Int { cases.reduce(0) { $0 + ($1.outcome == outcome ? 1 : 0) } }

    func write(into out: inout String) {
        let a = XMLEscaping.attribute
        out += "  <testsuite name=\"\(a(path))\" tests=\"\(cases.count)\" failures=\"\(count(.failure))\""
        out += " errors=\"\(count(.error))\" skipped=\"\(count(.skipped))\" time=\"0\" file=\"\(a(path))\""
        if cases.isEmpty && notices.isEmpty { out += "/>\n"; return }
        out += ">\n"
        for testCase in cases {
            out += "    <testcase name=\"\(a(testCase.name))\" classname=\"\(a(testCase.classname))\" time=\"0\""
            let element: String? = switch testCase.outcome {
            case .passed: nil
            case .failure: "failure"
            case .error: "error"
            case .skipped: "skipped"
            }
            guard let element else {
                if testCase.body.isEmpty { out += "/>\n"; continue }
                out += ">\n      <system-out>\(XMLEscaping.text(testCase.body))</system-out>\n    </testcase>\n"
                continue
            }
            out += ">\n      <\(element)"
            if let type = testCase.type { out += " type=\"\(a(type))\"" }
            if let message = testCase.message { out += " message=\"\(a(message))\"" }
            if testCase.body.isEmpty {
                out += "/>\n"
            } else {
                out += ">\(XMLEscaping.text(testCase.body))</\(element)>\n"
            }
            out += "    </testcase>\n"
        }
        if !notices.isEmpty {
            out += "    <system-out>\(XMLEscaping.text(notices.joined(separator: "\n")))</system-out>\n"
        }
        out += "  </testsuite>\n"
    }
}
