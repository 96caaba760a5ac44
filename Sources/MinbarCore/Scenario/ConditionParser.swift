/// Reads the condition language of reactions and branches. Recursive descent over a
/// handful of tokens; errors give the character offset (0-based) of the bad token
/// within the text so the caller can turn it into a column.
public enum ConditionParser {
    public struct Failure: Error, Equatable, Sendable {
        public var problem: Problem
        public var offset: Int
    }

    /// - Parameter knownRules: the rule ids a `finding` may name (every registered rule
    ///   by default); an id or family none of them has is an error, since the
    ///   condition could never hold.
    ///   `stateNames`: the counters and flags the scenario declares in `## State`.
    public static func parse(_ text: String, knownRules: [String] = RuleRegistry.ids,
                             stateNames: Set<String> = []) -> Result<Condition, Failure> {
        parseWithReferences(text, knownRules: knownRules, stateNames: stateNames).map(\.condition)
    }

    /// Also returns the beat ids the condition names (`t0.verdict blocked`) and where.
    public static func parseWithReferences(_ text: String, knownRules: [String] = RuleRegistry.ids,
                                           stateNames: Set<String> = []) -> Result<(condition: Condition, beats: [(id: String, offset: Int)]), Failure> {
        let tokens = tokenize(text)
        // Each `and`/`or` adds a level to the condition tree, which is walked recursively.
        guard tokens.count <= maximumTokens else {
            return .failure(Failure(problem: .invalidCondition("longer than \(maximumTokens) words and symbols"), offset: tokens[maximumTokens].offset))
        }
        var parser = Parser(tokens: tokens, length: text.count, knownRules: knownRules, stateNames: stateNames)
        do {
            guard !parser.tokens.isEmpty else {
                throw Failure(problem: .invalidCondition("the condition is empty"), offset: 0)
            }
            let condition = try parser.parseOr()
            if let extra = parser.peek {
                throw Failure(problem: .invalidCondition("unexpected '\(extra.text)'"), offset: extra.offset)
            }
            return .success((condition, parser.beatReferences.map { (id: $0.0, offset: $0.1) }))
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(problem: .invalidCondition("\(error)"), offset: 0))
        }
    }

    /// Nil when `id` names a known rule, a family some known rule belongs to
    /// (`policy.*`), or every rule (`*`).
    static func unknownRule(_ id: String, known: [String]) -> Problem? {
        if id == "*" { return nil }
        if id.hasSuffix(".*") {
            let prefix = id.dropLast()
            if known.contains(where: { $0.hasPrefix(prefix) }) { return nil }
            let families = Set(known.compactMap { $0.split(separator: ".").first.map { String($0) + ".*" } })
            return .unknownConditionRule(id, suggestion: Suggestion.closest(to: id, among: families.sorted()), isFamily: true)
        }
        if known.contains(id) { return nil }
        return .unknownConditionRule(id, suggestion: Suggestion.closest(to: id, among: known), isFamily: false)
    }

    struct Token: Equatable {
        var text: String
        var offset: Int
    }

    static let operatorCharacters: Set<Character> = ["<", ">", "=", "!", "≤", "≥", "≠"]

    /// What a mistyped comparison most likely meant: the characters reversed (`=>`),
    /// doubled (`===`, `>>`) or spelt as in another language (`<>`).
    static let operatorTypos: [String: String] = [
        "=>": ">=", "=<": "<=", "===": "==", "!==": "!=", "=!": "!=", "!": "!=", "<>": "!=",
        ">>": ">", "<<": "<", ">==": ">=", "<==": "<=", "=>=": ">=", "=<=": "<=",
    ]

    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let characters = Array(text)
        var index = 0
        func isWordCharacter(_ c: Character) -> Bool {
            c.isLetter || c.isNumber || c == "." || c == "-" || c == "_" || c == "*"
        }
        while index < characters.count {
            let c = characters[index]
            if c.isWhitespace { index += 1; continue }
            let start = index
            if c == "(" || c == ")" {
                index += 1
            } else if operatorCharacters.contains(c) {
                // A run of comparison characters is one token, so `=>` is seen as the
                // typo it is rather than as `=` followed by a stray `>`.
                while index < characters.count, operatorCharacters.contains(characters[index]) { index += 1 }
            } else if isWordCharacter(c) {
                while index < characters.count, isWordCharacter(characters[index]) { index += 1 }
            } else {
                index += 1
            }
            tokens.append(Token(text: String(characters[start..<index]), offset: start))
        }
        return tokens
    }

    /// Deeper nesting than this is refused: no real condition comes close, and a hostile
    /// file must not exhaust the stack.
    public static let maximumDepth = 32
    public static let maximumTokens = 256

    struct Parser {
        var tokens: [Token]
        var length: Int
        var knownRules: [String]
        var stateNames: Set<String>
        /// Beat ids named by `ID.test`, with their offsets, for the caller to check.
        var beatReferences: [(String, Int)] = []
        var position = 0
        var depth = 0

        var peek: Token? { position < tokens.count ? tokens[position] : nil }

        mutating func next() -> Token? {
            defer { position += 1 }
            return peek
        }

        func fail(_ reason: String, at token: Token?) -> Failure {
            Failure(problem: .invalidCondition(reason), offset: token?.offset ?? length)
        }

        mutating func parseOr() throws -> Condition {
            var condition = try parseAnd()
            while peek?.text.lowercased() == "or" {
                position += 1
                condition = .or(condition, try parseAnd())
            }
            return condition
        }

        mutating func parseAnd() throws -> Condition {
            var condition = try parseUnary()
            while peek?.text.lowercased() == "and" {
                position += 1
                condition = .and(condition, try parseUnary())
            }
            return condition
        }

        mutating func parseUnary() throws -> Condition {
            depth += 1
            defer { depth -= 1 }
            guard depth <= ConditionParser.maximumDepth else {
                throw fail("nested more than \(ConditionParser.maximumDepth) deep", at: peek)
            }
            guard let token = next() else { throw fail("the condition ends too early", at: nil) }
            let word = token.text.lowercased()
            switch word {
            case "not":
                return .not(try parseUnary())
            case "(":
                let inner = try parseOr()
                guard peek?.text == ")" else { throw fail("missing ')'", at: peek) }
                position += 1
                return inner
            case "otherwise":
                throw fail("'otherwise' cannot be combined with other conditions", at: token)
            case "late":
                return .late
            case "any":
                guard let test = next() else { throw fail("'any' needs a test, such as 'any finding policy.*'", at: nil) }
                return .any(try parseTest(test))
            case "average":
                guard let test = next() else { throw fail("'average' needs a score, such as 'average overall >= 70'", at: nil) }
                guard let name = Condition.ScoreName(rawValue: test.text.lowercased()) else {
                    let suggestion = Suggestion.closest(to: test.text, among: Condition.ScoreName.allCases.map(\.rawValue))
                    throw Failure(problem: .unknownScore(test.text, suggestion: suggestion), offset: test.offset)
                }
                let (comparison, value) = try parseComparison(after: test, range: 0...100)
                return .average(name, comparison, value)
            default:
                if stateNames.contains(word) {
                    if let following = peek, following.text.allSatisfy({ ConditionParser.operatorCharacters.contains($0) }) {
                        let (comparison, value) = try parseComparison(after: token, range: -1_000_000...1_000_000)
                        return .counter(word, comparison, value)
                    }
                    return .flag(word)
                }
                // `t0.verdict blocked`: a beat id, a dot, then a test on that beat's post.
                if let dot = word.lastIndex(of: "."), Condition.ScoreName(rawValue: word) == nil {
                    let beat = String(word[..<dot])
                    let field = String(word[word.index(after: dot)...])
                    let fields = Condition.ScoreName.allCases.map(\.rawValue) + ["verdict", "finding"]
                    guard !beat.isEmpty, fields.contains(field) else {
                        let column = token.offset + beat.count + 1
                        throw Failure(problem: .unknownScore(field, suggestion: Suggestion.closest(to: field, among: fields)), offset: column)
                    }
                    beatReferences.append((beat, token.offset))
                    return .earlier(beat: beat, try parseTest(Token(text: field, offset: token.offset + beat.count + 1)))
                }
                return try parseTest(token)
            }
        }

        /// A test on one post: `finding RULE`, `verdict V` or `SCORE OP NUMBER`.
        mutating func parseTest(_ token: Token) throws -> Condition {
            switch token.text.lowercased() {
            case "finding", "rule":
                guard let rule = next(), rule.text.first?.isLetter == true || rule.text == "*" else {
                    throw fail("'finding' needs a rule id, such as 'finding policy.mnpi'", at: peek)
                }
                let id = rule.text.lowercased()
                if let problem = ConditionParser.unknownRule(id, known: knownRules) {
                    throw Failure(problem: problem, offset: rule.offset)
                }
                return .finding(id)
            case "verdict":
                guard let word = next() else { throw fail("'verdict' needs ready, revise or blocked", at: nil) }
                guard let verdict = Verdict(rawValue: word.text.lowercased()) else {
                    let suggestion = Suggestion.closest(to: word.text, among: Verdict.allCases.map(\.rawValue))
                    throw Failure(problem: .unknownVerdict(word.text, suggestion: suggestion), offset: word.offset)
                }
                return .verdict(verdict)
            default:
                guard let name = Condition.ScoreName(rawValue: token.text.lowercased()) else {
                    let words = Condition.ScoreName.allCases.map(\.rawValue) + ["finding", "verdict", "not", "any", "average", "late"]
                        + stateNames.sorted()
                    let suggestion = Suggestion.closest(to: token.text, among: words)
                    throw Failure(problem: .unknownScore(token.text, suggestion: suggestion), offset: token.offset)
                }
                let (comparison, value) = try parseComparison(after: token, range: 0...100)
                return .score(name, comparison, value)
            }
        }

        /// `OP NUMBER` after `token`, the number inside `range`.
        mutating func parseComparison(after token: Token, range: ClosedRange<Double>) throws -> (Condition.Comparison, Double) {
            guard let operatorToken = next() else {
                throw fail("'\(token.text)' needs a comparison, such as '\(token.text) >= 80'", at: nil)
            }
            let comparison: Condition.Comparison
            switch operatorToken.text {
            case "<": comparison = .less
            case "<=", "≤": comparison = .lessOrEqual
            case ">": comparison = .greater
            case ">=", "≥": comparison = .greaterOrEqual
            case "==", "=": comparison = .equal
            case "!=", "≠": comparison = .notEqual
            default:
                if operatorToken.text.allSatisfy({ ConditionParser.operatorCharacters.contains($0) }) {
                    throw Failure(problem: .operatorTypo(operatorToken.text, suggestion: ConditionParser.operatorTypos[operatorToken.text]),
                                  offset: operatorToken.offset)
                }
                throw fail("expected <, <=, >, >=, == or != after '\(token.text)'", at: operatorToken)
            }
            let isScore = range == 0...100
            guard let numberToken = next(), let value = Double(numberToken.text), value.isFinite else {
                throw fail(isScore ? "expected a number from 0 to 100" : "expected a whole number",
                           at: tokens.indices.contains(position - 1) ? tokens[position - 1] : nil)
            }
            guard range.contains(value) else {
                throw fail(isScore ? "scores run from 0 to 100, not \(numberToken.text)" : "\(numberToken.text) is out of range", at: numberToken)
            }
            return (comparison, value)
        }
    }
}
