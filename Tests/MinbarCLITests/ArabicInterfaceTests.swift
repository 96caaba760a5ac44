import Foundation
import Testing
@testable import MinbarCLI
import MinbarCore

/// `--lang ar` through whole sessions: every word a person reads is Arabic, apart from
/// what `LatinAllowList` names (ids, commands, brand names), each with its reason.
@Suite struct ArabicInterfaceTests {
    /// 2027-01-15 09:00 UTC: a day inside the manara-2027 plan's windows, so its timeline is current.
    static let day = Date(timeIntervalSince1970: 1_800_003_600)

    /// The Arabic crisis scenario with five beats, answered along one branch: a ready post
    /// (to t1-calm), a revise post full of hype (to t2-restored), then a blocked one.
    static let posts = [
        "نعتذر لأهالي الريان والنسيم والشروق والوادي. انقطاع المياه سببه كسر في الخط الناقل الرئيسي قطره 1,200 ملم، وفرقنا في الموقع الآن. وجهنا 120 صهريجاً مجانياً، والأولوية لكبار السن والمرضى. للطلب: الرقم الموحد 800123. تحديث خلال ساعة.",
        "الأمور تحت السيطرة تماماً بفضل كفاءة فرقنا التي تعد الأفضل في المنطقة!!! المياه راجعة قريباً.",
        "عاد الضخ إلى 85%. ولمن يشكك: صاحب الحساب هو حمد سعيد (الرقم المدني 11223344)، وسنحيله للجهات المختصة.",
    ]

    func session(_ folder: URL, extra: [String] = []) -> ProgramRun {
        let lines = ["/open crisis-water-outage-ar", "/hint", Self.posts[0], "/hint", "/progress", "/facilitator", "/note الوزير يتابع",
                     "/clock", "/pause", "/resume", Self.posts[1], "/timeline", "/why tone.blame", "/situation", Self.posts[2],
                     "/progress", "/help", "/export \(folder.path)/session.html", "/export \(folder.path)/session.md"] + extra + ["/quit"]
        return runMinbar(["--lang", "ar", "--data", folder.appendingPathComponent("data").path], environment: ["HOME": folder.path],
                         input: lines.joined(separator: "\n") + "\n", now: Self.day)
    }

    @Test func aWholeArabicCrisisSessionHasNoEnglishWords() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = session(folder)
        #expect(run.status == 0, "\(run.error)")
        // The session really went through the scenario and the commands (so an empty or
        // short screen cannot pass).
        for expected in ["الحكم: جاهز", "الحكم: ممنوع", "لهدف «", "الإجمالي", "ما تعمل عليه بعد ذلك", "الفجوات والتنبيهات:",
                         "وضع الميسّر", "دُوّنت", "تنطبق على:", "في خطر", "كُتبت 3 محاولات في", "اكتمل السيناريو"] {
            #expect(run.output.contains(expected), "missing \(expected)")
        }
        let english = LatinAllowList.session.englishWords(in: LatinAllowList.withoutPendingRuleText(run.output))
        #expect(english.isEmpty, "English on an Arabic screen: \(english)")
        // The scenario's audiences, listed with the Arabic comma (a Latin ", " joined them).
        #expect(run.output.contains("السكان المتأثرون، الجمهور، الجهة التنظيمية، الإعلام"), "the audience line")
    }

    @Test func theCheckUsesTheAllowListItClaims() {
        // The check itself can fail: English prose is caught, ids and commands are not.
        let list = LatinAllowList.session
        #expect(list.englishWords(in: "Verdict: جاهز") == ["Verdict"])
        #expect(list.englishWords(in: "⏱ Answered in 3 ث") == ["Answered", "in"])
        #expect(list.englishWords(in: "‎/why tone.blame‎ · crisis-water-outage-ar · t1-calm · @Hamad_AlRayyan · Minbar · X").isEmpty)
        #expect(list.englishWords(in: "لا منشور لهدف 'Show the jobs'") == ["Show", "the", "jobs"])
    }

    @Test func theArabicHTMLExportHasArabicLabelsAndIsolatesMixedRuns() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(session(folder).status == 0)
        let html = try String(contentsOf: folder.appendingPathComponent("session.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
        for label in ["نقاط القوة:", "جرّب:", "ردّ الفعل:", "الملخص", "المحاولة 1", "الرسوم البيانية", "الميسّر", "جاهز", "ممنوع"] {
            #expect(html.contains(label), "missing \(label)")
        }
        // Ids inside Arabic lines sit in <bdi>, so their punctuation stays with them.
        #expect(html.contains("<bdi>crisis-water-outage-ar</bdi>"))
        #expect(html.contains("<bdi class=\"rule\">tone.hype</bdi>"))
        #expect(html.contains("<bdi>Minbar</bdi>"), "the brand in the Arabic title is isolated")
        // No colon between the brand and the profile, two isolated Latin runs: it took the
        // line's direction and the page read "default :Minbar".
        #expect(html.contains("<bdi>Minbar</bdi> للملف الشخصي <bdi>"), "the Arabic title joins brand and profile with Arabic words")
        let english = LatinAllowList.session.englishWords(in: LatinAllowList.withoutPendingRuleText(LatinAllowList.visibleText(ofHTML: html)))
        #expect(english.isEmpty, "English in the Arabic HTML export: \(english)")
        let markdown = try String(contentsOf: folder.appendingPathComponent("session.md"), encoding: .utf8)
        let markdownEnglish = LatinAllowList.session.englishWords(in: LatinAllowList.withoutPendingRuleText(LatinAllowList.visibleText(ofHTML: markdown)))
        #expect(markdownEnglish.isEmpty, "English in the Arabic Markdown export: \(markdownEnglish)")
        // The English export of the same data keeps its English labels.
        let englishRun = runMinbar(["export", "--data", folder.appendingPathComponent("data").path, "--format", "html"], now: Self.day)
        #expect(englishRun.output.contains("<em>Reaction:</em>") && englishRun.output.contains("<html lang=\"en\" dir=\"ltr\">"))
        // The Arabic posts' findings are in Arabic, and so is their "Try:" label, which is
        // part of the finding: an English word at the head of a right-to-left line read as
        // out of place.
        #expect(englishRun.output.contains("<div dir=\"rtl\"><em>جرّب:</em> "), "\(englishRun.output)")
        #expect(!englishRun.output.contains("Try:"))
        let englishMarkdown = runMinbar(["export", "--data", folder.appendingPathComponent("data").path, "--format", "md"], now: Self.day)
        #expect(englishMarkdown.output.contains("*جرّب:*") && !englishMarkdown.output.contains("*Try:*"), "\(englishMarkdown.output)")
    }

    @Test func theCohortReportAndAfterActionReviewInArabic() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(session(folder).status == 0)
        let data = folder.appendingPathComponent("data").path
        let json = folder.appendingPathComponent("trainee.json").path
        #expect(runMinbar(["export", "--data", data, "--format", "json", "--out", json], now: Self.day).status == 0)
        for format in ["md", "html"] {
            let run = runMinbar(["cohort", "--lang", "ar", "--format", format, "--scenario", "crisis-water-outage-ar", json], now: Self.day)
            #expect(run.status == 0, "\(run.error)")
            for label in ["تقرير المجموعة", "مراجعة ما بعد التمرين", "المسارات عبر المجموعة", "المتدرب", "ملاحظة: الوزير يتابع"] {
                #expect(run.output.contains(label), "\(format): missing \(label)")
            }
            let english = LatinAllowList.session.englishWords(in: LatinAllowList.withoutPendingRuleText(LatinAllowList.visibleText(ofHTML: run.output)))
            #expect(english.isEmpty, "\(format): English in the Arabic cohort report: \(english)")
        }
        #expect(runMinbar(["cohort", "--format", "md", "--scenario", "crisis-water-outage-ar", json], now: Self.day).output.contains("## After-action review"))
    }

    static let brokenScenario = """
        # انقطاع تجريبي

        id: Broken_ID
        kind: crisis
        audience: السكان
        platform: x
        language: ar
        difficulty: 5
        colour: أحمر

        ## Situation
        انقطعت المياه عن حي الريان.

        ## Goals
        - الاعتذار: نعتذر | needs: apologyy
        - بلا علامة

        ## Reactions
        - when alignment => 80: شكراً على التوضيح
        - when finding tone.blam: غضب
        - when overall >= 70 and: ترحيب

        ## Examples
        - ready: نعتذر عن الانقطاع.
        """

    @Test func checkSpeaksArabicAndKeepsTheLocation() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("broken.scenario.md")
        try write(Self.brokenScenario, to: path)
        let run = runMinbar(["check", "--lang", "ar", path.path])
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n").map(String.init)
        // Each diagnostic: path:line:column, the severity in Arabic, the message.
        let headers = lines.filter { $0.hasPrefix(path.path + ":") }
        #expect(headers.count >= 7, "\(run.output)")
        var checked = ""
        for header in headers {
            let rest = header.dropFirst(path.path.count + 1)
            let parts = rest.split(separator: ":", maxSplits: 3).map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(parts.count == 4 && Int(parts[0]) != nil && Int(parts[1]) != nil, "\(header)")
            #expect(["خطأ", "تحذير", "ملاحظة"].contains(parts[2]), "\(header)")
            checked += parts[3] + "\n"
        }
        for hint in lines where hint.hasPrefix("    تلميح: ") { checked += hint + "\n" }
        checked += lines.last ?? ""
        #expect(lines.last?.hasPrefix("فُحص ملف واحد") == true, "\(lines.last ?? "")")
        #expect(checked.contains("تلميح:") || run.output.contains("تلميح:"))
        // Quoted file syntax ('difficulty', '- label: …', 'tone.blam') is what the author
        // typed and stays as written; everything else is Arabic.
        let english = LatinAllowList.session.englishWords(in: LatinAllowList.withoutQuotedSyntax(checked))
        #expect(english.isEmpty, "English in check --lang ar: \(english)\n\(run.output)")
        // At a terminal the Latin runs inside an Arabic message are isolated (FSI…PDI),
        // so the quotes around them stay in place; the location is untouched.
        let terminal = runMinbar(["check", "--lang", "ar", "--no-color", path.path], terminal: true)
        #expect(terminal.output.contains(path.path + ":8:13: خطأ: '\u{2068}5\u{2069}'") || terminal.output.contains("\u{2068}difficulty\u{2069}"),
                "\(terminal.output)")
        #expect(!run.output.contains("\u{2068}"), "pipes get the text unchanged")
        // The English check of the same file is unchanged in form.
        let englishRun = runMinbar(["check", path.path])
        #expect(englishRun.output.contains(": error: '5' is not a valid difficulty; expected 1, 2 or 3"))
        #expect(englishRun.output.contains("hint: did you mean 'tone.blame'?"))
    }

    @Test func everyProblemHasArabicWithoutEnglishProse() {
        // One of each kind of problem the parsers report, with the details they pass.
        let problems: [Problem] = [
            .invalidUTF8(byteOffset: 3), .nulByte(byteOffset: 4), .fileTooLarge(bytes: 9, limit: 8), .lineTooLong(characters: 9, limit: 8),
            .unterminatedComment, .missingTitle, .missingKey("kind"), .unknownKey("colour", suggestion: nil), .titleAsKey("title"),
            .frontMatterFence, .keyWithoutColon(key: "id", value: "q3-margins"),
            .duplicateKey("kind", firstLine: 2), .invalidValue(key: "date", value: "tomorrow", expected: "a day as YYYY-MM-DD"),
            .invalidValue(key: "platform", value: "myspace", expected: "one of x, linkedin or instagram"),
            .invalidIdentifier("Bad_ID"), .unexpectedText(context: "outside any section"), .unexpectedText(context: "before the title"),
            .unknownSection("Goal", suggestion: "Goals", allowed: ["Goals"]), .duplicateSection("Goals", firstLine: 3), .missingSection("Situation"),
            .malformedItem(section: "goal", expected: "'- label: cue, cue | needs: figure'"), .emptyItem(section: "branch"),
            .unknownNeed("apologyy", suggestion: "apology"), .unknownNeed("colour", suggestion: nil), .emptyFile,
            .unknownMove("shedule", suggestion: "schedule"), .unknownMove("contact", suggestion: nil),
            .unknownVerdict("fine", suggestion: nil), .invalidNumber("five"),
            .invalidValue(key: "plan", value: "../plans/a.plan.md", expected: Problem.insideTheScenarioFolder),
            .sectionNeedsBeat("Goals"), .beatSectionLevel("Goals"), .tooMany(what: "beats", count: 50, limit: 40),
            .invalidCondition("the condition ends too early"), .invalidCondition("expected a number from 0 to 100"),
            .invalidCondition("scores run from 0 to 100, not 180"), .invalidCondition("missing ')'"),
            .unknownScore("overal", suggestion: "overall"), .otherwiseNotLast(section: "Reactions"), .missingOtherwise(section: "Branches"),
            .unknownBeat("t9", suggestion: nil), .duplicateBeat("t1", firstLine: 9), .duplicateObjective("jobs", firstLine: 7), .invalidTime("soon"),
            .duplicateID("a", otherPath: "/x/a.scenario.md"), .unreachableBeat("t3"), .conditionNeverHolds("overall > 100"),
            .conditionShadowed("overall >= 90", byLine: 12), .goalWithoutCues("الاعتذار"), .duplicateGoal("الاعتذار", firstLine: 9), .goalInOtherLanguage("الاعتذار", scenarioLanguage: .en), .goalInOtherLanguage("apologise", scenarioLanguage: .ar), .noExamples, .reactionNotExercised("شكراً"),
            .exampleVerdictMismatch(expected: "ready", actual: "revise", reasons: ["tone.hype"]), .inferredMove(goal: "الاعتذار", move: "apology"),
            .unknownRule("tone.blam", suggestion: "tone.blame"), .unknownConditionRule("tone.blam", suggestion: nil, isFamily: false),
            .unknownConditionRule("tonee", suggestion: nil, isFamily: true), .operatorTypo("=>", suggestion: ">="),
            .indentedListMarker(indent: "a tab"), .indentedListMarker(indent: "3 spaces"), .continuationIndent, .missingTime(beat: "t1"),
            .timeRunsBackwards(from: "t1", fromTime: "T+3h", to: "t2", toTime: "T+1h"), .loopsBack(to: "t0", isStart: true),
            .branchNotExercised("overall >= 70"), .unknownStateName("trst", suggestion: "trust"), .overridesBundled("a", bundledPath: "scenarios/a.scenario.md"),
        ]
        for problem in problems {
            let arabic = LatinAllowList.withoutQuotedSyntax(problem.message(.ar) + "\n" + (problem.hint(.ar) ?? ""))
            let english = LatinAllowList.problems.englishWords(in: arabic)
            #expect(english.isEmpty, "\(problem.code): \(english) in \(problem.message(.ar)) / \(problem.hint(.ar) ?? "")")
            #expect(problem.message(.en) == problem.message, "English stays as it was")
        }
    }
}

/// Which Latin-letter words may appear on an Arabic screen, and why. A "word" is a
/// whitespace-separated piece of text, split further at punctuation that cannot be part
/// of an id (`· ، « » ( ) [ ] ' " ؛ : , |`), with marks that only steer direction
/// (LRM, RLM, FSI, PDI…) removed and trailing `.`/`؟`/`!` dropped. It is English when
/// it has a Latin letter and is none of:
/// - ids a person reads back or types: scenario, beat and rule ids (and `judgement.veto`),
///   the profile name `default`, file paths (anything with `/`), export formats and
///   their extensions, simulated times as files write them (`T+45m`, in `check` only);
/// - commands and options (`/why`, `--lang`) and the placeholders and words of their
///   syntax (`RULE`, `FILE`, `ID`, `BEAT`, `TEXT`, `KIND`, `TYPE`, `YYYY-MM-DD`,
///   `scenario`, `org-type`, `plan`, the organisation types), and keys (`Enter`, `Tab`, `Ctrl-D`);
/// - brand and product names: Minbar, X (the platform), and handles and addresses in the
///   scenario's own text (anything with `@`);
/// - README, the file the Arabic text points to.
struct LatinAllowList {
    var ids: Set<String>

    static let syntax: Set<String> = Set(["RULE", "FILE", "ID", "BEAT", "TEXT", "KIND", "TYPE", "YYYY-MM-DD", "scenario", "org-type", "plan",
                                      "Enter", "Tab", "Ctrl-D", "README", "md", "html", "json", "csv", ".md", ".html", ".json", ".csv", "default"])
        .union(OrganisationType.allCases.map(\.rawValue))
        // The command line `/why` quotes whole ("minbar explain RULE --all") names its command in English.
        .union([ExplainCommand.name])
    /// Brands, and the standards' own designations («شهادة ISO 14001» is written so in Arabic too).
    static let brands: Set<String> = ["Minbar", "minbar", "X", "ISO"]

    static var session: LatinAllowList {
        let library = ScenarioLibrary(files: BundledScenarios.scenarioFiles)
        var ids = Set(RuleRegistry.ids)
        for scenario in library.scenarios {
            ids.insert(scenario.id)
            ids.formUnion(scenario.beats.map(\.id))
        }
        ids.formUnion(["end", "UTF-8", Veto.ruleID])
        return LatinAllowList(ids: ids)
    }

    /// For `check`: the same, where file syntax has been taken out in quotes already.
    static var problems: LatinAllowList {
        var list = session
        // File syntax the Arabic hints name without quotes (families, operators and times).
        list.ids.formUnion(["tone.*", "policy.*", "goal.*", "platform.*", "plan.*", "style.*", "T+0", "T+45m", "T+3h", "T+1d", "T+1h30m",
                            "Examples", "otherwise", "move", "UTF-8", "15m", "1h", "1h30m", "off", "error", "warning", "note"])
        // Values the author types after a key: platforms and moves.
        list.ids.formUnion(Platform.allCases.map(\.rawValue) + Move.allCases.map(\.rawValue))
        return list
    }

    func englishWords(in text: String) -> [String] {
        // Marks that steer direction separate words too (`و‎/next‎` is "و" and "/next").
        let separators = CharacterSet(charactersIn: "·،«»()[]'\"؛:,|\u{200E}\u{200F}\u{2066}\u{2067}\u{2068}\u{2069}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}")
            .union(.whitespacesAndNewlines)
        var found: [String] = []
        for piece in text.unicodeScalars.split(whereSeparator: { separators.contains($0) }) {
            var word = String(String.UnicodeScalarView(piece))
            while let last = word.last, ".؟!?;".contains(last) { word.removeLast() }
            guard word.unicodeScalars.contains(where: { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else { continue }
            if word.contains("/") || word.hasPrefix("--") || word.contains("@") { continue }
            if word.hasPrefix("T+"), word.dropFirst(2).allSatisfy({ $0.isNumber || "dhm".contains($0) }) { continue }
            if ids.contains(word) || Self.syntax.contains(word) || Self.brands.contains(word) { continue }
            found.append(word)
        }
        return found
    }

    /// Text between single quotes is file syntax the author wrote (`'difficulty'`, `'- label: …'`).
    static func withoutQuotedSyntax(_ text: String) -> String {
        var result = "", inside = false
        for character in text {
            if character == "'" { inside.toggle(); continue }
            if !inside { result.append(character) }
        }
        return result
    }

    /// A rule's rationale is shown in English where no Arabic one is written yet
    /// (`RuleDescriptor.rationaleAr` is nil; the rule's own files, another change): that
    /// text, exactly, is taken out before the check. Titles, findings and examples are not.
    static func withoutPendingRuleText(_ text: String) -> String {
        var result = text
        for rule in RuleRegistry.all where rule.descriptor.rationaleAr == nil {
            result = result.replacingOccurrences(of: rule.descriptor.rationale, with: "")
        }
        return result
    }

    /// What a reader sees of an HTML (or Markdown) document: no tags, no style sheet,
    /// the common entities decoded.
    static func visibleText(ofHTML html: String) -> String {
        var text = html
        if let start = text.range(of: "<style>"), let end = text.range(of: "</style>") { text.removeSubrange(start.lowerBound..<end.upperBound) }
        var result = "", inTag = false
        for character in text {
            if character == "<" { inTag = true; result.append(" "); continue }
            if character == ">" && inTag { inTag = false; continue }
            if !inTag { result.append(character) }
        }
        for (entity, character) in [("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        // Markdown's own marks (`**`, backticks, `|` table rules, `---`) are not words.
        return result.replacingOccurrences(of: "`", with: " ").replacingOccurrences(of: "*", with: " ")
    }
}
