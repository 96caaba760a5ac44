import Testing
@testable import MinbarCore

/// How a sentence holds what it says, read from real wordings in both languages.
@Suite struct ModalityTests {
    var engine: ScoringEngine { .sharedForTests }

    func modalities(_ text: String) -> Set<Modality> {
        Modality.of(sentence: 0, in: engine.analyze(text))
    }

    /// «نقل» reports with a source and moves with a destination: a customer who "moved her
    /// balance to us" («نقلت رصيدها إلينا») is not somebody else's words, so what the
    /// sentence says about her is the post's own.
    @Test func carryingSomethingSomewhereIsNoReport() {
        #expect(modalities("نقلت رويترز عن مصادر أن الشركة تدرس الاستحواذ على منافستها").contains(.quotation))
        #expect(modalities("نقلت الصحيفة أن المصنع سيغلق أبوابه").contains(.quotation))
        #expect(!modalities("العميلة هند نقلت رصيدها البالغ ٢٠٠ ألف دينار إلينا هذا الأسبوع").contains(.quotation))
        #expect(!modalities("نقلت الشركة المعدات إلى الموقع الجديد أمس").contains(.quotation))
        #expect(!modalities("وفي الأسبوع الماضي ونقلت رصيدها البالغ ٢٠٠ ألف دينار كويتي إلينا").contains(.quotation),
                "through the conjunction, and past an amount with its currency")
        #expect(modalities("نقلت الصحف لدينا أن المصنع سيغلق").contains(.quotation), "«لدينا» is no destination")
        #expect(modalities("Reuters reported that the company is in talks to buy its rival").contains(.quotation))
    }

    /// "According to" a law or a procedure follows a rule; "according to" a paper or a
    /// source reports its words.
    @Test func aRuleFollowedIsNoSource() {
        #expect(!modalities("سيتم ضبط المخالف وإبعاده عن البلاد وفق الإجراءات القانونية المتبعة").contains(.quotation))
        #expect(!modalities("The refunds are paid according to the law within 14 days").contains(.quotation))
        #expect(!modalities("نصرف التعويضات وفقاً للأنظمة خلال ١٤ يوماً").contains(.quotation))
        #expect(modalities("وفقاً لمصادر مطلعة فإن الشركة تدرس الاستحواذ على منافستها").contains(.quotation))
        #expect(modalities("According to the newspaper the company is in talks to buy its rival").contains(.quotation))
        #expect(modalities("وفق صحيفة الرياض فإن المصنع سيغلق أبوابه").contains(.quotation))
    }

    /// «لا يزال» and «ما زال» say "still": their «لا» and «ما» deny nothing after them
    /// («دعواتنا لكل من لا يزال تحت الأنقاض» prays for people still under the rubble).
    @Test func stillIsNoNegation() {
        func lastWordNegated(_ text: String) -> Bool {
            let post = engine.analyze(text)
            let last = post.text.tokens.lastIndex { $0.kind == .word }!
            return Modality.negates(last, in: post)
        }
        #expect(!lastWordNegated("دعواتنا لكل من لا يزال تحت الأنقاض"))
        #expect(!lastWordNegated("لا تزال الفرق هناك"))
        #expect(!lastWordNegated("لا زالت الفرق هناك"))
        #expect(lastWordNegated("لا تعمل الفرق هناك"), "a plain «لا» before a verb still denies")
    }

    /// A publication said to come later ("before the disclosure", «قبل الإفصاح») has not
    /// happened, so what the sentence hints at is not yet out; one that happened before
    /// something else has.
    @Test func aPublicationStillAheadIsNotPublished() {
        #expect(!modalities("I can't say anything before the disclosure, but our shareholders will be very happy").contains(.published))
        #expect(!modalities("ما أقدر أقول شي قبل الإفصاح، بس مساهمينا بيكونون مرتاحين").contains(.published))
        #expect(!modalities("Nothing more from me pending the announcement, but it is a big one").contains(.published))
        #expect(modalities("Our results were published on the exchange before the market opened").contains(.published))
        #expect(modalities("نشرت الشركة نتائجها على موقع تداول قبل افتتاح السوق").contains(.published))
    }
}
