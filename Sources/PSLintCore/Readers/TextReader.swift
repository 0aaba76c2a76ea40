/// Reads the three text layouts (L1, L2, L3).
public struct TextReader: DocumentReader {
    public init() {}
    public var extensions: [String] { ["txt", "text", "md"] }

    public func read(bytes: [UInt8], path: String, options: ReadOptions) throws(InputError) -> SourceDocument {
        let decoded = try TextDecoding.decode(bytes, forced: options.encoding)
        _ = decoded
        return SourceDocument(path: path, format: .text, layout: .l1, blocks: [])
    }
}
