import Foundation
import Testing
@testable import MinbarCLI

@Suite struct ScoreCommandTests {
    @Test func scoresAPostFromStandardInput() {
        let blocked = runMinbar(["score", "--scenario", "investor-q3-margins"], input: "Relax: next quarter margin will be back above 41%.\n")
        #expect(blocked.status == 1)
        #expect(blocked.output.contains("BLOCKED"))
        #expect(blocked.output.contains("policy.guidance"))
        #expect(blocked.output.contains("professionalism"))
        #expect(!blocked.output.contains("\u{1B}["), "no colour when not a terminal")
        let shouty = runMinbar(["score"], input: "Thank you all!!!")
        #expect(shouty.output.contains("at 13-16: «!!!»"), "\(shouty.output)")

        let fine = runMinbar(["score"], input: "نفخر بفريقنا في صحار الذي أنجز توسعة الرصيف قبل موعدها بشهرين.")
        #expect(fine.status == 0, "\(fine.output)")
        #expect(fine.output.contains("READY"))
    }

    /// The post can be given on the command line with --text; words typed where a file
    /// goes get a hint to use it instead of "no such file".
    @Test func scoresAPostGivenWithText() {
        let blocked = runMinbar(["score", "--text", "Relax: next quarter margin will be back above 41%.", "--scenario", "investor-q3-margins"])
        #expect(blocked.status == 1 && blocked.output.contains("policy.guidance"), "\(blocked.output)\(blocked.error)")
        let arabic = runMinbar(["score", "--text", "نفخر بفريقنا في صحار الذي أنجز توسعة الرصيف قبل موعدها بشهرين."])
        #expect(arabic.status == 0 && arabic.output.contains("READY"), "\(arabic.output)\(arabic.error)")
        let typed = runMinbar(["score", "We are sorry for the delay."])
        #expect(typed.status == 2)
        #expect(typed.error.contains("is not a file") && typed.error.contains("--text"), "\(typed.error)")
        let typedArabic = runMinbar(["score", "--lang", "ar", "نعتذر عن التأخير"])
        #expect(typedArabic.status == 2 && typedArabic.error.contains("ليس ملفاً") && typedArabic.error.contains("--text"), "\(typedArabic.error)")
        let missing = runMinbar(["score", "draft.txt"])
        #expect(missing.error.contains("no such file"), "a path stays a path: \(missing.error)")
        #expect(runMinbar(["score", "--text", "Hello", "draft.txt"]).status == 2)
        #expect(runMinbar(["score", "--jsonl", "--text", "Hello"]).status == 2)
    }

    /// An Arabic post is explained in Arabic under an English interface, "try:" label
    /// included: it is part of the finding, and an English word at the head of an Arabic
    /// suggestion read as out of place. The English post keeps "try:".
    @Test func theTryLabelIsInTheFindingsLanguage() {
        let arabic = runMinbar(["score", "--lang", "en"], input: "شكراً للجميع!!!")
        #expect(arabic.output.contains("جرّب: "), "\(arabic.output)")
        #expect(!arabic.output.contains("try: "), "\(arabic.output)")
        #expect(arabic.output.contains("professionalism"), "the interface stays English: \(arabic.output)")
        let english = runMinbar(["score", "--lang", "en"], input: "Thank you all!!!")
        #expect(english.output.contains("try: "), "\(english.output)")
    }

    @Test func jsonOutputHasTheDocumentedFields() throws {
        let run = runMinbar(["score", "--json", "--platform", "linkedin"], input: "Our shares are undervalued. Buy now!!!")
        #expect(run.status == 1)
        let object = try #require(try parseJSON(run.output) as? [String: Any])
        #expect(object["language"] as? String == "en")
        #expect(object["verdict"] as? String == "blocked")
        let scores = try #require(object["scores"] as? [String: Any])
        #expect(scores["alignment"] is NSNull)
        for key in ["professionalism", "compliance", "overall"] { #expect(scores[key] is Int) }
        let findings = try #require(object["findings"] as? [[String: Any]])
        let sharePrice = try #require(findings.first { $0["rule"] as? String == "policy.share-price" })
        #expect(sharePrice["excerpt"] as? String == "undervalued")
        #expect(sharePrice["start"] as? Int == 15 && sharePrice["end"] as? Int == 26)
        for finding in findings {
            for key in ["rule", "dimension", "severity", "message", "suggestion"] { #expect(finding[key] is String, "\(key)") }
        }
    }

    @Test func jsonlStreamsInOrderAndSurvivesBadLines() throws {
        let input = """
            {"id": "a1", "text": "We are sorry for the outage. Next update at 18:00.", "scenario": "investor-q3-margins"}
            this is not json
            {"id": "a3", "text": "قبل الإعلان الرسمي: أرباحنا ارتفعت ٢٠٪", "platform": "linkedin"}
            {"id": 4, "text": "hello", "scenario": "no-such-scenario"}
            {"id": "a5"}
            {"id": "a6", "text": ""}
            {"id": "a7", "text": " \\u3000 ", "platform": "x"}
            """
        let run = runMinbar(["score", "--jsonl"], input: input)
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 7)
        let objects = try lines.map { try #require(try parseJSON(String($0)) as? [String: Any]) }
        #expect(objects[0]["id"] as? String == "a1")
        #expect((objects[0]["scores"] as? [String: Any])?["alignment"] is Int)
        #expect(objects[1]["error"] as? String == "line 2 is not a JSON object")
        #expect(objects[2]["verdict"] as? String == "blocked")
        #expect(objects[2]["language"] as? String == "ar")
        #expect(objects[3]["id"] as? Int == 4 && (objects[3]["error"] as? String)?.contains("no-such-scenario") == true)
        #expect(objects[4]["error"] as? String == "missing \"text\" (a string)")
        // An empty text is an error, not a perfect score, by either reader of the line.
        #expect(objects[5]["id"] as? String == "a6" && (objects[5]["error"] as? String)?.contains("empty") == true, "\(objects[5])")
        #expect(objects[6]["id"] as? String == "a7" && (objects[6]["error"] as? String)?.contains("empty") == true, "\(objects[6])")
    }

    @Test func rulesCanBeChosenAndMisspeltOnesAreCaught() {
        let only = runMinbar(["score", "--only", "tone.slang", "--json"], input: "lol next quarter revenue will double")
        #expect(only.status == 0)
        #expect(only.output.contains("tone.slang") && !only.output.contains("policy.guidance"))
        let typo = runMinbar(["score", "--disable", "tone.slagn"], input: "hi")
        #expect(typo.status == 2)
        #expect(typo.error.contains("did you mean 'tone.slang'?"))
    }

    /// `score --text hi extra.txt` said "'score' takes no argument 'extra.txt'", but score
    /// does take a FILE: the trouble is two posts for one score, and the message says so.
    @Test(arguments: [
        ("en", "minbar: error: --text and a FILE ('extra.txt') cannot be used together"),
        ("ar", "minbar: خطأ: لا يُستعمل --text مع FILE ('extra.txt') معاً"),
    ])
    func textAndAFileAreOnePostTooMany(_ language: String, _ message: String) {
        for arguments in [["score", "--text", "hi", "extra.txt"], ["score", "extra.txt", "--text", "hi"], ["score", "--text", "hi", "extra.txt", "more.txt"]] {
            let run = runMinbar(arguments + ["--lang", language])
            #expect(run.status == 2, "\(arguments)")
            #expect(run.error.contains(message), "\(run.error)")
            #expect(!run.error.contains("takes no argument"), "\(run.error)")
            #expect(!run.error.contains("لا يأخذ الوسيط"), "\(run.error)")
        }
    }

    /// An id typed short (`crisis-overbooked`) is many edits from the whole id, more than a
    /// typo may be, so nothing was offered; it is offered now, by score and by /open alike.
    @Test(arguments: [
        ("en", "crisis-overbooked", "minbar: hint: did you mean 'crisis-overbooked-flight'?",
         "No scenario called 'crisis-overbooked'. Did you mean crisis-overbooked-flight?"),
        ("ar", "crisis-overbooked", "minbar: تلميح: هل تقصد 'crisis-overbooked-flight'؟",
         "لا يوجد سيناريو باسم 'crisis-overbooked'. هل تقصد crisis-overbooked-flight؟"),
        // The shortest of several ids that start with it, when it begins all of them.
        ("en", "crisis-dairy", "minbar: hint: did you mean 'crisis-dairy-recall'?",
         "No scenario called 'crisis-dairy'. Did you mean crisis-dairy-recall?"),
        // A typo is still caught by its edit distance.
        ("en", "crisis-overbookd-flight", "minbar: hint: did you mean 'crisis-overbooked-flight'?",
         "No scenario called 'crisis-overbookd-flight'. Did you mean crisis-overbooked-flight?"),
    ])
    func anUnknownScenarioIdTypedShortIsOffered(_ language: String, _ typed: String, _ hint: String, _ repl: String) throws {
        let run = runMinbar(["score", "--lang", language, "--scenario", typed, "--text", "We are sorry."])
        #expect(run.status == 2)
        #expect(run.error.contains(hint), "\(run.error)")
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let practice = runMinbar(["--data", data.path, "--lang", language], input: "/open \(typed)\n/quit\n")
        #expect(practice.output.contains(repl), "\(practice.output)")
        // Several ids that start with it, none the start of the others: nothing is guessed.
        #expect(!runMinbar(["score", "--scenario", "crisis-", "--text", "x"]).error.contains("did you mean"))
    }

    @Test func scenarioByFileAndUnknownScenario() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(sampleScenario, to: folder.appendingPathComponent("q3.scenario.md"))
        let byFile = runMinbar(["score", "--scenario", "q3.scenario.md", "--json"], input: "Margin declined to 37%.", directory: folder.path)
        #expect(byFile.status == 0, "\(byFile.error)")
        let scores = try #require((try parseJSON(byFile.output) as? [String: Any])?["scores"] as? [String: Any])
        // The one goal is met; an investor post with no plan loses the audience-fit note.
        #expect(scores["alignment"] as? Int == 95)
        let unknown = runMinbar(["score", "--scenario", "investor-q3-margin"], input: "x")
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("did you mean 'investor-q3-margins'?"))
        #expect(runMinbar(["score"], input: "   \n").status == 2)
    }

    @Test func aScenarioCannotReachOutsideItsFolderForAPolicy() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let trainers = folder.appendingPathComponent("trainers")
        try write(sampleScenario.replacingOccurrences(of: "difficulty: 2", with: "difficulty: 2\npolicy: ../../../../etc/secret.policy.md"),
                  to: trainers.appendingPathComponent("q3.scenario.md"))
        try write("# Secret\n## Banned terms\n- margin\n", to: folder.appendingPathComponent("secret.policy.md"))
        let run = runMinbar(["check", "trainers"], directory: folder.path)
        #expect(run.output.contains("expected a file inside the scenario's folder"))
    }

    @Test func policyFileFromTheCommandLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("# Policy\n## Banned terms\n- cheapest in Oman\n", to: folder.appendingPathComponent("p.policy.md"))
        let run = runMinbar(["score", "--policy", "p.policy.md"], input: "We are the cheapest in Oman.", directory: folder.path)
        #expect(run.status == 1)
        #expect(run.output.contains("policy.banned-term"))
        #expect(runMinbar(["score", "--policy", "missing.policy.md"], input: "x", directory: folder.path).status == 2)
    }
}

@Suite struct RulesAndExplainTests {
    @Test func rulesListsEveryRuleWithBothLanguages() throws {
        let run = runMinbar(["rules", "--json"])
        #expect(run.status == 0)
        let rules = try #require(try parseJSON(run.output) as? [[String: Any]])
        #expect(rules.count >= 30)
        let hype = try #require(rules.first { $0["id"] as? String == "tone.hype" })
        #expect(hype["languages"] as? [String] == ["en", "ar"])
        #expect((hype["examples"] as? [[String: Any]])?.count == 2)
        #expect(runMinbar(["rules"]).output.contains("policy.mnpi"))
    }

    @Test func explainTeachesARule() {
        let run = runMinbar(["explain", "policy.mnpi"])
        #expect(run.status == 0)
        #expect(run.output.contains("selective"))
        #expect(run.output.contains("Fires on:") && run.output.contains("Passes:"))
        #expect(run.output.contains("[ar]"))
        let typo = runMinbar(["explain", "policy.mnp"])
        #expect(typo.status == 2 && typo.error.contains("did you mean 'policy.mnpi'?"))
    }
}

/// A post file that is not text (bytes that are not UTF-8, a NUL) is refused with where
/// it breaks, not scored as whatever decoding made of it.
@Suite struct NotTextPostTests {
    @Test func aFileThatIsNotTextIsRefusedWithItsPlace() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let junk = folder.appendingPathComponent("photo.jpg")
        try Data([0x48, 0x69, 0x0A, 0x6F, 0x6B, 0xFF, 0xD8, 0xFF, 0xE0]).write(to: junk)
        let run = runMinbar(["score", junk.path])
        #expect(run.status == 2, "\(run.output)")
        #expect(run.error.contains("photo.jpg:2:3") && run.error.contains("not UTF-8"), "\(run.error)")
        let nul = folder.appendingPathComponent("post.txt")
        try Data("نعتذر\0عن التأخير".utf8).write(to: nul)
        let arabic = runMinbar(["score", "--lang", "ar", nul.path])
        #expect(arabic.status == 2)
        #expect(arabic.error.contains("post.txt:1:6") && arabic.error.contains("NUL") && arabic.error.contains("نصاً"), "\(arabic.error)")
        let piped = runMinbar(["score"], input: "hello\0world")
        #expect(piped.status == 2 && piped.error.contains("NUL"), "\(piped.error)")
        let fine = folder.appendingPathComponent("fine.txt")
        try Data("نعتذر عن التأخير، وموعد الصرف 28 مايو.\n".utf8).write(to: fine)
        #expect(runMinbar(["score", fine.path]).status == 0)
    }
}

/// A post with no letters (emoji, digits) has no language of its own: it is explained in
/// the interface's, not in English under Arabic labels.
@Suite struct LetterlessPostTests {
    @Test func aPostWithoutLettersSpeaksTheInterfacesLanguage() {
        let arabic = runMinbar(["score", "--lang", "ar", "--text", "🙏🙏"])
        #expect(arabic.output.contains("لا يقدّم المنشور للقارئ ما يستفيد منه"), "\(arabic.output)")
        #expect(!arabic.output.contains("The post gives readers nothing"), "\(arabic.output)")
        let english = runMinbar(["score", "--lang", "en", "--text", "🙏🙏"])
        #expect(english.output.contains("The post gives readers nothing to use"), "\(english.output)")
        // A post with words keeps its own language whatever the interface.
        let englishPost = runMinbar(["score", "--lang", "ar", "--text", "Thanks 🙏"])
        #expect(!englishPost.output.contains("لا يقدّم المنشور"), "\(englishPost.output)")
    }
}
