#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file without ever leaving it half written.
///
/// - The new content goes to a temporary file in the same folder (`.NAME.pslint-XXXXXX`), which
///   gets the original's permission bits (and owner, where allowed), is flushed to disk, and is
///   then renamed over the original: readers see the old file or the new one, never a mix.
/// - A symlink is written through: the file it points to is replaced, the link stays.
/// - A file that no longer matches its snapshot (size, modification time, SHA-256) is not written.
/// - With `backup`, the original stays beside the file as `NAME.orig` (then `NAME.orig.1`,
///   `NAME.orig.2`, …: an existing backup is never overwritten). It is a hard link to the
///   original, so it keeps its bytes, mode and dates; where hard links fail it is a copy.
/// - Any failure removes the temporary file (and a backup made by this call) and leaves the
///   original untouched.
public struct SafeWriter: Sendable {
    public var backup: Bool
    /// Called once the temporary file is complete, just before it replaces the original. A test
    /// throws here to simulate a crash between write and rename.
    public var beforeRename: (@Sendable (_ temporaryPath: String) throws -> Void)?

    public init(backup: Bool = false, beforeRename: (@Sendable (_ temporaryPath: String) throws -> Void)? = nil) {
        self.backup = backup
        self.beforeRename = beforeRename
    }

    public struct Report: Hashable, Sendable {
        /// The file actually replaced (a symlink's target).
        public var path: String
        public var backupPath: String?
    }

    /// The backup suffix.
    public static let backupSuffix = ".orig"

    public func write(_ bytes: [UInt8], to path: String, expecting snapshot: FileSnapshot?) throws(FixError) -> Report {
        guard let resolved = realpath(path, nil) else {
            throw FixError("not written: cannot resolve the path (\(POSIXFile.errorText()))")
        }
        let target = String(cString: resolved)
        free(resolved)
        var status = stat()
        guard stat(target, &status) == 0 else { throw FixError("not written: \(POSIXFile.errorText())") }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw FixError("not written: not a regular file") }
        if let snapshot, let difference = snapshot.difference(from: target) {
            throw FixError("not written: \(difference)")
        }

        let slash = target.lastIndex(of: "/")!
        let folder = String(target[..<slash])
        let name = String(target[target.index(after: slash)...])
        var template = Array("\(folder.isEmpty ? "" : folder)/.\(name).pslint-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw FixError("not written: cannot create a temporary file in \(folder.isEmpty ? "/" : folder) (\(POSIXFile.errorText()))")
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        var backupPath: String?
        defer {
            if !renamed {
                unlink(temporary)
                if let backupPath { unlink(backupPath) }
            }
        }

        do {
            defer { close(fd) }
            try POSIXFile.writeAll(fd, bytes)
            _ = fchown(fd, status.st_uid, status.st_gid)   // allowed only to the owner's group or root: best effort
            guard fchmod(fd, status.st_mode & 0o7777) == 0 else {
                throw FixError("not written: cannot set the permissions of the temporary file (\(POSIXFile.errorText()))")
            }
            guard fsync(fd) == 0 else { throw FixError("not written: cannot flush the temporary file (\(POSIXFile.errorText()))") }
        }

        if let beforeRename {
            do { try beforeRename(temporary) } catch {
                throw FixError("not written: interrupted before the original was replaced (\(error)); the original is unchanged")
            }
        }
        // Narrow the window: check again just before the rename.
        if let snapshot, let difference = snapshot.difference(from: target) {
            throw FixError("not written: \(difference)")
        }
        if backup { backupPath = try makeBackup(of: target, mode: status.st_mode & 0o7777) }
        guard rename(temporary, target) == 0 else {
            throw FixError("not written: cannot replace the file (\(POSIXFile.errorText()))")
        }
        renamed = true
        syncFolder(folder.isEmpty ? "/" : folder)
        return Report(path: target, backupPath: backupPath)
    }

    /// Keeps the original as `NAME.orig` (or the first free `NAME.orig.N`).
    private func makeBackup(of target: String, mode: mode_t) throws(FixError) -> String {
        for number in 0..<10_000 {
            let candidate = target + SafeWriter.backupSuffix + (number == 0 ? "" : ".\(number)")
            if link(target, candidate) == 0 { return candidate }
            let code = errno
            if code == EEXIST { continue }
            // No hard links here (another file system type, a quota): copy instead.
            let out = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            if out < 0 {
                if errno == EEXIST { continue }
                throw FixError("not written: cannot create the backup \(candidate) (\(POSIXFile.errorText()))")
            }
            defer { close(out) }
            do throws(FixError) {
                let original = try POSIXFile.readAll(path: target).bytes
                try POSIXFile.writeAll(out, original)
                guard fsync(out) == 0 else { throw FixError("cannot flush it") }
            } catch {
                unlink(candidate)
                throw FixError("not written: cannot write the backup \(candidate) (\(error.message))")
            }
            return candidate
        }
        throw FixError("not written: too many backups of this file already exist")
    }

    /// Makes the rename durable (best effort).
    private func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
