import Foundation
import Testing

/// Findings for a post scored through the CLI, as (rule, excerpt) pairs.
private func findings(_ post: String, policy: String? = nil) throws -> [(rule: String, excerpt: String)] {
    var arguments = ["score", "--json"]
    var folder: URL?
    if let policy {
        let url = try temporaryFolder()
        folder = url
        try write(policy, to: url.appendingPathComponent("p.policy.md"))
        arguments += ["--policy", url.appendingPathComponent("p.policy.md").path]
    }
    defer { if let folder { try? FileManager.default.removeItem(at: folder) } }
    let run = runMinbar(arguments, input: post)
    let object = try #require(try parseJSON(run.output) as? [String: Any], "\(run.error)")
    let list = try #require(object["findings"] as? [[String: Any]])
    return list.map { ($0["rule"] as? String ?? "", $0["excerpt"] as? String ?? "") }
}

private let policy = """
    # Sadeem Logistics social media policy
    organisation: Sadeem Logistics
    competitors: Barq Express, برق إكسبرس

    ## Code names
    - Falcon
    - الصقر
    """

/// Hashtags and handles are words to the phrase matcher; the finding points at the
/// hashtag or handle as written.
@Suite struct HashtagsAndHandlesTests {
    @Test(arguments: [
        ("The critics are #idiots", "#idiots"),
        ("Our shares are #undervalued", "#undervalued"),
        ("النقاد #تافهين ولا يستحقون الرد.", "#تافهين"),
        ("هذا كلام #تافه ولا يستحق الرد.", "#تافه"),
    ])
    func insultsAndClaimsInHashtagsAreFound(post: String, excerpt: String) throws {
        let found = try findings(post)
        #expect(found.contains { $0.excerpt == excerpt }, "\(found)")
    }

    @Test(arguments: [
        ("#Falcon launches in March.", "policy.confidential", "#Falcon"),
        ("#الصقر يسير وفق الخطة.", "policy.confidential", "#الصقر"),
        ("@BarqExpress is a joke", "policy.competitor", "@BarqExpress"),
        ("@barq_express is a joke", "policy.competitor", "@barq_express"),
        ("خدمة @برق_إكسبرس فاشلة", "policy.competitor", "@برق_إكسبرس"),
    ])
    func codeNamesAndCompetitorsInHashtagsAndHandlesAreFound(post: String, rule: String, excerpt: String) throws {
        let found = try findings(post, policy: policy)
        // The competitor finding quotes its whole sentence; it must include the handle.
        #expect(found.contains { $0.rule == rule && $0.excerpt.contains(excerpt) }, "\(found)")
    }

    @Test func hashtagsAreStillCountedAsHashtags() throws {
        let post = "Proud of the team. #logistics #oman #ports #growth #team #future #تميز"
        #expect(try findings(post).contains { $0.rule == "platform.hashtags" })
    }
}

/// Words in disguise read as the words they spell; the finding points at the disguise.
@Suite struct ObfuscatedWordsTests {
    @Test(arguments: [
        ("What the f*ck were they thinking?", "f*ck"),
        ("This plan is sh1t.", "sh1t"),
        ("This plan is $hit.", "$hit"),
        ("The critics are id10ts.", "id10ts"),
        ("What the f u c k were they thinking?", "f u c k"),
        ("What the f-u-c-k were they thinking?", "f-u-c-k"),
        ("What the fu\u{0441}k were they thinking?", "fu\u{0441}k"),
        ("What the \u{FF46}\u{FF55}\u{FF43}\u{FF4B} were they thinking?", "\u{FF46}\u{FF55}\u{FF43}\u{FF4B}"),
        ("What the \u{1D41F}\u{1D42E}\u{1D41C}\u{1D424} were they thinking?", "\u{1D41F}\u{1D42E}\u{1D41C}\u{1D424}"),
        ("What the fu\u{200B}ck were they thinking?", "fu\u{200B}ck"),
        ("The critics are idi\u{00AD}ots.", "idi\u{00AD}ots"),
        ("The critics are \u{0456}d\u{0456}\u{03BF}ts.", "\u{0456}d\u{0456}\u{03BF}ts"),
    ])
    func englishDisguisesAreFound(post: String, excerpt: String) throws {
        let found = try findings(post)
        #expect(found.contains { $0.excerpt == excerpt }, "\(found)")
    }

    @Test(arguments: [
        ("هذا كلام \u{FE97}\u{FE8E}\u{FED3}\u{FEEA} ولا يستحق الرد.", "\u{FE97}\u{FE8E}\u{FED3}\u{FEEA}"),
        ("هذا كلام ت ا ف ه ولا يستحق الرد.", "ت ا ف ه"),
        ("هذا كلام تا\u{200B}فه ولا يستحق الرد.", "تا\u{200B}فه"),
        ("هذا كلام تا\u{00AD}فه ولا يستحق الرد.", "تا\u{00AD}فه"),
    ])
    func arabicDisguisesAreFound(post: String, excerpt: String) throws {
        let found = try findings(post)
        #expect(found.contains { $0.excerpt == excerpt }, "\(found)")
    }

    @Test func lookAlikesOfPolicyTermsAreFound() throws {
        #expect(try findings("Returns are guarant\u{0435}\u{0435}d for every investor.").contains { $0.rule == "policy.guarantee" })
        let found = try findings("F\u{0430}lcon launches in March.", policy: policy)
        #expect(found.contains { $0.rule == "policy.confidential" && $0.excerpt == "F\u{0430}lcon" }, "\(found)")
    }

    /// Numbers stay numbers: no letter is read into 2nd, 3m, $420, Q3 or H1.
    @Test(arguments: [
        "We came 2nd in the Gulf awards and moved 3m parcels in Q3, up from H1; the fund raised $420.",
        "حللنا في المركز 2 وشحنا 3m طرد في الربع 3 بقيمة $420.",
        "Our A B C plan: a 5-step review, 24/7 support and 4x faster delivery.",
    ])
    func ordinaryNumbersAndLettersAreNotReadAsWords(post: String) throws {
        let found = try findings(post)
        #expect(!found.contains { $0.rule.hasPrefix("tone.profanity") || $0.rule == "tone.contempt" || $0.rule == "policy.guarantee" }, "\(found)")
    }
}
