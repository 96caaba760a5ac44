import Foundation
import Testing
@testable import MinbarCore

/// The matcher compares interned key ids, resolved once per distinct token per thread,
/// instead of key strings (for speed). This holds it to the string matcher it replaced,
/// kept here as it was: the same hits, in the same order, for every matcher scoring
/// builds (the engine's lexicons, every bundled scenario beat, every bundled plan, the
/// standard policy and one with prefix, address and multi-word terms), on the
/// development corpora, the bundled scenario examples, generated mixed posts and
/// disguised words. Scoring is a function of these hits, so equal hits mean equal
/// reports; `Benchmarks/compare_outputs.sh` compares whole outputs of two builds.
struct PhraseMatcherEquivalenceTests {
    /// The matcher as it was written with strings (main before interned ids): each
    /// token's keys as strings, looked up in a dictionary of strings.
    struct StringMatcher {
        typealias Hit = PhraseMatcher.Hit
        struct Entry { var group: Int; var phrase: Int; var rest: [Set<String>] }
        var byFirstWord: [String: [Entry]] = [:]
        var prefixEntries: [(prefix: String, entry: Entry)] = []
        var addressEntries: [(text: String, entry: Entry)] = []

        init(_ matcher: PhraseMatcher) {
            for (phrases, group) in matcher.added { add(phrases, group: group) }
        }

        mutating func add(_ phrases: [String], group: Int) {
            for (index, phrase) in phrases.enumerated() {
                var trimmed = phrase.trimmingWhitespace()
                let exact = trimmed.first == WordForms.exactMarker
                if exact { trimmed.removeFirst() }
                if PhraseMatcher.isAddress(trimmed) {
                    addressEntries.append((PhraseMatcher.addressKey(trimmed), Entry(group: group, phrase: index, rest: [])))
                    continue
                }
                let words = PhraseMatcher.wordKeys(of: trimmed, exact: exact)
                guard let first = words.first else { continue }
                let entry = Entry(group: group, phrase: index, rest: words.dropFirst().map { Set($0) })
                if words.count == 1 && trimmed.hasSuffix("*") {
                    prefixEntries.append((PhraseMatcher.words(of: trimmed)[0], entry))
                    continue
                }
                for key in first { byFirstWord[key, default: []].append(entry) }
            }
        }

        /// One hit per phrase list and span: two phrases of a list on the same words are one hit.
        static func sameWords(_ a: Hit, _ b: Hit) -> Bool {
            a.group == b.group && a.firstToken == b.firstToken && a.endToken == b.endToken
        }

        func hits(in text: AnalyzedText) -> [Hit] {
            var hits: [Hit] = []
            let tokens = text.tokens
            let forms: [[String]] = tokens.map { PhraseMatcher.matchingKeys(of: $0, keys: PhraseMatcher.postKeys(of:)) }
            for start in tokens.indices {
                let token = tokens[start]
                var candidates: [Entry] = []
                var seen = false
                for form in forms[start] {
                    if let entries = byFirstWord[form] {
                        candidates += entries
                        seen = true
                    }
                }
                if token.kind == .email || token.kind == .url {
                    for (key, entry) in addressEntries where token.text.contains(key) {
                        candidates.append(entry)
                        seen = true
                    }
                }
                if !prefixEntries.isEmpty, token.kind == .word || token.kind == .hashtag || token.kind == .mention {
                    for (prefix, entry) in prefixEntries where forms[start].contains(where: { $0.hasPrefix(prefix) }) {
                        candidates.append(entry)
                        seen = true
                    }
                }
                guard seen else { continue }
                let firstHitHere = hits.count
                for entry in candidates {
                    var end = start + 1
                    var matched = true
                    for accepted in entry.rest {
                        guard end < tokens.count, forms[end].contains(where: accepted.contains) else {
                            matched = false
                            break
                        }
                        end += 1
                    }
                    if matched {
                        let hit = Hit(group: entry.group, phrase: entry.phrase, firstToken: start, endToken: end)
                        if !hits[firstHitHere...].contains(where: { Self.sameWords($0, hit) }) { hits.append(hit) }
                    }
                }
            }
            let disguised = disguisedHits(in: text, forms: forms, keys: PhraseMatcher.postKeys(of:))
            if disguised.isEmpty { return hits }
            var seen = Set(hits.map { [$0.group, $0.firstToken, $0.endToken] })
            for hit in disguised where seen.insert([hit.group, hit.firstToken, hit.endToken]).inserted { hits.append(hit) }
            return hits.enumerated().sorted { ($0.element.firstToken, $0.offset) < ($1.element.firstToken, $1.offset) }.map(\.element)
        }

        func disguisedHits(in text: AnalyzedText, forms: [[String]], keys: (Token) -> [String]) -> [Hit] {
            let tokens = text.tokens
            let scalars = text.scalars
            var hits: [Hit] = []
            // Hits starting at one token can only repeat each other.
            var firstHitHere = 0

            func complete(_ entries: [Entry], firstToken: Int, after: Int, restWords: ArraySlice<[String]>) {
                for entry in entries {
                    var words = restWords
                    var end = after
                    var matched = true
                    for accepted in entry.rest {
                        if let word = words.first {
                            words = words.dropFirst()
                            if word.contains(where: accepted.contains) { continue }
                            matched = false
                            break
                        }
                        guard end < tokens.count, forms[end].contains(where: accepted.contains) else { matched = false; break }
                        end += 1
                    }
                    let hit = Hit(group: entry.group, phrase: entry.phrase, firstToken: firstToken, endToken: end)
                    if matched && !hits[firstHitHere...].contains(where: { Self.sameWords($0, hit) }) { hits.append(hit) }
                }
            }
            func entries(for word: String, arabic: Bool) -> [Entry] {
                var token = Token(kind: .word, text: word, start: 0, end: 0, number: nil, isArabic: arabic,
                                  isAllCaps: false, isCapitalised: false, sentence: 0, letterCount: 0)
                var found: [Entry] = []
                var all = keys(token)
                all += PhraseMatcher.foldedKeys(of: token, keys: keys)
                for key in all { found += byFirstWord[key] ?? [] }
                for (prefix, entry) in prefixEntries where all.contains(where: { $0.hasPrefix(prefix) }) { found.append(entry) }
                token.text = ""
                return found
            }
            func keysOf(_ word: String) -> [String] {
                let token = Token(kind: .word, text: word, start: 0, end: 0, number: nil,
                                  isArabic: word.unicodeScalars.contains(where: TextNormalizer.isArabicLetter),
                                  isAllCaps: false, isCapitalised: false, sentence: 0, letterCount: 0)
                return keys(token) + PhraseMatcher.foldedKeys(of: token, keys: keys)
            }
            /// Whether nothing but invisible characters lies between two tokens.
            func glued(_ left: Int, _ right: Int) -> Bool {
                var index = tokens[left].end
                while index < tokens[right].start {
                    if !Confusables.isInvisible(scalars[index]) { return false }
                    index += 1
                }
                return true
            }

            var index = 0
            var gluedUntil = 0
            while index < tokens.count {
                let token = tokens[index]
                firstHitHere = hits.count
                // A glued hashtag or handle: its parts as consecutive words.
                if token.kind == .hashtag || token.kind == .mention {
                    let parts = PhraseMatcher.parts(of: scalars[(token.start + 1)..<token.end])
                    if parts.count >= 2 {
                        let partKeys = parts.map(keysOf)
                        for (offset, part) in parts.enumerated() {
                            let isArabic = part.unicodeScalars.contains(where: TextNormalizer.isArabicLetter)
                            complete(entries(for: part, arabic: isArabic), firstToken: index, after: index + 1,
                                     restWords: partKeys[(offset + 1)...])
                        }
                    }
                    index += 1
                    continue
                }
                // Pieces glued by symbols, digits or invisible characters: f*ck, $hit, fu​ck.
                // Each run is read once, from its first piece, and only when short enough to
                // be one word, so the pass stays linear.
                var end = index
                var joined = ""
                var words = 0
                while index >= gluedUntil, end < tokens.count, end - index <= 16 {
                    let piece = tokens[end]
                    let usable = piece.kind == .word
                        || (piece.kind == .punctuation && (piece.text == "*" || Confusables.substitutes[piece.text.unicodeScalars.first!] != nil))
                        || (piece.kind == .number && piece.text.unicodeScalars.count == 1)
                    guard usable, end == index || glued(end - 1, end) else { break }
                    if piece.kind == .word { words += 1 }
                    joined += piece.text
                    end += 1
                }
                if end > index { gluedUntil = end }
                if end - index >= 2, end - index <= 16, words >= 1 {
                    let arabic = joined.unicodeScalars.contains(where: TextNormalizer.isArabicLetter)
                    var found = entries(for: joined, arabic: arabic)
                    if !arabic { for spelling in Confusables.unsubstituted(joined) { found += entries(for: spelling, arabic: false) } }
                    complete(found, firstToken: index, after: end, restWords: [])
                }
                // Letters spelt out one by one with spaces: f u c k, ت ا ف ه.
                if token.kind == .word, token.text.unicodeScalars.count == 1 {
                    var last = index
                    var letters = token.text
                    while last + 1 < tokens.count, tokens[last + 1].kind == .word, tokens[last + 1].text.unicodeScalars.count == 1,
                          tokens[last + 1].start - tokens[last].end == 1, last - index < 24 {
                        last += 1
                        letters += tokens[last].text
                    }
                    if last - index >= 2 {
                        let arabic = letters.unicodeScalars.contains(where: TextNormalizer.isArabicLetter)
                        complete(entries(for: letters, arabic: arabic), firstToken: index, after: last + 1, restWords: [])
                        index = last + 1
                        continue
                    }
                }
                index += 1
            }
            // Dialect readings (DialectReadings.swift), written out again on strings.
            let negations: Set<String> = ["ما", "وما", "مب", "ومب", "مو", "ومو", "موب", "مهب", "مش", "ومش"]
            let particles: Set<String> = ["راح", "رح", "ح", "حا", "رايح", "رايحين", "سوف", "وسوف", "فسوف"]
            func arabicWord(_ i: Int) -> Bool { i < tokens.count && tokens[i].kind == .word && tokens[i].isArabic }
            func imperfect(_ i: Int) -> Bool {
                guard arabicWord(i), tokens[i].text.unicodeScalars.count >= 3, !tokens[i].text.hasPrefix("ال"),
                      let first = tokens[i].text.first else { return false }
                return "نيتا".contains(first)
            }
            func egyptian(_ i: Int) -> String? {
                guard arabicWord(i) else { return nil }
                let letters = Array(tokens[i].text)
                guard letters.count >= 5, letters[0] == "ه" || letters[0] == "ح", "نيت".contains(letters[1]),
                      !PhraseMatcher.egyptianFutureLookalikes.contains(tokens[i].text) else { return nil }
                return String(letters.dropFirst())
            }
            for i in tokens.indices where arabicWord(i) {
                firstHitHere = hits.count
                let word = tokens[i].text
                let conjunction = word.hasPrefix("و") && word.unicodeScalars.count > 2 ? "و" : ""
                if negations.contains(word), i + 1 < tokens.count, particles.contains(tokens[i + 1].text), imperfect(i + 2) {
                    complete(entries(for: conjunction + "لن", arabic: true), firstToken: i, after: i + 2, restWords: [])
                } else if particles.contains(word), imperfect(i + 1) {
                    complete(entries(for: conjunction + "س" + tokens[i + 1].text, arabic: true), firstToken: i, after: i + 2, restWords: [])
                } else if negations.contains(word), let verb = egyptian(i + 1) {
                    complete(entries(for: conjunction + "لن", arabic: true), firstToken: i, after: i + 2, restWords: [keysOf(verb)])
                } else if word == "مش" || word == "ومش", imperfect(i + 1) {
                    complete(entries(for: "لا", arabic: true), firstToken: i, after: i + 1, restWords: [])
                }
                if let verb = egyptian(i) {
                    complete(entries(for: "س" + verb, arabic: true), firstToken: i, after: i + 1, restWords: [])
                }
            }
            return hits
        }

    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repository = root.deletingLastPathComponent().deletingLastPathComponent()

    static func corpusTexts() throws -> [String] {
        let folder = root.appendingPathComponent("Corpus")
        var texts: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".jsonl") {
            let data = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in data.split(separator: "\n") {
                if let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                   let text = object["text"] as? String { texts.append(text) }
            }
        }
        return texts
    }

    static func bundledFiles(_ suffix: String) throws -> [(path: String, text: String)] {
        let folder = repository.appendingPathComponent("scenarios")
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return try paths.filter { $0.hasSuffix(suffix) }.sorted().map { path in
            (path, try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8))
        }
    }

    /// Posts that disguise words: glued, spelt out, look-alikes, inside hashtags.
    static let disguised = [
        "What a f*ck up. The $hit hit the fan and fu\u{200B}ck this, f u c k, f-u-c-k, ｆｕｃｋ and fuсk.",
        "#BarqExpress is #barq_express and @SadeemTelecom says sh1t, ت ا ف ه and ﺗﺎﻓﻪ #الصقر_للطيران",
        "We guarantee returns: guaranteed, #GuaranteedReturns, insider info at hr-care@tanweer.example. and ir@sadeem.example",
    ]

    @Test("Interned ids find exactly the hits key strings find, for every matcher scoring builds")
    func sameHitsAsStringKeys() throws {
        var matchers: [PhraseMatcher] = [ScoringEngine().matcher, PreparedPolicy(.standard).matcher]
        let policyText = """
            # Policy
            organisation: Sadeem Telecom
            competitors: Barq Express, Falcon Air

            ## Banned terms
            - guarantee*
            - insider info
            - ir@sadeem.example
            - =news
            - الأرباح المتوقعة

            ## Code names
            - Project Falcon*
            """
        let policy = try #require(PolicyParser.parse(path: "p.policy.md", text: policyText).policy)
        matchers.append(PreparedPolicy(policy).matcher)
        var examples: [String] = []
        for (path, text) in try Self.bundledFiles(".scenario.md") {
            let scenario = try #require(ScenarioParser.parse(path: path, text: text).scenario, "\(path)")
            for beat in scenario.beats {
                matchers.append(PreparedBeat(scenario: scenario, beat: beat).matcher)
                examples += beat.examples.map(\.text)
            }
        }
        for (path, text) in try Self.bundledFiles(".plan.md") {
            matchers.append(PreparedPlan(try #require(PlanParser.parse(path: path, text: text).plan, "\(path)")).matcher)
        }
        #expect(matchers.count > 40)
        let references = matchers.map(StringMatcher.init)
        let texts = try Self.corpusTexts() + examples + Self.disguised + Array(MixedLengthCorpus(count: 100))
        #expect(texts.count > 1_000)
        var total = 0
        for (number, text) in texts.enumerated() {
            let analyzed = AnalyzedText(text)
            let keys = PhraseMatcher.PostKeys(analyzed)
            // The engine's, the standard and the test policy on every post; the beats
            // and plans, which are many, each on every seventh (a bounded sample, so
            // `swift test` stays quick; scripts compare whole outputs).
            for (index, matcher) in matchers.enumerated() where index < 3 || (number + index) % 7 == 0 {
                let expected = references[index].hits(in: analyzed)
                #expect(matcher.hits(in: analyzed, keys: keys) == expected, "\(text)")
                total += expected.count
            }
        }
        // The comparison means something only if the posts hit the lexicons often.
        #expect(total > texts.count * 5)
    }

    @Test("Keys made before a matcher gained a phrase are not trusted: the new phrase still matches")
    func staleKeysAreRefreshed() {
        let text = AnalyzedText("The quarterly zorblaxing of the harbour was approved. زوربلاكس الميناء #zorblaxes")
        let keys = PhraseMatcher.PostKeys(text)
        var matcher = PhraseMatcher()
        // Three lists: one list reports the same words once, and "zorbla*" reads "zorblaxing" too.
        matcher.add(["zorblaxing"], group: 0)
        matcher.add(["زوربلاكس الميناء"], group: 1)
        matcher.add(["zorbla*"], group: 2)
        let hits = matcher.hits(in: text, keys: keys)
        #expect(Set(hits.map(\.group)) == [0, 1, 2])
        #expect(hits == StringMatcher(matcher).hits(in: text))
        #expect(matcher.hits(in: text) == hits)
    }

    @Test("Every worker thread matches the same, each with its own memory of words")
    func threadsAgree() async throws {
        let engine = ScoringEngine()
        let texts = Array(MixedLengthCorpus(count: 40)) + Self.disguised
        let expected = texts.map { engine.score($0) }
        let results = await withTaskGroup(of: (Int, ScoreReport).self) { group in
            for (index, text) in texts.enumerated() { group.addTask { (index, engine.score(text)) } }
            var results: [Int: ScoreReport] = [:]
            for await (index, report) in group { results[index] = report }
            return results
        }
        for index in texts.indices { #expect(results[index] == expected[index]) }
    }
}
