import Testing
@testable import MinbarCore

/// How a sentence holds what it says, read from real wordings in both languages.
@Suite struct ModalityTests {
    let engine = ScoringEngine()

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
}
