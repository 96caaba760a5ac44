import Foundation
import Testing
@testable import MinbarCore

/// What a negation covers decides whether a frame fires. A negated plan is a denial ("we
/// haven't any plans to acquire"), and a negated publication is not a publication ("the
/// board hasn't announced the result, but the tender is ours"), in every spelling a real
/// post uses: contractions with or without an apostrophe, and the Gulf and Egyptian
/// «ما … للحين» / «لسه ما» ("not yet").
@Suite struct NegationScopeTests {
    var engine: ScoringEngine { .sharedForTests }

    func blocked(_ text: String) -> Bool { engine.score(text).verdict == .blocked }
    func fires(_ rule: String, _ text: String) -> Bool { engine.score(text).ruleIDs.contains(rule) }

    @Test func everyNegativeContractionDeniesAPlan() {
        for text in [
            "We haven't any plans to acquire Harbour Line.",
            "We havent any plans to acquire Harbour Line.",
            "We haven’t any plans to acquire Harbour Line.",
            "The board hasn't approved any plan to acquire Harbour Line.",
            "We weren't in talks to acquire Harbour Line, and we aren't now.",
        ] {
            #expect(!fires("policy.corporate-action", text), "\(text)")
        }
        // The same plan, asserted, still fires: the fix is in the negation, not the frame.
        #expect(fires("policy.corporate-action", "We have plans to acquire Harbour Line."))
    }

    @Test func aPublicationThatHasNotHappenedIsNotPublished() {
        // Conceding the official step is still to come does not make the claim published.
        #expect(blocked("The board hasn't announced the result yet, but the tender is ours."))
        #expect(blocked("The ministry hasnt published the award, but the contract is in the bag."))
        #expect(blocked("مجلس المناقصات ما أعلن النتيجة للحين بس المناقصة محسومة لنا."))
        #expect(blocked("الوزارة لسه ما نشرت القرار، بس الترخيص مضمون."))
        // Published, it is no longer a claim ahead of the announcement.
        #expect(!blocked("As the tender board announced on Sunday, the tender is ours."))
        #expect(!blocked("كما أعلن مجلس المناقصات أمس، المناقصة محسومة لنا."))
    }

    /// «ما» is "not" only where the context says so: a relative «ما حققناه» ("what we
    /// achieved") or «ما بعد الأزمة» ("after the crisis") negates nothing.
    @Test func arabicMaIsNegationOnlyBesideNotYet() {
        #expect(!blocked("نعلن اليوم ما حققناه هذا العام، كما نشرنا في تقريرنا السنوي: نمو الإيرادات ١٢٪."))
        #expect(fires("policy.corporate-action", "ما زلنا نعتزم الاستحواذ على شركة الميناء بعد موافقة المجلس."))
    }
}

extension NegationScopeTests {
    /// A negation reaches back through its own clause, and no further: a comma, "but",
    /// "until" or «لكن» starts another clause whose plan stands.
    @Test func aNegationCoversItsClauseOnly() {
        #expect(!blocked("We are not in talks to acquire Harbour Line."))
        #expect(!blocked("We do not have any plans to acquire Harbour Line."))
        #expect(!blocked("لا توجد لدينا أي خطط حالياً للاستحواذ على شركة الميناء."))
        #expect(blocked("The board has not met yet, but we will acquire Harbour Line."))
        #expect(blocked("We will not stop until we acquire Harbour Line."))
        #expect(blocked("لم يجتمع المجلس بعد، لكننا سنستحوذ على شركة الميناء."))
        #expect(blocked("لم يجتمع المجلس بعد لكننا سنستحوذ على شركة الميناء."))
        #expect(blocked("No, we will acquire Harbour Line this year."))
    }

    /// Arabic marks the future on the verb: «سنستحوذ» is "we will acquire", an intent,
    /// as «نعتزم الاستحواذ» is.
    @Test func anArabicFutureVerbIsAnIntent() {
        #expect(fires("policy.corporate-action", "سنستحوذ على شركة الميناء قبل نهاية العام."))
        #expect(fires("policy.corporate-action", "هنستحوذ على شركة الميناء قبل آخر السنة."))
        #expect(fires("policy.corporate-action", "We will acquire Harbour Line before the end of the year."))
        #expect(!fires("policy.corporate-action", "لن نستحوذ على شركة الميناء."))
        #expect(!fires("policy.corporate-action", "استحوذنا على شركة الميناء العام الماضي، كما أعلنا على تداول."))
    }
}

extension NegationScopeTests {
    /// A negation word inside an idiom asserts ("no doubt", "couldn't be happier", «لا شك»),
    /// and a denial word ("rumours", «الشائعات») denies only what is next to it.
    @Test func idiomsAndDenialWordsDoNotDenyTheClause() {
        #expect(blocked("There is no doubt we will acquire Harbour Line this year."))
        #expect(blocked("لا شك أننا نعتزم الاستحواذ على شركة الميناء."))
        #expect(blocked("We couldn't be happier to have won the Duqm port tender; the ministry will announce it officially next week."))
        #expect(blocked("We are not only acquiring Harbour Line but also its dry dock."))
        #expect(blocked("رداً على الشائعات نؤكد أننا نعتزم الاستحواذ على شركة الميناء."))
        #expect(blocked("لا نعلق على الشائعات عادة لكننا نعتزم الاستحواذ على شركة الميناء."))
        #expect(blocked("ما زلنا للحين نعتزم الاستحواذ على شركة الميناء."))
    }

    /// Where the negation makes the finding (an exclusion), it keeps its near reach: a long
    /// denial of ever excluding anyone is no exclusion.
    @Test func aDenialOfExclusionStaysADenial() {
        #expect(!blocked("We have never in our history refused to hire women engineers."))
        #expect(blocked("We do not hire women for these roles."))
    }

    /// Only "we will" is the organisation's intent: a passive or third-person future
    /// announces («ستُخصص حصة ٣٠٪ للمواطنين»).
    @Test func onlyAnArabicWeWillIsAnIntent() {
        #expect(!blocked("ستُخصص حصة ٣٠٪ من الوظائف الجديدة للمواطنين في قطاع التجزئة."))
        #expect(!blocked("ستحصل كل أسرة على حصة شهرية بقيمة ٣٠ ريالاً من المواد الغذائية."))
        #expect(blocked("سنستحوذ على حصة ٣٠٪ في شركة الميناء الشهر القادم."))
    }
}
