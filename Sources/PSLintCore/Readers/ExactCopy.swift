extension Array {
    /// A new array of exactly these elements, in storage of its own: a reader fills one reusable
    /// buffer per kind (its capacity kept from use to use) and hands out copies of exact size.
    /// (`let copy = buffer` would share the buffer, and the next `removeAll(keepingCapacity:)`
    /// would then allocate a new one of the full capacity.)
    @inline(__always)
    func exactCopy() -> [Element] {
        isEmpty ? [] : withUnsafeBufferPointer { Array($0) }
    }
}
