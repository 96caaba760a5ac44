/// A figure next to a fact's cue words that is not the fact's value.
struct FactMismatchRule: Rule {
    let descriptor = RuleDescriptor(
        id: "goal.fact-mismatch", title: "Wrong figure for a known fact",
        titleAr: "رقم يخالف حقيقة معلنة", dimension: .alignment, severity: .error,
        rationale: """
            Incomplete or outdated information breaks trust at once, and it takes time, effort and money to \
            rebuild. A figure that contradicts the published one will be corrected in public, by someone else.
            """,
        rationaleAr: """
            المعلومة الناقصة أو القديمة تهدم الثقة فوراً، وإعادة بنائها تكلف وقتاً وجهداً ومالاً. والرقم \
            الذي يخالف الرقم المعلن سيصححه غيرك على الملأ.
            """,
        examples: [
            .triggers("Our thoughts are with the 8 injured workers.", .en, scenario: GoalExamples.english),
            .triggers("أصيب ٨ من العمال في الحريق.", .ar, scenario: GoalExamples.arabic),
            .passes("Our thoughts are with the 6 injured workers.", .en, scenario: GoalExamples.english),
            .passes("أصيب ٦ من العمال في الحريق.", .ar, scenario: GoalExamples.arabic),
            // A figure past a semicolon belongs to another statement.
            .passes("Six injured workers are recovering at home; 8 crews are cleaning the site.", .en, scenario: GoalExamples.english),
            .passes("أصيب ٦ من العمال؛ و٨ فرق تنظف الموقع الآن.", .ar, scenario: GoalExamples.arabic),
            .triggers("Our thoughts are with the workers; 8 were injured in the fire.", .en, scenario: GoalExamples.english),
            // The cue as a figure's unit: the 40 volunteers are not the injured.
            .passes("Our 40 volunteers visited the 6 injured workers today.", .en, scenario: GoalExamples.english),
            .passes("زار ٤٠ متطوعاً ٦ مصابين من العمال في المستشفى.", .ar, scenario: GoalExamples.arabic),
            .triggers("Our 40 volunteers visited the 8 injured workers today.", .en, scenario: GoalExamples.english),
            // The right figure beside its cue, and a total beside it: the total is another fact.
            .passes("6 of our 120 staff were injured in the fire, and all of them are home tonight.", .en, scenario: GoalExamples.english),
            .passes("أصيب ٦ من أصل ١٢٠ عاملاً في الحريق، وعادوا جميعاً إلى بيوتهم.", .ar, scenario: GoalExamples.arabic),
            .triggers("8 of our 120 staff were injured in the fire.", .en, scenario: GoalExamples.english),
            .triggers("أصيب ٨ من أصل ١٢٠ عاملاً في الحريق.", .ar, scenario: GoalExamples.arabic),
            // A figure said with its scale word: 38 thousand is 38,000, and 40 thousand is not.
            .passes("Water is back tonight in the 38 thousand homes near the site.", .en, scenario: GoalExamples.english),
            .passes("عادت المياه الليلة إلى ٣٨ ألف منزل قرب الموقع.", .ar, scenario: GoalExamples.arabic),
            .triggers("Water is back tonight in the 40 thousand homes near the site.", .en, scenario: GoalExamples.english),
            .triggers("عادت المياه الليلة إلى ٤٠ ألف منزل قرب الموقع.", .ar, scenario: GoalExamples.arabic),
            // A code is copied, not counted: the wrong lot sends people to check the wrong boxes.
            .triggers("Stock from lot LOT-0471 was destroyed in the fire; please do not buy it from resellers.", .en, scenario: GoalExamples.english),
            .triggers("أتلف الحريق مخزون الدفعة LOT-0471، فلا تشتروه من الموزعين.", .ar, scenario: GoalExamples.arabic),
            .passes("Stock from lot lot-0417 was destroyed in the fire; please do not buy it from resellers.", .en, scenario: GoalExamples.english),
            .passes("أتلف الحريق مخزون الدفعة LOT-٠٤١٧، فلا تشتروه من الموزعين.", .ar, scenario: GoalExamples.arabic),
            // A size after the cue is no code; a code after "no." is.
            .passes("A lot of 1-litre bottles burnt: lot LOT-0417 only.", .en, scenario: GoalExamples.english),
            .triggers("Please return anything from lot no. LOT-0418 to the shop.", .en, scenario: GoalExamples.english),
            .triggers("أعيدوا كل ما في الدفعة رقم LOT-0418 إلى المتجر.", .ar, scenario: GoalExamples.arabic),
        ])

    static let codeWords: Set<String> = [
        "flight", "no", "number", "gate", "berth", "batch", "route", "platform", "terminal", "hall", "ward", "room", "phase",
        "رحلة", "الرحلة", "رقم", "بوابة", "رصيف", "الرصيف", "دفعة", "التشغيلة", "المرحلة", "صالة",
    ]

    func check(_ post: PostAnalysis) -> [Finding] {
        guard let beat = post.beat else { return [] }
        let tokens = post.text.tokens
        var findings: [Finding] = []
        var reported = Set<Int>()
        var figuresByToken: [Int: Range<Int>] = [:]
        for figure in post.evidence.figures { figuresByToken[figure.lowerBound] = figure }
        let hitsByFact = beat.facts.indices.map { post.hits(PreparedBeat.factLexicon($0).lexicon) }
        let knownValues = beat.factFigures.compactMap(\.value)
        // Six words either side of the cue, within its clause: in "140 colleagues are offered a
        // transfer with a transport allowance; 40 roles end", the 40 is not a transfer figure.
        func window(_ hit: PhraseMatcher.Hit) -> Range<Int> {
            var start = hit.firstToken
            while start > max(0, hit.firstToken - 6), !Self.clauseStops.contains(tokens[start - 1].text) { start -= 1 }
            var end = hit.endToken
            while end < min(tokens.count, hit.endToken + 6), !Self.clauseStops.contains(tokens[end].text) { end += 1 }
            return start..<end
        }
        // Each cue's window, worked out once: every figure asks which facts' cues reach it.
        let windowsByFact = hitsByFact.map { $0.map(window) }
        for (index, fact) in beat.facts.enumerated() {
            guard let stated = beat.factFigures[index].value else { continue }
            // A cue right after a figure is that figure's unit ("14 baisa", "6 injured
            // workers"): in its sentence only such figures are about the fact, not "4,000 kWh"
            // or "our 40 volunteers" further back.
            var unitFigures: [Int: [Range<Int>]] = [:]
            for hit in hitsByFact[index] {
                if let figure = post.evidence.figures.first(where: { figure in
                    figure.upperBound == hit.firstToken
                        || (figure.upperBound + 1 == hit.firstToken && tokens[figure.upperBound].text == "%")
                }) { unitFigures[tokens[hit.firstToken].sentence, default: []].append(figure) }
            }
            for (hit, hitWindow) in zip(hitsByFact[index], windowsByFact[index]) {
                let figures = unitFigures[tokens[hit.firstToken].sentence] ?? hitWindow.compactMap({ figuresByToken[$0] })
                // The fact stated right beside its cue: the other figures there are about
                // something else ("we bumped 1,120 of 3.2 million passengers", "6 of our 120
                // staff were injured"), not a wrong value for it.
                if figures.contains(where: { figure in
                    StatedFigure(at: figure.lowerBound, in: tokens).map(beat.factFigures[index].numbers.contains) ?? false
                }) { continue }
                for figure in figures where !reported.contains(figure.lowerBound) {
                    let token = tokens[figure.lowerBound]
                    guard token.sentence == tokens[hit.firstToken].sentence, let written = token.number,
                          let value = StatedFigure.value(at: figure.lowerBound, in: tokens) else { continue }
                    // Nor is a part of a code written with letters ("L-2405-17").
                    if StatedCode.isInsideLetteredCode(figure.lowerBound, in: tokens) { continue }
                    // Years and codes (flight SH 417, berth 4, gate 12) are not figures.
                    if written == value, value == value.rounded(), (1900...2100).contains(value), !token.text.utf8.contains(UInt8(ascii: ",")) { continue }
                    if figure.lowerBound > 0 {
                        let before = tokens[figure.lowerBound - 1]
                        // OMR 35 million is an amount, not a code like SH 417.
                        let currency = Evidence.currencyCodes.contains(before.text)
                        if (before.isAllCaps && before.letterCount <= 3 && !currency) || Self.codeWords.contains(before.text) { continue }
                    }
                    let isPercent = StatedFigure.percentFollows(figure.lowerBound, in: tokens)
                    guard isPercent == stated.isPercent else { continue }
                    // Compare with the facts this figure is about: those whose cues are near it.
                    // "From 300 to 500 Mbps", where the scenario states both speeds, is right.
                    let about = beat.facts.indices.filter { other in
                        zip(hitsByFact[other], windowsByFact[other]).contains { cue, cueWindow in
                            cueWindow.contains(figure.lowerBound) && tokens[cue.firstToken].sentence == token.sentence
                        }
                    }
                    let figureRead = StatedFigure(number: value, isPercent: isPercent)
                    if about.contains(where: { beat.factFigures[$0].numbers.contains(figureRead) }) { continue }
                    // Another fact's own value, beside this one's cue, is that fact stated right: in
                    // "we bumped 2,400 of 3.2 million passengers" only the 2,400 is wrong.
                    if knownValues.contains(figureRead) { continue }
                    reported.insert(figure.lowerBound)
                    // The span takes the "%" or the scale word said after the figure ("٤٠ ألف").
                    let said = isPercent || written != value ? 1 : 0
                    let excerpt = post.text.excerpt(token.start, tokens[figure.upperBound - 1 + said].end)
                    findings.append(finding(Self.wrongFigure(post.feedbackLanguage, excerpt, fact.name, fact.value),
                                            tokens: figure.lowerBound..<(figure.upperBound + said), in: post,
                                            suggestion: Self.useFigure(post.feedbackLanguage, fact.value)))
                }
            }
        }
        findings += dateMismatches(post, beat: beat, reported: &reported)
        findings += codeMismatches(post, beat: beat)
        return findings
    }

    /// Facts whose value is a code ("Batch: L-2405-17") against the code written right after
    /// one of their cues ("batch L-2405-18", «التشغيلة LW-2706-16»): a recall that names the
    /// wrong batch sends families to check the wrong bottles. A code that is any code fact's
    /// value is right (a recall of two batches names both).
    func codeMismatches(_ post: PostAnalysis, beat: PreparedBeat) -> [Finding] {
        let codeFacts = beat.facts.indices.filter { beat.factFigures[$0].code != nil }
        guard !codeFacts.isEmpty else { return [] }
        let tokens = post.text.tokens
        let knownCodes = Set(codeFacts.compactMap { beat.factFigures[$0].code?.text })
        // Each code written after a cue, with the facts whose cues it follows, in post order.
        var factsByCode: [Int: (code: StatedCode, facts: [Int])] = [:]
        for index in codeFacts {
            for cue in post.hits(PreparedBeat.factLexicon(index).lexicon) {
                // The code right after its cue, or after "no.", "#" or «رقم» ("batch no. L-2405-18"):
                // "one batch of our 1-litre laban" names a size, not a batch.
                var position = cue.endToken
                while position < min(tokens.count, cue.endToken + 3), Self.codeLeads.contains(tokens.text(at: position)) { position += 1 }
                // (The leads are few and short, so the code is in the cue's statement: "no." may
                // end a sentence for the tokenizer, never for the reader.)
                if let code = StatedCode(at: position, in: tokens), !(factsByCode[position]?.facts.contains(index) ?? false) {
                    factsByCode[position, default: (code, [])].facts.append(index)
                }
            }
        }
        var findings: [Finding] = []
        for position in factsByCode.keys.sorted() {
            guard let (code, facts) = factsByCode[position], !knownCodes.contains(code.text) else { continue }
            // Each value quoted on its own, as the scenario writes it: a code is copied, not translated.
            let arabic = post.feedbackLanguage == .ar
            let names = facts.map { beat.facts[$0].name }.joined(separator: arabic ? "، " : ", ")
            let values = facts.map { arabic ? "«\(beat.facts[$0].value)»" : "'\(beat.facts[$0].value)'" }.joined(separator: arabic ? "، " : ", ")
            let excerpt = post.text.excerpt(tokens[code.tokens.lowerBound].start, tokens[code.tokens.upperBound - 1].end)
            findings.append(finding(Self.wrongCode(post.feedbackLanguage, excerpt, names, values), tokens: code.tokens, in: post,
                                    suggestion: Self.useCode(post.feedbackLanguage, values)))
        }
        return findings
    }

    /// Words between a code's cue and the code: "batch no. L-2405-17", «التشغيلة رقم».
    static let codeLeads: WordSet = ["no", ".", ":", "#", "number", "code", "رقم", "الرقم", "-"]

    /// Marks that end a clause: a figure past one belongs to another statement.
    static let clauseStops: WordSet = [";", "؛"]

    /// Facts whose value is a date ("27 April") against day numbers next to a month in the post.
    func dateMismatches(_ post: PostAnalysis, beat: PreparedBeat, reported: inout Set<Int>) -> [Finding] {
        let tokens = post.text.tokens
        var findings: [Finding] = []
        for (index, fact) in beat.facts.enumerated() {
            guard let (month, day) = beat.factFigures[index].date else { continue }
            guard !post.hits(PreparedBeat.factLexicon(index).lexicon).isEmpty else { continue }
            for position in tokens.indices where Self.months[tokens[position].text] == month {
                for neighbour in [position - 1, position + 1] where neighbour >= 0 && neighbour < tokens.count {
                    guard tokens[neighbour].kind == .number, let value = tokens[neighbour].number, value >= 1, value <= 31,
                          value != day, !reported.contains(neighbour) else { continue }
                    reported.insert(neighbour)
                    let excerpt = post.text.excerpt(tokens[min(neighbour, position)].start, tokens[max(neighbour, position)].end)
                    findings.append(finding(Self.wrongDate(post.feedbackLanguage, excerpt, fact.name, fact.value),
                                            tokens: min(neighbour, position)..<(max(neighbour, position) + 1), in: post,
                                            suggestion: Self.useDate(post.feedbackLanguage, fact.value)))
                }
            }
        }
        return findings
    }

    /// Month names in both languages (normalised), by month number: `NamedDay`'s table.
    static var months: [String: Int] { NamedDay.months }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
// The fact's name and value are the scenario author's, quoted as written.
extension FactMismatchRule {
    static let wrongFigure = Localized(en: "'{1}' does not match the known figure for {2}: {3}.",
                                       ar: "«{1}» يخالف الرقم المعلن لـ«{2}»، وهو {3}.")
    static let useFigure = Localized(en: "Use the published figure: {1}.", ar: "استخدم الرقم المعلن: {1}.")
    static let wrongDate = Localized(en: "'{1}' does not match the known date for {2}: {3}.",
                                     ar: "«{1}» يخالف التاريخ المعلن لـ«{2}»، وهو {3}.")
    static let useDate = Localized(en: "Use the published date: {1}.", ar: "استخدم التاريخ المعلن: {1}.")
    static let wrongCode = Localized(en: "'{1}' is not the known {2}: {3}.",
                                     ar: "«{1}» لا يطابق ما أُعلن لـ«{2}»: {3}.")
    static let useCode = Localized(en: "Copy the code exactly as published: {1}.", ar: "انسخ الرمز كما أُعلن تماماً: {1}.")
}
