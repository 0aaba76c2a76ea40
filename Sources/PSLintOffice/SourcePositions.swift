/// Turns UTF-8 byte offsets of a buffer into 1-based line and code-point column numbers.
/// Offsets usually arrive in increasing order, so the last answer is kept and walked forward
/// from; a jump backwards falls back to a binary search over the line starts.
struct SourcePositions {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let lineStarts: [Int]
    private var cursorOffset = 0
    private var cursorLine = 1
    private var cursorColumn = 1

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        for index in 0..<bytes.count where bytes[index] == 0x0A { starts.append(index + 1) }
        self.lineStarts = starts
    }

    /// Line and column of the byte at `offset` (clamped to the buffer).
    mutating func position(of offset: Int) -> (line: Int, column: Int) {
        let target = max(0, min(offset, bytes.count))
        if target < cursorOffset || target - cursorOffset > 4096 {
            // Binary search: the last line start at or before the target.
            var low = 0, high = lineStarts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if lineStarts[middle] <= target { low = middle } else { high = middle - 1 }
            }
            // Forward on the same line: keep walking from the cursor, not from the line start.
            if target < cursorOffset || low + 1 != cursorLine {
                cursorOffset = lineStarts[low]
                cursorLine = low + 1
                cursorColumn = 1
            }
        }
        while cursorOffset < target {
            let byte = bytes[cursorOffset]
            cursorOffset += 1
            if byte == 0x0A {
                cursorLine += 1
                cursorColumn = 1
            } else if byte & 0xC0 != 0x80 {
                cursorColumn += 1  // a scalar's first byte; continuation bytes add nothing
            }
        }
        return (cursorLine, cursorColumn)
    }
}
