import Foundation
import PSLintCore

/// `pslint dump`: the parsed model of each input, as JSON or as an indented tree.
public struct DumpRunner: Sendable {
    public enum Format: String, Sendable, CaseIterable { case json, text }

    public var options: RunOptions

    public init(options: RunOptions) {
        self.options = options
    }

    public struct Output: Sendable {
        public var text: String
        /// One line per input error, `path: error: message`.
        public var errors: [String]
        public var notices: [String]
        public var exitCode: Int32
    }

    public func run(_ inputs: [InputFile], format: Format, discoveryErrors: [(path: String, message: String)] = [], standardInput: [UInt8]? = nil) -> Output {
        let jobsPerFile = inputs.count == 1 ? options.jobs : 1  // as `CheckRunner`
        var read = options.read
        read.jobs = jobsPerFile
        let loader = DocumentLoader(options: read)
        let parsed: [(InputFile, Result<(SourceDocument, [Standard]), InputError>)] = parallelMap(inputs, jobs: options.jobs) { input in
            do throws(InputError) {
                return (input, .success(try loader.loadAndParse(input, standardInput: standardInput, jobs: jobsPerFile)))
            } catch {
                return (input, .failure(error))
            }
        }
        var files: [JSONValue] = []
        var texts: [String] = []
        var errors = discoveryErrors.map { "\($0.path): error: \($0.message)" }
        var notices: [String] = []
        for (input, outcome) in parsed {
            switch outcome {
            case .failure(let error):
                errors.append("\(input.path): error: \(error.message)")
            case .success(let (document, standards)):
                for notice in document.notices { notices.append("\(input.path): note: \(notice)") }
                if standards.isEmpty {
                    if input.named { errors.append("\(input.path): error: holds no professional standard") }
                    else { notices.append("\(input.path): note: holds no professional standard: skipped") }
                }
                switch format {
                case .json: files.append(ModelJSON.file(document, standards: standards))
                case .text: texts.append(TreeDump.render(document, standards: standards))
                }
            }
        }
        let text: String
        switch format {
        case .json: text = JSONValue.object([("version", .int(1)), ("files", .array(files))]).serialized() + "\n"
        case .text: text = texts.joined(separator: "\n")
        }
        return Output(text: text, errors: errors, notices: notices, exitCode: errors.isEmpty ? 0 : 2)
    }
}

/// An indented tree of the parsed model, one line per element, with locations: for people.
enum TreeDump {
    static func render(_ document: SourceDocument, standards: [Standard]) -> String {
        var lines: [String] = ["File \(document.path) [\(document.format.rawValue)\(document.layout.map { " " + $0.rawValue } ?? "")]"]
        func add(_ depth: Int, _ name: String, _ field: Field?) {
            let indent = String(repeating: "  ", count: depth)
            guard let field else { lines.append("\(indent)\(name): (absent)"); return }
            let value = field.value.utf8.contains(0x0A) ? field.value.replacingOccurrences(of: "\n", with: " ⏎ ") : field.value
            lines.append("\(indent)\(name): «\(value.count > 100 ? String(value.prefix(99)) + "…" : value)» @\(field.location.humanDescription)")
        }
        for standard in standards {
            lines.append("  Standard \(standard.index) [\(standard.language.rawValue)] @\(standard.location.humanDescription)")
            add(2, "appendix", standard.appendix)
            add(2, "title", standard.title)
            add(2, "code", standard.code)
            add(2, "name", standard.passport.name)
            for entry in standard.passport.oked ?? [] { add(2, "oked \(entry.code.value)", entry.name) }
            for item in standard.passport.cardList ?? [] {
                add(2, "list item \(item.number?.value ?? "?")) level \(item.level?.value ?? "?")", item.name)
            }
            for card in standard.cards {
                lines.append("    Card \(card.index) (number \(card.number?.value ?? "none")) @\(card.location.humanDescription)")
                add(3, "heading name", card.headingName)
                add(3, "name", card.name)
                add(3, "group code", card.groupCode)
                add(3, "occupation code", card.occupationCode)
                add(3, "ORK level", card.orkLevel?.field)
                add(3, "sublevel", card.orkSublevel)
                for function in card.labourFunctions {
                    add(3, "labour function \(function.number?.value ?? "?")", function.name)
                    for skill in function.skills {
                        add(4, "skill \(skill.number?.value ?? "?") (abilities \(skill.abilities?.count ?? 0), knowledge \(skill.knowledge?.count ?? 0))", skill.name)
                    }
                }
                for link in card.links { add(3, "link level \(link.level?.value ?? "(none)")", link.name) }
            }
            add(2, "state body", standard.technicalData.stateBody)
            add(2, "version", standard.technicalData.version)
            add(2, "review date", standard.technicalData.reviewDate)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
