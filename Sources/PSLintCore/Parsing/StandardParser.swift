/// Turns a source document into the standards it holds. Layout-independent: it sees only
/// blocks, cells and paragraphs with locations.
public enum StandardParser {
    public static func parse(_ document: SourceDocument) -> [Standard] {
        []  // filled in by the parser work
    }
}
