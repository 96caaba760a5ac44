extension Array {
    /// `count` copies of `element`: the same array as `Array(repeating:count:)`, allocated
    /// through code specialised for `Element`.
    ///
    /// Why not `Array(repeating:count:)`: it allocates through a standard-library function
    /// that is not inlined, so it is not specialised, and it looks up the storage class of
    /// `Element` in the runtime's metadata cache on every call (about 400 instructions,
    /// more than filling a post-sized array). A post made some twenty such arrays (a move
    /// map per sentence, flags per token). The copy of a `repeatElement` collection
    /// allocates through inlinable code whose storage class is found once per type.
    @inline(__always)
    init(filledWith element: Element, count: Int) {
        self.init(repeatElement(element, count: count))
    }
}
