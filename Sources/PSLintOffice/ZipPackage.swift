import Foundation
import ZIPFoundation

/// A read-only view of a ZIP package held in memory: the central directory is parsed here, and
/// entries are inflated through ZIPFoundation's zlib binding with a provider that never reads
/// past the entry and a consumer that counts the bytes produced.
///
/// Why not `Archive.extract`: on Linux, ZIPFoundation 0.9.20 inflates until zlib reports the end
/// of the stream and keeps asking its file for more input at end of file, so a deflate stream
/// that never ends (a few crafted bytes) makes it loop forever. Here every read is bounded by
/// the entry's compressed size and a stream that runs out is an error.
///
/// `package`-visible: the .docx fixer inflates the entries it copies through it too.
package struct ZipPackage {
    package struct Entry {
        package var name: String
        var method: Int
        var flags: Int
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    /// Why a ZIP file cannot be read; the caller words the message.
    package enum Failure: Error {
        case invalid(String)
        case entry(String)
        case tooLarge(String)
    }

    let bytes: [UInt8]
    package let entries: [Entry]

    package init(bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        self.entries = try ZipPackage.readCentralDirectory(bytes)
    }

    /// The entry with this part name; OPC part names compare case-insensitively.
    func entry(named name: String) -> Entry? {
        let key = name.lowercased()
        return entries.first { $0.name.lowercased() == key }
    }

    func contains(prefix: String) -> Bool {
        entries.contains { $0.name.lowercased().hasPrefix(prefix) }
    }

    // MARK: Central directory

    static func readCentralDirectory(_ bytes: [UInt8]) throws(Failure) -> [Entry] {
        let size = bytes.count
        guard size >= 22 else { throw .invalid("too short to be a zip file") }
        // End of central directory record: the last signature within the final 64 KiB + 22 bytes.
        var eocd = -1
        var position = size - 22
        let lowest = max(0, size - 22 - 65535)
        while position >= lowest {
            if bytes[position] == 0x50, bytes[position + 1] == 0x4B, bytes[position + 2] == 0x05, bytes[position + 3] == 0x06 {
                eocd = position
                break
            }
            position -= 1
        }
        guard eocd >= 0 else { throw .invalid("no end of central directory record (the file is truncated or not a zip file)") }
        var count = le16(bytes, eocd + 10)
        var directorySize = le32(bytes, eocd + 12)
        var directoryOffset = le32(bytes, eocd + 16)
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            // ZIP64: the locator sits just before the end record.
            let locator = eocd - 20
            guard locator >= 0, le32(bytes, locator) == 0x0706_4B50 else { throw .invalid("ZIP64 end of central directory locator missing") }
            let record = le64(bytes, locator + 8)
            guard record >= 0, record + 56 <= locator, le32(bytes, record) == 0x0606_4B50 else {
                throw .invalid("ZIP64 end of central directory record missing")
            }
            count = le64(bytes, record + 32)
            directorySize = le64(bytes, record + 40)
            directoryOffset = le64(bytes, record + 48)
        }
        guard directoryOffset >= 0, directorySize >= 0, directoryOffset <= size, directorySize <= size - directoryOffset else {
            throw .invalid("central directory lies outside the file (the file is truncated)")
        }
        guard count >= 0, count <= directorySize / 46 + 1 else { throw .invalid("central directory entry count is impossible") }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var offset = directoryOffset
        let end = directoryOffset + directorySize
        for _ in 0..<count {
            guard offset + 46 <= end, le32(bytes, offset) == 0x0201_4B50 else { throw .invalid("central directory is damaged") }
            let flags = le16(bytes, offset + 8)
            let method = le16(bytes, offset + 10)
            let crc = UInt32(le32(bytes, offset + 16))
            var compressed = le32(bytes, offset + 20)
            var uncompressed = le32(bytes, offset + 24)
            let nameLength = le16(bytes, offset + 28)
            let extraLength = le16(bytes, offset + 30)
            let commentLength = le16(bytes, offset + 32)
            var localOffset = le32(bytes, offset + 42)
            let nameStart = offset + 46
            let extraStart = nameStart + nameLength
            let next = extraStart + extraLength + commentLength
            guard next <= end else { throw .invalid("central directory is damaged") }
            let name = String(decoding: bytes[nameStart..<extraStart], as: UTF8.self)
            if uncompressed == 0xFFFF_FFFF || compressed == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
                // ZIP64 extended information: only the fields that overflowed, in this order.
                var extra = extraStart
                let extraEnd = extraStart + extraLength
                while extra + 4 <= extraEnd {
                    let id = le16(bytes, extra), length = le16(bytes, extra + 2)
                    let body = extra + 4
                    guard body + length <= extraEnd else { break }
                    if id == 0x0001 {
                        var field = body
                        func take() -> Int? {
                            guard field + 8 <= body + length else { return nil }
                            defer { field += 8 }
                            return le64(bytes, field)
                        }
                        if uncompressed == 0xFFFF_FFFF, let value = take() { uncompressed = value }
                        if compressed == 0xFFFF_FFFF, let value = take() { compressed = value }
                        if localOffset == 0xFFFF_FFFF, let value = take() { localOffset = value }
                    }
                    extra = body + length
                }
            }
            entries.append(Entry(name: name, method: method, flags: flags, crc32: crc, compressedSize: compressed,
                                 uncompressedSize: uncompressed, localHeaderOffset: localOffset))
            offset = next
        }
        return entries
    }

    // MARK: Reading an entry

    /// The bytes of an entry, inflated under `limits`. Throws `.entry` for a damaged entry and
    /// `.tooLarge` when a cap is hit; both messages start after the part name.
    package func read(_ entry: Entry, limits: ZipLimits) throws(Failure) -> [UInt8] {
        if entry.flags & 0x01 != 0 { throw .entry("is encrypted") }
        let header = entry.localHeaderOffset
        guard header >= 0, header + 30 <= bytes.count, ZipPackage.le32(bytes, header) == 0x0403_4B50 else {
            throw .entry("has no local header where the directory says (the file is damaged)")
        }
        let dataStart = header + 30 + ZipPackage.le16(bytes, header + 26) + ZipPackage.le16(bytes, header + 28)
        guard entry.compressedSize >= 0, dataStart <= bytes.count, entry.compressedSize <= bytes.count - dataStart else {
            throw .entry("runs past the end of the file (the file is truncated)")
        }
        switch entry.method {
        case 0:
            guard entry.compressedSize <= limits.maxEntrySize else {
                throw .tooLarge("is larger than \(formatByteCount(limits.maxEntrySize)): refused")
            }
            let data = Array(bytes[dataStart..<dataStart + entry.compressedSize])
            guard ZipChecksum.checksum(data) == entry.crc32 else { throw .entry("is damaged (CRC mismatch)") }
            return data
        case 8:
            return try inflate(entry, dataStart: dataStart, limits: limits)
        default:
            throw .entry("uses zip compression method \(entry.method), which pslint does not read")
        }
    }

    private enum InflateStop: Error {
        case truncated
        case tooLarge(String)
    }

    private func inflate(_ entry: Entry, dataStart: Int, limits: ZipLimits) throws(Failure) -> [UInt8] {
        let chunkSize = 64 * 1024
        let compressedSize = entry.compressedSize
        let source = bytes
        var output: [UInt8] = []
        output.reserveCapacity(min(max(entry.uncompressedSize, 0), limits.maxEntrySize, compressedSize * 64 + chunkSize))
        var checksum: UInt32 = 0
        do {
            _ = try Data.decompress(
                size: Int64(compressedSize), bufferSize: chunkSize, skipCRC32: true,
                provider: { position, size in
                    // Bounded by the entry: a stream that wants more than it has is truncated.
                    guard position < Int64(compressedSize) else { throw InflateStop.truncated }
                    let start = dataStart + Int(position)
                    let end = min(dataStart + compressedSize, start + size)
                    var chunk = Data(source[start..<end])
                    #if !canImport(Compression)
                    // ZIPFoundation's zlib path hands zlib `size` bytes whatever the chunk holds:
                    // pad, so zlib never reads past the buffer. Zeros after the stream's end are
                    // ignored; inside an unfinished stream they make it fail or run out.
                    if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                    #endif
                    return chunk
                },
                consumer: { data in
                    let produced = output.count + data.count
                    if produced > limits.maxEntrySize {
                        throw InflateStop.tooLarge("inflates beyond \(formatByteCount(limits.maxEntrySize)): refused")
                    }
                    if produced > limits.ratioFloor, produced / max(compressedSize, 1) > limits.maxCompressionRatio {
                        throw InflateStop.tooLarge("inflates beyond \(limits.maxCompressionRatio) times its compressed size "
                                                   + "(\(formatByteCount(compressedSize)) to over \(formatByteCount(limits.ratioFloor))): refused")
                    }
                    data.withUnsafeBytes { raw in checksum = ZipChecksum.update(checksum, raw.bindMemory(to: UInt8.self)) }
                    output.append(contentsOf: data)
                })
        } catch InflateStop.tooLarge(let message) {
            throw .tooLarge(message)
        } catch InflateStop.truncated {
            throw .entry("ends before its compressed data does (the file is damaged or truncated)")
        } catch {
            throw .entry("cannot be inflated (its compressed data is damaged)")
        }
        guard checksum == entry.crc32 else { throw .entry("is damaged (CRC mismatch)") }
        return output
    }

    // MARK: Helpers

    static func le16(_ bytes: [UInt8], _ offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    static func le32(_ bytes: [UInt8], _ offset: Int) -> Int {
        le16(bytes, offset) | le16(bytes, offset + 2) << 16
    }

    /// A 64-bit field as Int; values that do not fit come back as -1 (caught by range checks).
    static func le64(_ bytes: [UInt8], _ offset: Int) -> Int {
        let low = UInt64(le32(bytes, offset)), high = UInt64(le32(bytes, offset + 4))
        let value = high << 32 | low
        return value > UInt64(Int.max) ? -1 : Int(value)
    }
}
