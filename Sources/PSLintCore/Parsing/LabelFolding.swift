/// The folding under which a label matches its variants: case folded (Latin, Cyrillic, Kazakh),
/// Latin look-alikes mapped to Cyrillic, white space collapsed, no space before `:` nor around
/// `-`, dashes unified, quotes dropped. Works on scalar values; the same canonical sequence is
/// produced reading forwards (label variants) or backwards from a colon (paragraphs).
enum LabelFolding {
    /// Returned for characters that vanish (quotes, `*`).
    static let dropped: UInt32 = 0
    static let space: UInt32 = 0x20
    static let colon: UInt32 = 0x3A
    static let hyphen: UInt32 = 0x2D
    /// Stands for a number in a label variant (`Навык #:`).
    static let number: UInt32 = 0x23

    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 { fold(v, smallFolds) }

    /// `fold` with `smallFolds` fetched by the caller: a loop fetches it once, not once a scalar
    /// (each fetch of a global checks that it is initialised).
    @inline(__always)
    static func fold(_ v: UInt32, _ table: UnsafeBufferPointer<UInt16>) -> UInt32 {
        v < 0x800 ? UInt32(table[Int(v)]) : foldByRule(v)
    }

    /// `fold` of every scalar below U+0800 (ASCII, Latin-1, Cyrillic: the one- and two-byte
    /// sequences of UTF-8), looked up instead of switched on in the hot loops. Their folds are
    /// below U+0800 too.
    nonisolated(unsafe) static let smallFolds: UnsafeBufferPointer<UInt16> = {
        let table = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 0x800)
        for v in 0..<0x800 { table[v] = UInt16(foldByRule(UInt32(v))) }
        return UnsafeBufferPointer(table)
    }()

    static func foldByRule(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x61...0x7A: return latinLookalike(v)
        case 0x41...0x5A: return latinLookalike(v + 0x20)
        case 0x430...0x44F: return v
        case 0x410...0x42F: return v + 0x20
        case 0x400...0x40F: return v == 0x401 ? 0x435 : v + 0x50
        case 0x451: return 0x435
        case 0x460...0x4BF, 0x4D0...0x4FF: return v & 1 == 0 ? v + 1 : v
        case 0x4C0: return 0x4CF
        case 0x4C1...0x4CE: return v & 1 == 1 ? v + 1 : v
        case 0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x2000...0x200B, 0x202F, 0x3000: return space
        case 0x2010...0x2015, 0x2212, 0xAD: return hyphen
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018...0x201F, 0x60, 0x2A: return dropped
        default: return v
        }
    }

    /// Latin letters (lower-case) that print like Cyrillic ones, mapped to them.
    @inline(__always)
    static func latinLookalike(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x61: return 0x430  // a
        case 0x63: return 0x441  // c
        case 0x65: return 0x435  // e
        case 0x6F: return 0x43E  // o
        case 0x70: return 0x440  // p
        case 0x78: return 0x445  // x
        case 0x79: return 0x443  // y
        case 0x6B: return 0x43A  // k
        case 0x6D: return 0x43C  // m
        case 0x74: return 0x442  // t
        case 0x68: return 0x43D  // h
        case 0x62: return 0x432  // b
        case 0x69: return 0x456  // i
        default: return v
        }
    }

    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    /// The canonical folded form of `text` read forwards.
    static func canonical(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        var pending = false
        for scalar in text.unicodeScalars {
            let f = fold(scalar.value)
            if f == dropped { continue }
            if f == space { pending = !out.isEmpty; continue }
            if pending, f != colon, f != hyphen, out.last != hyphen { out.append(space) }
            pending = false
            out.append(f)
        }
        return out
    }

    /// The canonical folded form of `b[range]` with the UTF-8 offset of each folded scalar.
    static func canonical(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, limit: Int = .max) -> (scalars: [UInt32], offsets: [Int]) {
        var scalars: [UInt32] = []
        var offsets: [Int] = []
        var pending = false
        var pendingOffset = 0
        let table = smallFolds
        var i = range.lowerBound
        while i < range.upperBound, scalars.count < limit {
            let (v, length) = UTF8Bytes.scalar(b, at: i)
            let f = fold(v, table)
            defer { i += length }
            if f == dropped { continue }
            if f == space { if !pending, !scalars.isEmpty { pending = true; pendingOffset = i }; continue }
            if pending, f != colon, f != hyphen, scalars.last != hyphen { scalars.append(space); offsets.append(pendingOffset) }
            pending = false
            scalars.append(f)
            offsets.append(i)
        }
        return (scalars, offsets)
    }
}

/// Reads the canonical folded form of a paragraph backwards from a position, one scalar at a
/// time and only as far as asked: matching the labels that end at a colon costs a few scalars
/// for a colon that ends no label. Works in buffers lent by the caller (no allocation).
struct BackwardFolder {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Folding never reads before this offset.
    private(set) var limit = 0
    private var position = 0
    private var pending = false
    /// Folded scalars, nearest first, with the UTF-8 offset where each starts; `count` are read.
    private let scalars: UnsafeMutableBufferPointer<UInt32>
    /// 32-bit (a paragraph is far below 2 GiB): 640 bytes, under the 1 KiB that
    /// `withUnsafeTemporaryAllocation` always keeps on the stack (64-bit offsets went to the heap).
    private let offsets: UnsafeMutableBufferPointer<Int32>
    private var count = 0
    private let folds = LabelFolding.smallFolds

    /// Room for the longest label: folding never reads further than this.
    static let capacity = 160

    init(_ bytes: UnsafeBufferPointer<UInt8>, scalars: UnsafeMutableBufferPointer<UInt32>, offsets: UnsafeMutableBufferPointer<Int32>) {
        self.bytes = bytes
        self.scalars = scalars
        self.offsets = offsets
    }

    /// Calls `body` with a folder over `bytes` whose buffers live on the stack.
    static func with<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (inout BackwardFolder) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { scalars in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity) { offsets in
                var folder = BackwardFolder(bytes, scalars: scalars, offsets: offsets)
                return body(&folder)
            }
        }
    }

    /// Starts again before `end`.
    mutating func reset(before end: Int, limit: Int) {
        self.limit = limit
        position = end
        pending = false
        count = 0
    }

    /// The folded scalar `k` places before the start position, or nil at the limit.
    @inline(__always)
    mutating func scalar(_ k: Int) -> UInt32? {
        if k < count { return scalars[k] }
        return read(upTo: k)
    }

    private mutating func read(upTo k: Int) -> UInt32? {
        while count <= k {
            guard position > limit, count + 1 < scalars.count else { return nil }
            // the scalar ending at `position`: one byte, two (Cyrillic), or longer
            let last = bytes[position - 1]
            let start: Int
            let value: UInt32
            if last < 0x80 {
                start = position - 1
                value = UInt32(last)
            } else if position >= 2, last & 0xC0 == 0x80, bytes[position - 2] & 0xE0 == 0xC0 {
                start = position - 2
                value = UInt32(bytes[start] & 0x1F) << 6 | UInt32(last & 0x3F)
            } else {
                start = UTF8Bytes.scalarStart(bytes, before: position)
                value = UTF8Bytes.scalar(bytes, at: start).value
            }
            let f = LabelFolding.fold(value, folds)
            position = start
            if f == LabelFolding.dropped { continue }
            if f == LabelFolding.space { pending = count > 0; continue }
            if pending, count > 0, scalars[count - 1] != LabelFolding.colon, scalars[count - 1] != LabelFolding.hyphen, f != LabelFolding.hyphen {
                scalars[count] = LabelFolding.space
                offsets[count] = offsets[count - 1]
                count += 1
            }
            pending = false
            scalars[count] = f
            offsets[count] = Int32(truncatingIfNeeded: start)
            count += 1
        }
        return scalars[k]
    }

    func offset(_ k: Int) -> Int { Int(offsets[k]) }
}
