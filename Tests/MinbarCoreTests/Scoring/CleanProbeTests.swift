import Foundation
import Testing
@testable import MinbarCore

/// Ordinary posts must not be blocked. `Corpus/clean-probes.jsonl` holds 200 everyday
/// posts (130 Arabic, 70 English) of the kind Gulf ministries, police, airlines, banks,
/// shops, hospitals and clubs publish daily, written by a helper who never saw the rules
/// and told to use the words a keyword filter trips on: fires and deaths reported with
/// respect, arrests and verdicts, fraud warnings, "today between Muscat and Khasab", shop
/// "deals", quotas, inventory "stock", "acquire skills", 😂 after a win. On 1 Dec 2026
/// the engine blocked 9 of them; each veto was a word-forms collision or a frame too
/// loose, and is fixed with an example in its rule. The probes were read to fix them, so
/// this is a regression guard for precision, not a measurement of it.
@Suite struct CleanProbeTests {
    struct Probe { var id: String; var language: PostLanguage; var kind: String; var text: String }

    static let probes: [Probe] = CorpusFile.objects("clean-probes.jsonl").compactMap { object in
        guard let id = object["id"] as? String, let text = object["text"] as? String, let kind = object["kind"] as? String,
              let language = (object["language"] as? String).flatMap(PostLanguage.init(rawValue:)) else { return nil }
        return Probe(id: id, language: language, kind: kind, text: text)
    }

    /// None left. Police announcing an arrest "for stealing livestock" (clean-ar-036) read
    /// as prejudging until a sentence reporting the authorities' own arrest stopped
    /// filling the fault frame (`Concepts.arrest`).
    static let knownVetoes: Set<String> = []

    @Test func ordinaryPostsAreNotBlocked() {
        #expect(Self.probes.count == 200)
        #expect(Self.probes.filter { $0.language == .ar }.count == 130)
        let engine = ScoringEngine()
        var blocked: [String] = []
        for probe in Self.probes where engine.score(probe.text).verdict == .blocked {
            blocked.append(probe.id)
        }
        print("clean probes: \(blocked.count) of \(Self.probes.count) blocked: \(blocked.sorted())")
        #expect(Set(blocked).subtracting(Self.knownVetoes).isEmpty, "newly blocked: \(Set(blocked).subtracting(Self.knownVetoes).sorted())")
    }
}
