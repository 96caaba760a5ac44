import Foundation
import Testing
@testable import MinbarCore

/// Every finding speaks the post's language, for every rule: an Arabic post is explained
/// and advised in Arabic (with Arabic examples), an English post in English.
///
/// What "in Arabic" means here, precisely: take the finding's message and suggestion;
/// remove what people wrote and the finding quotes (a span in «», '', "" or () whose
/// text occurs verbatim in the post, the scenario, the plan or the policy: an excerpt, a
/// goal label, an objective title, a policy's name or disclaimer), every rule id, and
/// e-mail addresses and links (a word holding "@" or "://", such as "care@").
/// What is left is the rule's own sentence. For an Arabic post it must hold at least ten
/// Arabic letters and no run of three or more ASCII letters except the brand and standard
/// names in `allowedLatin`. For an English post it must hold no Arabic letter.
@Suite struct FeedbackLanguageTests {
    /// Names that stay as they are written in any language: platforms and standards.
    static let allowedLatin: Set<String> = ["LinkedIn", "Facebook", "Instagram", "ISO", "BSI", "MSCI", "ESG"]

    static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x0620...0x064A).contains(scalar.value) || (0x0671...0x06D3).contains(scalar.value)
            || (0xFB50...0xFDFF).contains(scalar.value) || (0xFE70...0xFEFF).contains(scalar.value)
    }

    static func arabicLetters(_ text: String) -> Int { text.unicodeScalars.filter(isArabicLetter).count }

    /// Maximal runs of ASCII letters of length three or more.
    static func latinRuns(_ text: String) -> [String] {
        var runs: [String] = [], current = ""
        for character in text + " " {
            if character.isASCII, character.isLetter { current.append(character); continue }
            if current.count >= 3 { runs.append(current) }
            current = ""
        }
        return runs
    }

    /// The rule's own words: `text` without the quoted spans that are the inputs' words, and without rule ids.
    static func ownWords(_ text: String, inputs: [String]) -> String {
        var result = text
        for pattern in ["«([^«»]*)»", "'([^']*)'", "\"([^\"]*)\"", "\\(([^()]*)\\)"] {
            let expression = try! NSRegularExpression(pattern: pattern)
            // Replace from the end so earlier ranges stay valid.
            for match in expression.matches(in: result, range: NSRange(result.startIndex..., in: result)).reversed() {
                let inside = String(result[Range(match.range(at: 1), in: result)!]).trimmingCharacters(in: .whitespaces)
                guard !inside.isEmpty, inputs.contains(where: { $0.contains(inside) }) else { continue }
                result.replaceSubrange(Range(match.range, in: result)!, with: " ")
            }
        }
        for id in RuleRegistry.ids + [Veto.ruleID] { result = result.replacingOccurrences(of: id, with: " ") }
        // Addresses are not words of a language: "care@", "https://…".
        return result.split(separator: " ", omittingEmptySubsequences: false)
            .filter { !$0.contains("@") && !$0.contains("://") }.joined(separator: " ")
    }

    /// What is wrong with `finding` for a post in `language`, or nil when it speaks that language.
    static func problem(_ finding: Finding, language: PostLanguage, inputs: [String]) -> String? {
        let own = ownWords(finding.message + " \n " + finding.suggestion, inputs: inputs)
        let said = "\(finding.ruleID): \(finding.message) / \(finding.suggestion)"
        switch language {
        case .ar:
            if arabicLetters(own) < 10 { return "not Arabic: \(said)" }
            let english = latinRuns(own).filter { !allowedLatin.contains($0) }
            if !english.isEmpty { return "English words \(english) to an Arabic post: \(said)" }
        case .en:
            if arabicLetters(own) > 0 { return "Arabic letters to an English post: \(said)" }
        case .mixed:
            break
        }
        return nil
    }

    @Test func everyRuleExplainsItsArabicExamplesInArabicAndItsEnglishOnesInEnglish() {
        let engine = ScoringEngine()
        var checked: [PostLanguage: Set<String>] = [:]
        for rule in RuleRegistry.all {
            for example in rule.descriptor.examples where example.triggers {
                let report = engine.score(example.text, beat: prepared(example.scenario), plan: preparedPlan(example.plan),
                                          platform: example.platform, date: exampleDay)
                let inputs = [example.text, example.scenario ?? "", example.plan ?? ""]
                // Every finding on the post, the rule's own and any other rule's (and the engine's veto).
                for finding in report.findings {
                    if let problem = Self.problem(finding, language: example.language, inputs: inputs) {
                        Issue.record("\(problem)\n  post: \(example.text)")
                    }
                }
                if report.findings.contains(where: { $0.ruleID == rule.id }) { checked[example.language, default: []].insert(rule.id) }
            }
        }
        // Every rule with a triggering example in a language was heard in it.
        for language in [PostLanguage.ar, .en] {
            let expected = Set(RuleRegistry.all.filter { $0.descriptor.examples.contains { $0.triggers && $0.language == language } }.map(\.id))
            #expect(checked[language, default: []] == expected, "\(language): \(expected.subtracting(checked[language, default: []]))")
            #expect(expected.count >= 45)
        }
    }

    /// Posts people actually published, and the labelled corpora written like them: every
    /// finding on every one that is wholly Arabic or wholly English speaks its language.
    @Test func realPostsAreExplainedInTheirOwnLanguage() {
        let engine = ScoringEngine()
        let posts = RealCases.all.map { ($0.id, $0.text, Platform.x) }
            + (Corpus.posts + Corpus.heldOut).map { ($0.id, $0.text, $0.platform) }
        var heard: [PostLanguage: Int] = [:]
        for (id, text, platform) in posts {
            let report = engine.score(text, platform: platform)
            for finding in report.findings {
                heard[report.language, default: 0] += 1
                if let problem = Self.problem(finding, language: report.language, inputs: [text]) {
                    Issue.record("\(id): \(problem)")
                }
            }
        }
        #expect(posts.count >= 500)
        #expect(heard[.ar, default: 0] >= 100 && heard[.en, default: 0] >= 100, "\(heard)")
    }

    /// An Omani company's policy, written in Arabic by its communications department.
    static let arabicPolicy = """
        # سياسة التواصل الاجتماعي لشركة صديم للخدمات اللوجستية
        organisation: صديم للخدمات اللوجستية

        ## Banned terms
        - التوصيل مضمون، أرخص سعر في عمان
        ## Quiet periods
        - 2026-12-15 to 2027-01-20: نتائج الربع الرابع
        ## Disclaimers
        - هذا المحتوى ليس نصيحة استثمارية. | when: أسهم، توزيعات الأرباح
        """

    /// The same company's policy as its English-speaking head office wrote it.
    static let englishPolicy = """
        # Sadeem Logistics social media policy
        organisation: Sadeem Logistics

        ## Banned terms
        - guaranteed delivery, cheapest in Oman
        ## Quiet periods
        - 2026-12-15 to 2027-01-20: Q4 results
        ## Disclaimers
        - Not investment advice. | when: shares, dividend, أسهم
        """

    /// The rules an organisation's policy drives have no examples of their own: each is
    /// heard here, under a policy in either language, on posts in either language.
    @Test(arguments: [
        (arabicPolicy, "التوصيل مضمون لكل عملائنا في مسقط خلال يوم واحد.", PostLanguage.ar, "policy.banned-term"),
        (arabicPolicy, "ارتفعت الإيرادات بقوة هذا العام، وننتظر إعلان النتائج.", .ar, "policy.quiet-period"),
        (arabicPolicy, "يسعدنا أن نعلن توزيعات الأرباح لمساهمينا عن عام ٢٠٢٦.", .ar, "policy.disclaimer"),
        (englishPolicy, "ارتفعت الإيرادات بقوة هذا العام، وننتظر إعلان النتائج.", .ar, "policy.quiet-period"),
        (englishPolicy, "أسهم الشركة متاحة الآن لصغار المستثمرين عبر تطبيقنا.", .ar, "policy.disclaimer"),
        (englishPolicy, "We offer guaranteed delivery to every customer in Muscat.", .en, "policy.banned-term"),
        (englishPolicy, "Revenue grew strongly this year, and results follow soon.", .en, "policy.quiet-period"),
        (englishPolicy, "Our dividend for 2026 will be paid to shareholders in March.", .en, "policy.disclaimer"),
    ])
    func policyRulesSpeakThePostsLanguage(_ policyText: String, _ post: String, _ language: PostLanguage, _ ruleID: String) throws {
        let parsed = PolicyParser.parse(path: "sadeem.policy.md", text: policyText)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let policy = try #require(parsed.policy)
        let report = ScoringEngine(policy: policy.merged(over: .standard)).score(post, date: CalendarDate(year: 2027, month: 1, day: 5))
        #expect(report.language == language)
        #expect(report.ruleIDs.contains(ruleID), "\(report.ruleIDs)")
        for finding in report.findings {
            if let problem = Self.problem(finding, language: language, inputs: [post, policyText]) { Issue.record("\(problem)") }
        }
    }

    /// The engine's own finding (publishing a vetoed post) follows the post too.
    @Test func theVetoSpeaksThePostsLanguage() throws {
        let engine = ScoringEngine()
        let arabic = try #require(engine.score("نعتزم الاستحواذ على حصة ٣٠٪ في الشركة قبل نهاية العام.").findings.first { $0.ruleID == Veto.ruleID })
        let english = try #require(engine.score("Am considering taking the company private at $42 a share.").findings.first { $0.ruleID == Veto.ruleID })
        #expect(Self.problem(arabic, language: .ar, inputs: []) == nil, "\(arabic.message)")
        #expect(Self.problem(english, language: .en, inputs: []) == nil, "\(english.message)")
        #expect(arabic.message.contains("policy.corporate-action") && english.message.contains("policy.corporate-action"))
    }

    /// A word quoted from an English plan stays as written; the sentence around it is Arabic.
    @Test func quotedInputsStayAsWrittenInsideAnArabicSentence() throws {
        let report = ScoringEngine().score("الاستدامة في قلب كل ما نقوم به.", plan: preparedPlan(PlanExamples.plan), date: exampleDay)
        let unbacked = try #require(report.findings.first { $0.ruleID == "plan.unbacked" })
        #expect(unbacked.message.contains("«Show the sustainability strategy to shareholders»"), "\(unbacked.message)")
        #expect(Self.problem(unbacked, language: .ar, inputs: [PlanExamples.plan]) == nil)
        // Without the plan's words removed, the check sees the English and fails: it can fail.
        #expect(Self.problem(unbacked, language: .ar, inputs: []) != nil)
    }

    /// A list named to an Arabic reader is joined with the Arabic comma «،», and to an
    /// English reader with ", ": here the scenario's audiences in `goal.audience-fit`.
    @Test func listsUseTheCommaOfTheMessagesLanguage() throws {
        func audienceFit(_ post: String, audience: String) throws -> String {
            let text = """
                # Targets
                id: t-targets
                kind: employee
                audience: \(audience)
                platform: linkedin
                language: ar
                difficulty: 1

                ## Situation
                The quarter closed.
                """
            let scenario = try #require(ScenarioParser.parse(path: "t.scenario.md", text: text).scenario)
            let report = ScoringEngine().score(post, beat: PreparedBeat(scenario: scenario, beat: scenario.beats[0]), date: exampleDay)
            return try #require(report.findings.first { $0.ruleID == "goal.audience-fit" }).message
        }
        let arabic = try audienceFit("نعمل كل يوم بجد.", audience: "الموظفون، الكفاءات الوطنية")
        #expect(arabic.contains("الموظفون، الكفاءات الوطنية"), "\(arabic)")
        #expect(!arabic.contains(", "), "\(arabic)")
        let english = try audienceFit("We work hard every day.", audience: "employees, graduates")
        #expect(english.contains("employees, graduates"), "\(english)")
        #expect(!english.contains("،"), "\(english)")
    }

    /// A plan that gives an objective an Arabic title (`title-ar:`) is quoted by it to an
    /// Arabic post, and by its English title to an English one.
    @Test func planObjectivesAreNamedInThePostsLanguageWhenThePlanHasBoth() throws {
        let plan = PlanExamples.plan.replacingOccurrences(
            of: "audience: shareholders\n", with: "title-ar: عرض استراتيجية الاستدامة على المساهمين\naudience: shareholders\n")
        let prepared = try #require(preparedPlan(plan))
        #expect(prepared.plan.objectives.first?.arabicTitle == "عرض استراتيجية الاستدامة على المساهمين")
        let engine = ScoringEngine()
        let arabic = engine.score("الاستدامة في قلب كل ما نقوم به.", plan: prepared, date: exampleDay).findings
        let english = engine.score("Sustainability is at the heart of everything we do.", plan: prepared, date: exampleDay).findings
        let unbackedArabic = try #require(arabic.first { $0.ruleID == "plan.unbacked" })
        let unbackedEnglish = try #require(english.first { $0.ruleID == "plan.unbacked" })
        #expect(unbackedArabic.message.contains("«عرض استراتيجية الاستدامة على المساهمين»"), "\(unbackedArabic.message)")
        #expect(Self.latinRuns(unbackedArabic.message).isEmpty, "\(unbackedArabic.message)")
        #expect(unbackedEnglish.message.contains("'Show the sustainability strategy to shareholders'"), "\(unbackedEnglish.message)")
        let offPlan = try #require(engine.score("غروب جميل في مسقط الليلة.", plan: prepared, date: exampleDay).findings.first { $0.ruleID == "plan.off-plan" })
        #expect(offPlan.suggestion.contains("«عرض استراتيجية الاستدامة على المساهمين»"), "\(offPlan.suggestion)")
    }

    @Test func everyRuleHasAnArabicTitle() {
        var seen: [String: String] = [:]
        for rule in RuleRegistry.all {
            let descriptor = rule.descriptor
            let arabic = descriptor.title(in: .ar)
            #expect(descriptor.title(in: .en) == descriptor.title, "\(rule.id)")
            #expect(!descriptor.titleAr.isEmpty && arabic == descriptor.titleAr, "\(rule.id) has no Arabic title")
            #expect(Self.arabicLetters(arabic) >= 4 && Self.latinRuns(arabic).isEmpty, "\(rule.id): '\(arabic)'")
            if let other = seen[arabic] { Issue.record("\(rule.id) and \(other) share the Arabic title '\(arabic)'") }
            seen[arabic] = rule.id
        }
        #expect(seen.count == RuleRegistry.all.count)
    }

    /// `minbar explain` and `/why` show the rationale in the interface's language.
    @Test func everyRuleExplainsWhyInArabic() {
        for rule in RuleRegistry.all {
            let descriptor = rule.descriptor
            #expect(descriptor.rationale(in: .en) == descriptor.rationale)
            let arabic = descriptor.rationale(in: .ar)
            #expect(descriptor.rationaleAr != nil && arabic == descriptor.rationaleAr, "\(rule.id) has no Arabic rationale")
            #expect(Self.arabicLetters(arabic) >= 40, "\(rule.id)")
            #expect(Self.latinRuns(arabic).filter { !Self.allowedLatin.contains($0) }.isEmpty, "\(rule.id): \(Self.latinRuns(arabic))")
        }
        // A rule written without one yet still explains itself, in English.
        let draft = RuleDescriptor(id: "tone.draft", title: "Draft", titleAr: "مسودة", dimension: .professionalism, severity: .note,
                                   rationale: "Why it matters.", examples: [])
        #expect(draft.rationale(in: .ar) == "Why it matters.")
    }
}
