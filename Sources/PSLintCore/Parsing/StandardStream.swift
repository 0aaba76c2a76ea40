import Dispatch

/// Builds the standards of a document while its reader is still producing blocks (a
/// `StreamingDocumentReader`): when the title of standard n + 1 arrives, standard n is complete
/// and is built on a second thread while reading goes on. `finish()` returns exactly what
/// `StandardParser.parse` returns for the finished document.
///
/// `append` is called from one thread, in document order; each standard is built from its own
/// copy of its pieces (and the few before it where its appendix line may be).
public final class StandardStream: @unchecked Sendable {
    private var pieces: [Piece] = []
    private var blockCount = 0
    private var starts: [StandardParser.Start] = []
    /// One thread besides the reader's: the reader is the slower of the two.
    private let queue = DispatchQueue(label: "pslint.standard-stream")
    private let group = DispatchGroup()
    private let lock = DispatchSemaphore(value: 1)
    private var built: [Int: Standard] = [:]

    public init() {}

    /// Takes the next top-level block of the document.
    public func append(_ block: Block) {
        let first = pieces.count
        Piece.append(block, index: blockCount, to: &pieces)
        blockCount += 1
        for start in StandardParser.titleStarts(pieces, from: first) {
            if !starts.isEmpty { dispatch(starts.count - 1, end: start.index) }
            starts.append(start)
        }
    }

    /// The standards, in document order, once the reader has handed over the last block.
    public func finish() -> [Standard] {
        guard !starts.isEmpty else {
            // no title anywhere: the chapter-1 heading decides, which needs the whole document
            return StandardParser.chapterStart(pieces).map { start in
                StandardParser.build(number: 1, pieces: pieces, range: start.index..<pieces.count, title: nil,
                                     appendixFrom: max(0, start.index - 16))
            }
        }
        dispatch(starts.count - 1, end: pieces.count)
        group.wait()
        return starts.indices.map { built[$0]! }
    }

    private func dispatch(_ n: Int, end: Int) {
        let start = starts[n]
        // as `StandardParser.parse`: the appendix line is looked for back to the previous start, at most 16 pieces
        let lower = max(n > 0 ? starts[n - 1].index : 0, start.index - 16)
        let slice = Array(pieces[lower..<end])
        group.enter()
        queue.async {
            let standard = StandardParser.build(number: n + 1, pieces: slice, range: (start.index - lower)..<slice.count,
                                                title: start.title, appendixFrom: 0)
            self.lock.wait()
            self.built[n] = standard
            self.lock.signal()
            self.group.leave()
        }
    }
}
