import Testing
@testable import MinbarCore

/// `Frame` keeps its fields in one shared object; it must still behave as a value.
@Suite struct FrameTests {
    @Test func aFrameIsAValue() {
        let original = Frame(anchor: Concepts.tragedy, with: [Concepts.commerce], blockedBy: [.quotation], window: 1)
        var changed = original
        changed.window = 2
        changed.with = []
        changed.blockedBy = [.negation]
        changed.quoting = Concepts.commerce
        #expect(original.window == 1 && original.with.map(\.name) == [Concepts.commerce.name])
        #expect(original.blockedBy == [.quotation] && original.quoting == nil)
        #expect(changed.window == 2 && changed.with.isEmpty && changed.blockedBy == [.negation])
        #expect(changed.quoting?.name == Concepts.commerce.name && changed.anchor.name == original.anchor.name)
        #expect(original.requires.isEmpty && original.entities.isEmpty && original.anyEntity.isEmpty)
        #expect(original.withAny.isEmpty && original.without.isEmpty)
    }
}
