/// Where a reported file is, relative to the working directory when it lies inside it.
///
/// SARIF and GitHub annotations need paths relative to the repository root (the working
/// directory of the run); a file outside it can only be named by its absolute path (SARIF: an
/// absolute `file:` URI). Paths are normalised (`./`, `a/../`) without touching the file system.
struct ArtifactPath: Equatable {
    /// The path relative to the working directory; nil when the file lies outside it.
    let relative: String?
    /// The absolute path, when the file lies outside the working directory.
    let absolute: String?

    init(_ path: String, workingDirectory: String) {
        let root = Self.segments(workingDirectory)
        let rootIsAbsolute = workingDirectory.hasPrefix("/")
        if path.hasPrefix("/") {
            let segments = Self.segments(path)
            if rootIsAbsolute, segments.count > root.count, Array(segments.prefix(root.count)) == root {
                relative = segments.dropFirst(root.count).joined(separator: "/")
                absolute = nil
            } else {
                relative = nil
                absolute = "/" + segments.joined(separator: "/")
            }
            return
        }
        let segments = Self.segments(path)
        if segments.first == ".." && rootIsAbsolute {
            let combined = Self.segments(workingDirectory + "/" + path)
            relative = nil
            absolute = "/" + combined.joined(separator: "/")
        } else {
            relative = segments.isEmpty ? path : segments.joined(separator: "/")
            absolute = nil
        }
    }

    /// The relative path, else the absolute one.
    var display: String { relative ?? absolute ?? "" }

    /// The SARIF URI: relative (to be resolved against `%SRCROOT%`) or an absolute `file:` URI.
    var uri: String {
        if let relative { return Self.percentEncoded(relative) }
        return "file://" + Self.percentEncoded(absolute ?? "/")
    }

    /// Path segments with `.` and empty ones dropped and `..` applied; a leading `..` of a
    /// relative path is kept, one above the root of an absolute path is dropped.
    static func segments(_ path: String) -> [String] {
        var out: [String] = []
        let absolute = path.hasPrefix("/")
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if let last = out.last, last != ".." { out.removeLast(); continue }
                if absolute { continue }
            }
            out.append(String(part))
        }
        return out
    }

    /// RFC 3986 percent-encoding of everything but unreserved characters and `/`.
    static func percentEncoded(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.append(byte)
            default:
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
