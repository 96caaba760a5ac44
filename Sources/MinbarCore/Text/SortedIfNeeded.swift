extension Collection {
    /// The elements as `sorted(by:)` orders them, without sorting when they are in that
    /// order already: then they are handed back as they are.
    ///
    /// Why: rules put phrase hits in token order before reading them, and the hits nearly
    /// always come in that order (a lexicon's are found left to right), while `sorted`
    /// copies the list into a new buffer and sorts it every time, several times a post.
    ///
    /// The same array either way: the standard library's sort is stable, so elements with
    /// no pair out of order (no element that `areInIncreasingOrder` puts before the one
    /// ahead of it) are already its result, ties included. One pass over the elements asks
    /// that; any pair out of order sorts them all as before.
    func sortedIfNeeded(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> [Element] {
        var previous = startIndex
        var index = startIndex
        if index != endIndex { formIndex(after: &index) }
        while index != endIndex {
            if try areInIncreasingOrder(self[index], self[previous]) { return try sorted(by: areInIncreasingOrder) }
            previous = index
            formIndex(after: &index)
        }
        return Array(self)
    }
}
