/// A gitignore-style path pattern, relative to the folder of the configuration file.
///
/// - `*` matches any run of characters except `/`; `?` matches one character (one Unicode
///   scalar, so `?` matches one Cyrillic letter); `[abc]`, `[a-z]`, `[!a-z]` / `[^a-z]` match one
///   character of (or not of) a class; `\x` matches `x` literally.
/// - `**` as a whole segment matches zero or more folders: `**/draft.txt`, `drafts/**/*.docx`;
///   a trailing `/**` matches everything inside a folder.
/// - A pattern without `/` (other than a trailing one) matches a name at any depth (`*.txt`,
///   `archive`); a pattern with a `/` is anchored to the configuration folder; a leading `/`
///   anchors a pattern explicitly (`/notes.txt` matches only the top-level file).
/// - A trailing `/` matches folders only, and so everything below them (`archive/`).
/// - A pattern that matches a folder matches every path below it, as in `.gitignore`.
///
/// Matching is case-sensitive and works on UTF-8 bytes (no `Regex`).
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    let segments: [GlobSegment]
    let directoryOnly: Bool

    public var description: String { pattern }

    /// Compiles `pattern`; throws `GlobError` naming what is wrong with it.
    public init(_ pattern: String) throws(GlobError) {
        self.pattern = pattern
        var bytes = Array(pattern.utf8)
        guard !bytes.isEmpty, bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else {
            throw GlobError(pattern: pattern, offset: 0, message: "empty pattern")
        }
        if bytes.first == UInt8(ascii: "!") {
            throw GlobError(pattern: pattern, offset: 0,
                            message: "negated patterns ('!') are not supported: list the path under 'include' or 'exclude' instead")
        }
        var directoryOnly = false
        // A trailing `/` (not escaped) means "folders only".
        if bytes.count > 1, bytes.last == UInt8(ascii: "/"), !GlobCompiler.isEscaped(bytes, at: bytes.count - 1) {
            directoryOnly = true
            while bytes.count > 1, bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
        }
        var anchored = false
        var leading = 0
        while bytes.first == UInt8(ascii: "/") {
            anchored = true
            bytes.removeFirst()
            leading += 1
        }
        if bytes.isEmpty {
            throw GlobError(pattern: pattern, offset: 0, message: "the pattern names no path")
        }
        var compiled = try GlobCompiler.compile(bytes, pattern: pattern, offsetBase: leading)
        // A pattern with no inner `/` matches at any depth: `name` behaves as `**/name`.
        if !anchored, !GlobCompiler.hasSeparator(bytes) {
            compiled.insert(.globstar, at: 0)
        }
        self.segments = compiled
        self.directoryOnly = directoryOnly
    }

    /// Whether `relativePath` (relative to the configuration folder, `/`-separated) or one of the
    /// folders it sits in matches. Pass `isDirectory: true` when `relativePath` names a folder, so
    /// that `archive/` matches `archive` itself (a walker can then skip the folder).
    public func matches(_ relativePath: String, isDirectory: Bool = false) -> Bool {
        let path = GlobPath.segments(of: relativePath)
        guard !path.isEmpty else { return false }
        var reachable = [Bool](repeating: false, count: path.count + 1)
        reachable[0] = true
        for (index, segment) in segments.enumerated() {
            var next = [Bool](repeating: false, count: path.count + 1)
            switch segment {
            case .globstar:
                // A trailing `**` matches one or more segments; elsewhere zero or more.
                let minimum = index == segments.count - 1 ? 1 : 0
                var earliest: Int?
                for position in 0...path.count where reachable[position] {
                    earliest = position
                    break
                }
                if let earliest, earliest + minimum <= path.count {
                    for position in (earliest + minimum)...path.count { next[position] = true }
                }
            case .pattern(let tokens):
                for position in 0..<path.count where reachable[position] {
                    if GlobMatcher.match(tokens, path[position]) { next[position + 1] = true }
                }
            }
            reachable = next
            if !reachable.contains(true) { return false }
        }
        // The whole path matched, or a folder above it did (which matches everything below).
        if reachable[path.count], !directoryOnly || isDirectory { return true }
        return reachable[1..<path.count].contains(true)
    }
}

/// What is wrong with a glob pattern.
public struct GlobError: Error, Sendable, Hashable, CustomStringConvertible {
    public var pattern: String
    /// UTF-8 offset in the pattern of the problem.
    public var offset: Int
    public var message: String
    public var description: String { "invalid glob '\(pattern)': \(message)" }
}

/// One `/`-separated segment of a compiled pattern.
enum GlobSegment: Sendable, Hashable {
    case globstar
    case pattern([GlobToken])
}

/// One element of a segment pattern.
enum GlobToken: Sendable, Hashable {
    case literal(UInt8)
    case anyRun                                    // *
    case anyScalar                                 // ?
    case scalarClass(ranges: [ClosedRange<UInt32>], negated: Bool)  // [a-z]
}

/// Splits a relative path into segments, dropping `.` and empty segments.
enum GlobPath {
    static func segments(of path: String) -> [ArraySlice<UInt8>] {
        let bytes = Array(path.utf8)
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for index in 0...bytes.count {
            if index == bytes.count || bytes[index] == UInt8(ascii: "/") {
                let segment = bytes[start..<index]
                if !segment.isEmpty, !(segment.count == 1 && segment.first == UInt8(ascii: ".")) {
                    result.append(segment)
                }
                start = index + 1
            }
        }
        return result
    }
}
