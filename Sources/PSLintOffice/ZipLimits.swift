/// Caps applied while a part of a package is inflated. The counts are of bytes actually produced
/// by the decompressor, never of the sizes the archive claims.
public struct ZipLimits: Sendable, Hashable {
    /// No entry may inflate to more than this many bytes.
    public var maxEntrySize: Int
    /// Above `ratioFloor` inflated bytes, an entry may not inflate to more than this many times
    /// its compressed size.
    public var maxCompressionRatio: Int
    /// The compression ratio is checked only once this many bytes have been inflated: legitimate
    /// repetitive XML compresses very well, and small parts are harmless whatever their ratio.
    public var ratioFloor: Int

    public static let `default` = ZipLimits(maxEntrySize: 256 * 1024 * 1024, maxCompressionRatio: 100, ratioFloor: 10 * 1024 * 1024)

    public init(maxEntrySize: Int, maxCompressionRatio: Int, ratioFloor: Int) {
        self.maxEntrySize = maxEntrySize
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioFloor = ratioFloor
    }
}

/// "64 MiB", "300 KiB", "17 bytes": sizes as a person reads them in an error message.
func formatByteCount(_ count: Int) -> String {
    let units = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
    for (size, name) in units where count >= size {
        let whole = count / size
        let tenths = (count % size) * 10 / size
        return tenths == 0 ? "\(whole) \(name)" : "\(whole).\(tenths) \(name)"
    }
    return count == 1 ? "1 byte" : "\(count) bytes"
}
