import Foundation
import PSLintConfig

/// One input of a run.
public struct InputFile: Hashable, Sendable {
    public var path: String
    /// Named on the command line (an input error when it holds no standard), as opposed to
    /// found by walking a directory (a notice, counted as skipped).
    public var named: Bool
    /// Standard input, reported under `path` (`--stdin-filename`, default `<stdin>`).
    public var isStandardInput: Bool

    public init(path: String, named: Bool, isStandardInput: Bool = false) {
        self.path = path
        self.named = named
        self.isStandardInput = isStandardInput
    }
}

/// Expands the paths of the command line into input files.
///
/// A directory walk takes `*.txt`, `*.docx`, `*.html`, `*.htm` (and `*.md` when configured),
/// skipping hidden folders, `.build*` folders, Word lock files `~$*` and symlink loops;
/// `.doc`, `.rtf` and `.odt` files are kept so that they get their "convert to .docx" error.
public struct InputDiscovery {
    public static let walkedExtensions: Set<String> = ["txt", "docx", "html", "htm"]
    public static let convertExtensions: Set<String> = ["doc", "rtf", "odt"]

    public var configuration: Configuration
    public var includeMarkdown: Bool

    public init(configuration: Configuration, includeMarkdown: Bool = false) {
        self.configuration = configuration
        self.includeMarkdown = includeMarkdown
    }

    public func expand(_ paths: [String], stdinName: String?) -> (inputs: [InputFile], errors: [(path: String, message: String)]) {
        var inputs: [InputFile] = []
        var errors: [(String, String)] = []
        var seen = Set<String>()
        for path in paths {
            if path == "-" {
                inputs.append(InputFile(path: stdinName ?? "<stdin>", named: true, isStandardInput: true))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append((path, "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                var visited = Set<String>()
                walk(path, into: &inputs, seen: &seen, visited: &visited)
            } else if seen.insert(canonical(path)).inserted {
                inputs.append(InputFile(path: path, named: true))
            }
        }
        return (inputs, errors)
    }

    func canonical(_ path: String) -> String {
        (path as NSString).resolvingSymlinksInPath
    }

    private func walk(_ directory: String, into inputs: inout [InputFile], seen: inout Set<String>, visited: inout Set<String>) {
        let real = canonical(directory)
        guard visited.insert(real).inserted else { return }  // a symlink loop
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names.sorted() {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if name.hasPrefix(".") || name.hasPrefix(".build") { continue }
                if let relative = configuration.relativePath(of: path), configuration.excludesDirectory(path: relative) { continue }
                walk(path, into: &inputs, seen: &seen, visited: &visited)
                continue
            }
            if name.hasPrefix("~$") || name.hasPrefix(".") { continue }
            let ext = (name as NSString).pathExtension.lowercased()
            let wanted = InputDiscovery.walkedExtensions.contains(ext) || InputDiscovery.convertExtensions.contains(ext)
                || (ext == "md" && (includeMarkdown || configuration.mentionsMarkdown))
            guard wanted else { continue }
            if let relative = configuration.relativePath(of: path), !configuration.includes(path: relative) { continue }
            if seen.insert(canonical(path)).inserted {
                inputs.append(InputFile(path: path, named: false))
            }
        }
    }
}

extension Configuration {
    /// `*.md` files are walked only when an include pattern names them.
    var mentionsMarkdown: Bool { include.contains { $0.pattern.hasSuffix(".md") } }
}
