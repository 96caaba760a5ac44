/// For a first word that starts many phrases, which of them the next token can go on
/// with, found without reading each one.
///
/// `PhraseMatcher` turns most candidate phrases away by their second word's mask
/// (`Entry.nextWordMask`): no bit in common with the next token's mask, no match. A
/// common first word ("we", «في») starts hundreds of phrases, and reading every mask
/// of its run to turn nearly all of them away was the largest part of matching a post.
/// Here the run is cut the other way: for each of the 64 mask bits, a bitset of the
/// run's entries whose mask has that bit, plus one of the entries that need no second
/// word (mask 0). The entries a token lets through are the union of the bitsets of its
/// mask's bits and the no-second-word one: a few words read per bit, and the entries
/// come out in run order, as the scan gave them, so the hits are the same and in the
/// same order.
///
/// Only runs of `threshold` entries or more are sliced; a shorter one is scanned.
struct NextWordSlices: Sendable {
    /// The fewest entries a run needs to be sliced: a shorter run is scanned about as
    /// cheaply (measured: 32 left a thousand instructions a post to the scan).
    static let threshold = 12

    /// For each place, where its slices start in `bits` (-1: not sliced) and how many
    /// 64-bit words each slice has. Slice `b` (a mask bit) is `words` words from
    /// `start + b * words`; the entries needing no second word are slice 64.
    private var starts: [Int32] = []
    private var wordCounts: [Int32] = []
    private var bits: [UInt64] = []

    /// The number of slices a place has: one per mask bit, one for no second word.
    private static let sliceCount = 65

    /// Makes room for a new place (not sliced).
    mutating func addPlace() {
        starts.append(-1)
        wordCounts.append(0)
    }

    /// Slices place `place`, whose run's masks are `masks` (0 for an entry that needs no
    /// second word), again from scratch: its run has changed. A run too short is left to
    /// the scan. The slices are rewritten where they are when the run still needs as many
    /// words, else written anew at the end of `bits` (a run only grows).
    mutating func rebuild(place: Int, masks: ArraySlice<UInt64>) {
        let count = masks.count
        guard count >= Self.threshold else { return }
        let words = (count + 63) >> 6
        var start = Int(starts[place])
        if start < 0 || Int(wordCounts[place]) != words {
            start = bits.count
            bits.append(contentsOf: repeatElement(0, count: Self.sliceCount * words))
        } else {
            for index in start..<(start + Self.sliceCount * words) { bits[index] = 0 }
        }
        for (offset, mask) in masks.enumerated() {
            let word = offset >> 6
            let bit: UInt64 = 1 &<< UInt64(offset & 63)
            if mask == 0 {
                bits[start + 64 * words + word] |= bit
                continue
            }
            var rest = mask
            while rest != 0 {
                bits[start + rest.trailingZeroBitCount * words + word] |= bit
                rest &= rest &- 1
            }
        }
        starts[place] = Int32(start)
        wordCounts[place] = Int32(words)
    }

    /// Whether place `place` is sliced (else its run is scanned).
    @inline(__always)
    func isSliced(_ place: Int) -> Bool { starts[place] >= 0 }

    /// How many 64-bit words of entries sliced place `place` has (entry `k` of its run is
    /// bit `k % 64` of word `k / 64`).
    @inline(__always)
    func wordCount(_ place: Int) -> Int { Int(wordCounts[place]) }

    /// Word `word` of the entries of sliced place `place` that a next token with mask
    /// `nextMask` lets through: those whose mask shares a bit with `nextMask`, and those
    /// needing no second word. (A word at a time, read by the caller's loop: a closure
    /// per entry had the matcher's hit list checked for exclusive access at every hit.)
    @inline(__always)
    func passing(place: Int, word: Int, nextMask: UInt64) -> UInt64 {
        let start = Int(starts[place]), words = Int(wordCounts[place])
        return bits.withUnsafeBufferPointer { bits in
            var passing = bits[start + 64 * words + word]
            var rest = nextMask
            while rest != 0 {
                passing |= bits[start + rest.trailingZeroBitCount * words + word]
                rest &= rest &- 1
            }
            return passing
        }
    }
}
