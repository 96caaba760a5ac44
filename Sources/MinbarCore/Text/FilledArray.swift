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

extension Array where Element: BitwiseCopyable {
    /// The array `Array(unsafeUninitializedCapacity:initializingWith:)` makes: `initializer`
    /// writes at most `capacity` elements from the start of the buffer it is handed and
    /// returns how many it wrote, which become the array.
    ///
    /// Why not that initialiser alone: like `Array(repeating:count:)` (see
    /// `init(filledWith:count:)`) it allocates through a standard-library function that is
    /// not specialised, which looks up the storage class of `Element` in the runtime's
    /// metadata cache on every call (two to five hundred instructions), more than a short
    /// array costs to fill: the stemmers read every new word as its scalars, and every
    /// lexicon word at start-up. Up to `stackBytes`, the elements are written to scratch
    /// space on the stack and copied into an array allocated through specialised code.
    /// A longer array (a post's scalars) takes that initialiser: the look-up is small
    /// beside filling it, and scratch space that large is checked for and often taken
    /// from the heap, which costs more.
    @inline(__always)
    init(initializingAtMost capacity: Int, with initializer: (UnsafeMutableBufferPointer<Element>) -> Int) {
        guard capacity <= FilledArrayScratch.stackBytes / MemoryLayout<Element>.stride else {
            self.init(unsafeUninitializedCapacity: capacity) { buffer, count in count = initializer(buffer) }
            return
        }
        self = withUnsafeTemporaryAllocation(of: Element.self, capacity: capacity) { scratch in
            let count = initializer(scratch)
            return Array(UnsafeBufferPointer(rebasing: scratch[..<count]))
        }
    }
}

/// The scratch space `Array.init(initializingAtMost:with:)` takes from the stack.
enum FilledArrayScratch {
    /// The most bytes: `withUnsafeTemporaryAllocation` takes up to 1 KiB from the stack
    /// without asking the runtime whether the stack has room.
    static let stackBytes = 1_024
}
