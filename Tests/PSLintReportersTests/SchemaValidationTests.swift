import Foundation
import PSLintCore
@testable import PSLintReporters
import Testing

/// JSON and SARIF reports checked by `scripts/validate-json.py` and `scripts/validate-sarif.py`
/// (python3 with `jsonschema`). Skipped, with the reason, where they are not installed; the
/// lead's `.ci/run` runs the same scripts.
@Suite struct SchemaValidationTests {
    static let python: String? = {
        for candidate in ["/usr/bin/python3", "/usr/local/bin/python3"] + pathCandidates() where FileManager.default.isExecutableFile(atPath: candidate) {
            if run(candidate, ["-c", "import jsonschema"]).status == 0 { return candidate }
        }
        return nil
    }()

    static func pathCandidates() -> [String] {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/python3" }
    }

    static func run(_ executable: String, _ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static var available: Bool {
        if python == nil { print("SchemaValidationTests skipped: python3 with jsonschema not found (pip install jsonschema)") }
        return python != nil
    }

    static let results = ["findings", "clean", "hostile"]

    static func result(_ name: String) -> CheckResult {
        switch name {
        case "findings": return ReportFixtures.findings
        case "clean": return ReportFixtures.clean
        default: return HostileInput.result
        }
    }

    func validate(_ script: String, _ arguments: [String]) -> (status: Int32, output: String) {
        Self.run(Self.python!, [Golden.repositoryRoot.appendingPathComponent("scripts/\(script)").path] + arguments)
    }

    @Test(.enabled(if: available, "python3 with jsonschema is not installed"), arguments: results)
    func sarifIsValid(_ name: String) throws {
        let result = Self.result(name)
        let path = try Golden.temporaryFile(SARIFReporter().render(result, rules: ReportFixtures.rules, options: ReportFixtures.options), suffix: ".sarif")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let outcome = validate("validate-sarif.py", [path])
        #expect(outcome.status == 0, "\(name): \(outcome.output)")
    }

    @Test(.enabled(if: available, "python3 with jsonschema is not installed"), arguments: results)
    func jsonIsValid(_ name: String) throws {
        let result = Self.result(name)
        let path = try Golden.temporaryFile(JSONReporter().render(result, rules: ReportFixtures.rules, options: ReportFixtures.options), suffix: ".json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let schema = Golden.repositoryRoot.appendingPathComponent("docs/formats/check-output.schema.json").path
        let outcome = validate("validate-json.py", [schema, path])
        #expect(outcome.status == 0, "\(name): \(outcome.output)")
    }

    /// The validators are real: a broken report fails.
    @Test(.enabled(if: available, "python3 with jsonschema is not installed"))
    func validatorsRejectBrokenReports() throws {
        let sarif = SARIFReporter().render(ReportFixtures.findings, rules: ReportFixtures.rules, options: ReportFixtures.options)
        for broken in [sarif.replacingOccurrences(of: "\"level\": \"note\"", with: "\"level\": \"info\""),
                       sarif.replacingOccurrences(of: "\"ruleIndex\": 5", with: "\"ruleIndex\": 6"),
                       sarif.replacingOccurrences(of: "\"partialFingerprints\"", with: "\"fingerprintsOfSomeoneElse\""),
                       sarif.replacingOccurrences(of: "\"helpUri\": \"https://github.com/pslint/pslint/blob/main/", with: "\"helpUri\": \""),
                       sarif.replacingOccurrences(of: "J062%20%D0%B6%D0%BE%D0%B1%D0%B0.docx", with: "J062 жоба.docx")] {
            #expect(broken != sarif)
            let path = try Golden.temporaryFile(broken, suffix: ".sarif")
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect(validate("validate-sarif.py", [path]).status == 1)
        }
        let json = JSONReporter().render(ReportFixtures.findings, rules: ReportFixtures.rules, options: ReportFixtures.options)
        let path = try Golden.temporaryFile(json.replacingOccurrences(of: "\"severity\": \"info\"", with: "\"severity\": \"note\""), suffix: ".json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let schema = Golden.repositoryRoot.appendingPathComponent("docs/formats/check-output.schema.json").path
        #expect(validate("validate-json.py", [schema, path]).status == 1)
    }
}
