import Testing
@testable import MinbarCore

/// The engine matches each lexicon name once and files hits by name, so two lexicons
/// that share a name share their hits: the second's phrases are never looked for, and
/// every rule reading either name sees the first's hits. A new concept named like an
/// old one ("fault") silently changed what another rule found.
@Suite struct LexiconNameTests {
    @Test func noTwoLexiconsTheEngineMatchesShareAName() {
        var byName: [String: [String]] = [:]
        var clashes: [String] = []
        for lexicon in Evidence.lexicons + MoveLexicons.all + RuleRegistry.all.flatMap(\.lexicons) {
            if let terms = byName[lexicon.name] {
                if terms != lexicon.terms { clashes.append(lexicon.name) }
            } else {
                byName[lexicon.name] = lexicon.terms
            }
        }
        #expect(byName.count > 100, "the registry's lexicons are read")
        #expect(clashes.isEmpty, "lexicons with one name and different phrases: \(Set(clashes).sorted())")
    }
}
