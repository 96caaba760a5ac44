/// Joking, congratulating or textspeak beside a death, a disaster or an attack.
struct TragedyMockeryRule: Rule, FrameRule {
    let descriptor = RuleDescriptor(
        id: "tone.tragedy-mockery", title: "Making light of a tragedy",
        titleAr: "الاستخفاف بمأساة", dimension: .professionalism, severity: .error,
        rationale: """
            A brand that congratulates people for "surviving" the Boston Marathon (Adidas, 2017) or jokes about a \
            president's grandmother's death (KitchenAid, 2012) mocks the victims even when nothing is sold. \
            Coombs (2007) counts such posts among the fastest ways to lose trust; the brands apologised within \
            hours. It vetoes the post. Reporting someone else's joke, or denying one, does not count.
            """,
        rationaleAr: """
            العلامة التي تهنئ الناس على «النجاة» من ماراثون بوسطن (أديداس، ٢٠١٧) أو تمزح بشأن وفاة جدة رئيس \
            (كيتشن إيد، ٢٠١٢) تسخر من الضحايا وإن لم تبع شيئاً. ويعدّ كومبز (٢٠٠٧) مثل هذه المنشورات من أسرع \
            طرق خسارة الثقة، وقد اعتذرت العلامتان خلال ساعات. ولذلك يمنع نشر المنشور. أما نقل مزحة قالها \
            غيرك، أو نفيها، فلا يُحسب.
            """,
        examples: [
            // "A good time" to learn flood safety is advice, not fun.
            .passes("With the threat of flooding over the weekend, now is a good time to refresh on flood driving safety. Never drive around barricades.", .en),
            .passes("مع احتمال السيول في عطلة نهاية الأسبوع، هذا وقت مناسب لمراجعة قواعد القيادة الآمنة. لا تعبر الأودية الجارية.", .ar),
            .triggers("Floods all weekend? Good times! Grab the jet skis 😂", .en),
            .triggers("Anyone who drives into a flooded wadi deserves a Darwin Award 😂", .en),
            .triggers("اللي يدخل بسيارته في السيول يستاهل جائزة داروين 😂", .ar),
            // The victims blamed for ignoring the warnings or building in harm's way.
            .triggers("Honestly, if you buy a house on a floodplain and then act shocked when the river shows up… Natural selection.", .en),
            .triggers("اللي طلعوا البر وقت التحذيرات وصار لهم اللي صار… بصراحة محد يلوم إلا نفسه.", .ar),
            .passes("Please heed the warnings and stay away from the wadi until the rain stops; call 999 if you are in danger.", .en),
            .passes("نرجو الالتزام بالتحذيرات والابتعاد عن مجاري الأودية، وللطوارئ اتصلوا على ٩٩٩.", .ar),
            // The victims told what they should have done.
            .triggers("Those flood victims should have listened to the warnings. Some people never learn 🤷", .en),
            .triggers("ضحايا السيول كان لازم يسمعون التحذيرات، بعض الناس ما يتعلمون 🤷", .ar),
            .passes("To everyone affected by the floods: please listen to civil defence warnings this week; more rain is expected.", .en),
            .passes("إلى كل المتضررين من السيول: نرجو الالتزام بتحذيرات الدفاع المدني هذا الأسبوع، فالأمطار مستمرة.", .ar),
            .triggers("Congrats, you survived the Boston Marathon!", .en),
            .triggers("Her gma even knew it was going 2 b bad! She died 3 days before. lol", .en),
            .triggers("مبروك نجوتم من السيول 😂", .ar),
            .triggers("وفاة جديدة في الحادث ههههه", .ar),
            .passes("Our thoughts are with the Boston Marathon runners and their families.", .en),
            .passes("The paper reported that a brand wrote 'congrats, you survived' to marathon runners.", .en),
            // The greeting «السلام عليكم ورحمة الله» asks God's mercy on the living: it mourns nobody.
            .passes("السلام عليكم ورحمة الله وبركاته، ألف مبروك لفريقنا على الفوز بالبطولة.", .ar),
            .passes("Peace be upon you and God's mercy: congratulations to our team on winning the league.", .en),
            .triggers("توفي زميلنا أحمد رحمه الله، ونهنئ الفريق بالفوز 😂", .ar),
            .passes("Congratulations to our team on the new branch in Jeddah.", .en),
            .passes("نعزي أسر ضحايا السيول، وفرقنا في الميدان منذ الصباح.", .ar),
            .passes("قال المغرد: مبروك نجوتم من السيول، وقد حذفنا الرد.", .ar),
            .passes("ألف مبروك لفريقنا على افتتاح الفرع الجديد.", .ar),
            // «الوفية» ("loyal") is not «الوفيات» ("deaths").
            .passes("نهاية المباراة: فريقنا ٣ - ١ ضيفه. مبروك للزعيم وجماهيره الوفية 💙", .ar),
            .triggers("The gentleman suing us over a cold coffee wants 50,000 dirhams. Expensive tongue 😂", .en),
            .triggers("اللي انقطعت عنهم الكهرباء أمس ويشتكون.. جربوا المهفة مثل أجدادنا 😂", .ar),
            .passes("To the customers suing us over the outage: we are sorry, and the refunds start today.", .en),
            .passes("نعتذر لكل من انقطعت عنهم الكهرباء أمس، وتعويضكم يصل خلال أسبوع.", .ar),
            // Saying the victims brought it on themselves mocks them without a single laugh.
            .triggers("Everyone is upset about the tower collapse, but anyone renting in a forty-year-old block had it coming.", .en),
            .triggers("ضحايا حريق السوق يستاهلون اللي صار لهم، ليش ساكنين فوق المحلات؟", .ar),
            .passes("ألف مبروك للفريق، يستاهلون اللي حققوه! ونتمنى الشفاء العاجل للمصابين.", .ar),
            .passes("Congratulations to the team on a hard-fought win, they deserved it! Wishing our injured players a speedy recovery.", .en),
            .passes("The families of the victims deserve answers, and we will publish the inspection report by Friday.", .en),
            .passes("ضحايا السيول يستاهلون كل الدعم، وفرقنا في الميدان منذ الصباح.", .ar),
            .passes("We removed a comment that said the flood victims had it coming, and blocked the account.", .en),
        ])

    static let frames: [Frame] = [
        Frame(anchor: Concepts.tragedy, with: [Concepts.levity], blockedBy: [.quotation, .negation, .published], window: 1),
        Frame(anchor: Concepts.survival, with: [Concepts.levity], blockedBy: [.quotation, .negation, .published]),
        // A laugh at the people who were harmed or who complain.
        Frame(anchor: Concepts.aggrieved, with: [Concepts.laughter], blockedBy: [.quotation, .negation], window: 1),
        // Saying the people harmed brought it on themselves.
        Frame(anchor: Concepts.tragedy, with: [Concepts.victimBlame], blockedBy: [.quotation, .negation], window: 1),
        Frame(anchor: Concepts.aggrieved, with: [Concepts.victimBlame], blockedBy: [.quotation, .negation], window: 1),
        // …or that they ignored the warnings or built in harm's way: «طلعوا البر وقت التحذيرات… محد يلوم إلا نفسه».
        Frame(anchor: Concepts.victimBlame, with: [Self.hazardWarnings], blockedBy: [.quotation, .negation], window: 1),
    ]

    /// Warnings given and places known to be in harm's way.
    static let hazardWarnings = Concept("hazard-warnings", [
        "the warnings", "warnings", "evacuation order", "evacuation orders", "floodplain", "flood plain", "flood zone", "the wadi",
        "=التحذيرات", "=التحذير", "=تحذيرات", "=الإنذار", "=الإنذارات", "=مجرى السيل", "=مجرى الوادي", "=بطن الوادي",
    ])
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension TragedyMockeryRule {
    // One message for every frame: the anchor may be a disaster or the people who were
    // harmed or who complain, and the message says which it can be.
    static let message = Localized(en: "'{1}' sits beside a joke, a laugh or a congratulation; it makes light of a tragedy or of the people who were harmed or who complain. Do not post this.",
                                   ar: "ورد «{1}» بجوار مزاح أو ضحك أو تهنئة، وهذا استخفاف بمأساة أو بمن تضرروا أو اشتكوا. لا تنشر هذا.")
    static let suggestion = Localized(en: "Around a death, a disaster or a complaint, say only what helps: sympathy, facts and what you are doing.",
                                      ar: "عند وفاة أو كارثة أو شكوى لا تقل إلا ما ينفع: المواساة والحقائق وما تقوم به. مثال: «نعزي أسر ضحايا السيول، وفرقنا في الميدان منذ الصباح».")
}
