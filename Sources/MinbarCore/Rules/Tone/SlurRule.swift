/// Slurs and demeaning words about a person or a group.
struct SlurRule: Rule, FrameRule {
    static let slurs = Concept("slur", [
        "pedo", "pedo guy", "retard", "retards", "towelhead", "towelheads", "العبد الزنيم", "الزنيم", "الشواذ", "راعي الشواذ",
        "اخونجية", "الاخونجية", "للاخونجية", "أنجاس", "العبيد", "عبيد", "الروافض", "روافض",
        "retarded", "tranny", "trannies", "faggot", "faggots", "paki", "pakis", "gook", "gooks", "kike", "kikes", "wetback", "wetbacks", "raghead",
        "ragheads", "sand nigger", "sand niggers", "nigger", "niggers", "spic", "spics", "camel jockey", "camel jockeys", "mongoloid", "spastic",
        // Nisba words written exact: light stemming reads a final ي as "my", and صفوي would
        // then be صفوة ("the elite") and زنجي any زنج.
        "=زنجي", "الزنوج", "زنوج", "=صفوي", "=الصفوي", "=صفويين", "=الصفويين", "=صفوية", "مجوس", "المجوس", "=ناصبي", "النواصب",
        "=رافضي", "الرافضة", "=لوطي", "=لوطيين", "مخنث", "مخنثين",
        "المخنثين", "أحفاد القردة", "عوانس",
        // Exact and never bare "homo": "Homo sapiens" is a museum's exhibit.
        "=homos", "=dirty homo", "=dirty homos", "=dirty homo's",
    ])

    let descriptor = RuleDescriptor(
        id: "tone.slur", title: "Slurs",
        titleAr: "الألفاظ المسيئة والتحقير", dimension: .professionalism, severity: .error,
        rationale: """
            A slur on an official account (calling a rescuer a "pedo", a people "slaves") is not a tone problem \
            to revise: it defames, it can be a crime, and it speaks for the organisation. It vetoes the post.
            """,
        rationaleAr: """
            اللفظ المسيء على حساب رسمي (وصف منقذٍ بأنه «متحرش بالأطفال»، أو شعبٍ بأنهم «عبيد») ليس مشكلة \
            نبرة تُصحَّح: إنه تشهير، وقد يكون جريمة، ويتحدث باسم المؤسسة. ولذلك يمنع نشر المنشور.
            """,
        examples: [
            .triggers("Our brand is fed up with dirty homos.", .en),
            .passes("Meet Homo sapiens and Homo erectus at the museum's new hall from Sunday.", .en),
            .triggers("البراند تعب من الشواذ.", .ar),
            .passes("قاعة الإنسان العاقل تفتح في المتحف يوم الأحد.", .ar),
            .triggers("Sorry pedo guy, you really did ask for it.", .en),
            .triggers("اجتمع راعي الشواذ بالعبد الزنيم.", .ar),
            .passes("We disagree with Mr. Unsworth and will say so respectfully.", .en),
            .passes("نختلف مع الرأي ونحترم صاحبه.", .ar),
        ])

    static let frames: [Frame] = [Frame(anchor: Self.slurs, blockedBy: [.quotation])]
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension SlurRule {
    static let message = Localized(en: "'{1}' is a slur.",
                                   ar: "«{1}» لفظٌ مسيء يحقّر من يُقال فيه.")
    static let suggestion = Localized(en: "Remove it. Disagree with what someone did, never with who they are.",
                                      ar: "احذفه. اختلف مع ما فعله الشخص، لا مع شخصه ولا أصله. مثال: «نختلف مع الرأي ونحترم صاحبه».")
}
