/// Bytes written one after another into memory this value owns: the room behind
/// `JSONWriter`.
///
/// Noncopyable, so its memory has one owner and a write never asks whether it is shared.
/// A `[UInt8]` asked on every write (`withUnsafeMutableBufferPointer` checks the storage
/// is unique, and stands an empty array in for it during the call), and a report is a
/// few hundred short writes.
struct ByteBuffer: ~Copyable, @unchecked Sendable {
    // Sendable: the memory is reached only through this value, which cannot be copied;
    // sending the value hands the memory over with it.

    /// The memory: the first `count` bytes are written, the rest up to `capacity` is spare.
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes have been written.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 64)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// What has been written, in place.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Forgets what was written and keeps the memory.
    mutating func removeAll() { count = 0 }

    /// Forgets the last `count` bytes written.
    mutating func removeLast(_ count: Int) { self.count -= count }

    /// Claims the next `length` bytes and returns where they start; the caller writes all
    /// of them before anything else is appended (they count as written from now on).
    @inline(__always)
    mutating func claim(_ length: Int) -> UnsafeMutablePointer<UInt8> {
        if count + length > capacity { grow(to: count + length) }
        let start = base + count
        count += length
        return start
    }

    /// Moves what is written into room for at least `minimum` bytes, at least doubling it.
    /// (Kept out of line: it runs a handful of times a run, and `claim` is inlined at
    /// every write.)
    @inline(never)
    private mutating func grow(to minimum: Int) {
        let newCapacity = Swift.max(minimum, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        claim(1).initialize(to: byte)
    }

    /// Copies `source` after what is written.
    @inline(__always)
    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let from = source.baseAddress, !source.isEmpty else { return }
        claim(source.count).update(from: from, count: source.count)
    }
}
