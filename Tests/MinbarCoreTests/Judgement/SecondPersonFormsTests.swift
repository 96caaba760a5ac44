import Testing
@testable import MinbarCore

/// Arabic folds "you" into the word; an attack aimed at a reader is found only if these
/// forms are (see `SecondPersonForms`). Each case is a word as a post writes it.
@Suite struct SecondPersonFormsTests {
    @Test(arguments: [
        "قلوبكم", "عندكم", "عليكم", "مقالاتكم", "وأقلامكم", "تظنون", "وتسمحون", "ستندمون", "إنتي", "انتو", "أيها", "أنتم",
    ])
    func addressesTheReader(_ word: String) {
        #expect(SecondPersonForms.addresses(TextNormalizer.normalize(word)))
    }

    @Test(arguments: [
        // The «حكم» family and other words whose «كم» or «ون» is their own.
        "الحكم", "محاكم", "بحكم", "تراكم", "تعاون", "التعاون", "تلفزيون", "تكون",
        // Third person, first person, and nouns.
        "يظنون", "نظن", "قلوبهم", "المسؤولون", "الموظفون", "كتابه",
        // Shapes that look like "you" and are not: «كن» endings, «كما» after «ح» or a conjunction,
        // «تت…» verbs of "she", and the exceptions behind a conjunction.
        "يمكن", "ممكن", "ولكن", "الأماكن", "وكما", "حكماً", "تتعاون", "تتكون", "وتسعون", "وتعاون",
    ])
    func doesNotAddressTheReader(_ word: String) {
        #expect(!SecondPersonForms.addresses(TextNormalizer.normalize(word)))
    }

    @Test func aSingularYourIsReadOnlyWhereTheKafIsNoPartOfTheWord() {
        #expect(SecondPersonForms.carriesSingularYou(TextNormalizer.normalize("فشلك")))
        #expect(SecondPersonForms.carriesSingularYou(TextNormalizer.normalize("أسلوبك")))
        for word in ["ذلك", "البنك", "الملك", "كذلك", "هناك", "شريك", "لك", "الذكي", "البنكي", "الملكي"] {
            #expect(!SecondPersonForms.carriesSingularYou(TextNormalizer.normalize(word)), "\(word)")
        }
    }

    /// Through the engine: the same judging word is an attack aimed at "you" in its Arabic
    /// forms, and no attack said of nobody.
    @Test func anAttackIsFoundThroughTheArabicYou() {
        let engine = ScoringEngine()
        // No pronoun and no @handle: only «تظنون» and «قلوبكم» say who is meant.
        let aimed = engine.score("كيف تظنون أن جماهيرنا بهذا الغباء؟ قلوبكم مليئة بالحقد كما يبدو من تصرفات الحاقدين.")
        #expect(aimed.findings.contains { $0.ruleID == "tone.personal-attack" })
        #expect(aimed.verdict == .blocked)
        let said = engine.score("الحقد والغباء لا يبنيان نادياً؛ نبني فريقنا بالعمل والصبر.")
        #expect(!said.findings.contains { $0.ruleID == "tone.personal-attack" })
    }
}
