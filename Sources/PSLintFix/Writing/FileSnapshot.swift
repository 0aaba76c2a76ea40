#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PSLintCore

/// What a file looked like when it was read: size, modification time and SHA-256 of the content.
/// The writer refuses to replace a file that no longer matches its snapshot.
public struct FileSnapshot: Hashable, Sendable {
    public var size: Int
    /// Seconds and nanoseconds since the epoch; nil when only the content is known.
    public var modificationTime: FileTime?
    public var sha256: [UInt8]

    public struct FileTime: Hashable, Sendable {
        public var seconds: Int
        public var nanoseconds: Int
        public init(seconds: Int, nanoseconds: Int) {
            self.seconds = seconds
            self.nanoseconds = nanoseconds
        }
    }

    public init(size: Int, modificationTime: FileTime?, sha256: [UInt8]) {
        self.size = size
        self.modificationTime = modificationTime
        self.sha256 = sha256
    }

    /// A snapshot of content read earlier, whose modification time is not known.
    public init(content: [UInt8]) {
        self.init(size: content.count, modificationTime: nil, sha256: SHA256.hash(content))
    }

    /// Reads a file (through symlinks) and snapshots it in one go: use this to read a file that
    /// may be fixed later.
    public static func read(path: String) throws(FixError) -> (bytes: [UInt8], snapshot: FileSnapshot) {
        let (bytes, status) = try POSIXFile.readAll(path: path)
        return (bytes, FileSnapshot(size: bytes.count, modificationTime: POSIXFile.modificationTime(status), sha256: SHA256.hash(bytes)))
    }

    /// Why the file at `path` no longer matches, or nil when it does.
    func difference(from path: String) -> String? {
        let current: (bytes: [UInt8], status: stat)
        do { current = try POSIXFile.readAll(path: path) } catch { return "it cannot be read any more (\(error.message))" }
        if current.bytes.count != size { return "its size changed since it was read (\(size) → \(current.bytes.count) bytes)" }
        if SHA256.hash(current.bytes) != sha256 { return "its content changed since it was read" }
        if let modificationTime, POSIXFile.modificationTime(current.status) != modificationTime {
            return "it was modified since it was read"
        }
        return nil
    }
}

/// Thin wrappers over POSIX file calls, with one-line errors.
enum POSIXFile {
    static func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    static func readAll(path: String) throws(FixError) -> (bytes: [UInt8], status: stat) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FixError("cannot be opened: \(errorText())") }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw FixError("cannot be examined: \(errorText())") }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw FixError("is not a regular file") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FixError("cannot be read: \(errorText())")
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return (bytes, status)
    }

    static func modificationTime(_ status: stat) -> FileSnapshot.FileTime {
        #if canImport(Darwin)
        return FileSnapshot.FileTime(seconds: Int(status.st_mtimespec.tv_sec), nanoseconds: Int(status.st_mtimespec.tv_nsec))
        #else
        return FileSnapshot.FileTime(seconds: Int(status.st_mtim.tv_sec), nanoseconds: Int(status.st_mtim.tv_nsec))
        #endif
    }

    /// Writes every byte to `fd`.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(FixError) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FixError("cannot be written: \(errorText())")
            }
            offset += count
        }
    }
}
