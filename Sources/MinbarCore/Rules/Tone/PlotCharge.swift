/// A plot or a crooked method charged as fact with nobody named: "cheap conspiracies", "an
/// orchestrated campaign", «تكالبت الجهود لكي لا نتأهل», «حملات إعلامية ممنهجة». Nobody can
/// answer it, and every reader fills in a culprit, so the organisation has accused them all.
/// A frame among `PersonalAttackRule.badFaithFrames`, explained by its own message rather
/// than as an attack on one person.
extension PersonalAttackRule {
    /// A plot or a crooked method charged as fact, its authors left for the reader to name:
    /// "an orchestrated campaign", "cheap conspiracies", «مؤامرات رخيصة», «حملات ممنهجة»,
    /// «تكالبت». Not a plot's name alone: «مؤامرات الأعداء لن تنال من الوطن» is a vow, and a
    /// road's «طرق ملتوية» are its bends (only «طرقاً ملتوية», used by someone, are methods).
    static let plotCharged = Concept("plot-charged", [
        "cheap conspiracies", "cheap conspiracy", "orchestrated campaign", "orchestrated campaigns", "coordinated campaign against",
        "witch hunt", "witch-hunt", "crooked methods", "underhanded methods", "dirty tricks",
        "=مؤامرات رخيصة", "=لمؤامرات رخيصة", "=مؤامرة رخيصة", "=بمؤامرة", "=مؤامرة متكاملة", "=تكالبت", "=تكالبوا", "=تكالب علينا",
        "=طرقا ملتوية", "=بطرق ملتوية", "=أساليب ملتوية", "=بأساليب ملتوية", "=حملات ممنهجة", "=حملة ممنهجة", "=حملات إعلامية ممنهجة",
        "=حملة إعلامية ممنهجة", "=حملة مغرضة", "=حملات مغرضة",
        // Critics charged with being bought or run from abroad, nobody named: "paid voices",
        // "double agents on foreign salaries", «الأصوات المأجورة», «عملاء مزدوجين».
        "paid voices", "paid accounts", "paid critics", "paid agents", "double agents", "foreign agents", "on foreign payrolls",
        "on a foreign payroll", "salaries from abroad", "paid from abroad", "funded from abroad",
        "=الأصوات المأجورة", "=أصوات مأجورة", "=والأصوات المأجورة", "=الحسابات المأجورة", "=حسابات مأجورة", "=عملاء مزدوجين",
        "=عملاء مزدوجون", "=رواتب من الخارج", "=ممولة من الخارج", "=مدفوعة من الخارج", "=الأبواق المأجورة", "=أبواق مأجورة",
    ] + premeditatedCampaigns)

    /// A campaign or an attack called premeditated: "a calculated attack on India", "a
    /// malicious smear campaign", «حملة تشويه مسعورة», «هجمة إعلامية مدبرة». The word
    /// saying it was planned makes the charge, whatever the campaign is called; a smear
    /// campaign with no such word counts aimed at us ("a smear campaign against our
    /// company"), not as a topic ("how banks can counter smear campaigns"). Not "systematic"
    /// or "deliberate" attacks, nor «هجوم», «منظمة» or «موجهة»: those are also what
    /// a government says of shelling, and what a marketer says of an advertising campaign.
    /// Built from the two families, so each is listed once.
    static let premeditatedCampaigns: [String] = {
        let campaigns = ["orchestrated", "calculated", "malicious", "concerted", "premeditated", "coordinated"]
            .flatMap { modifier in
                ["smear campaign", "smear campaigns", "media campaign", "media campaigns", "online campaign", "online campaigns",
                 "disinformation campaign", "campaign of lies", "campaign to discredit", "campaign to smear", "campaign to tarnish"]
                    .map { "\(modifier) \($0)" }
            }
        // An attack only "orchestrated" or "calculated": a company reports "a coordinated" or
        // "malicious attack on our servers", and a condolence "a premeditated attack on worshippers".
        let attacks = ["orchestrated", "calculated"].flatMap { modifier in
            ["attack on", "attacks on", "attack against", "attacks against"].map { "\(modifier) \($0)" }
        }
        let english = campaigns + attacks
        let aimedAtUs = ["smear campaign against us", "smear campaign against our", "smear campaign against the company",
                         "smear campaign targeting us", "smear campaign targeting our", "smear campaigns against us",
                         "smear campaigns against our", "campaign to discredit us", "campaign to tarnish our"]
        let arabicNouns = ["حملة تشويه", "حملات تشويه", "حملة إعلامية", "حملات إعلامية", "حملة إلكترونية", "حملات إلكترونية",
                           "هجمة", "هجمات", "هجمة إعلامية", "هجمات إعلامية", "حملة", "حملات"]
        let arabic = arabicNouns.flatMap { noun in ["مدبرة", "مسعورة", "مشبوهة", "مغرضة", "ممنهجة"].map { "\(noun) \($0)" } }
        let arabicAimed = ["حملة تشويه ضد", "حملات تشويه ضد", "حملة تشويه تستهدف", "حملات تشويه تستهدف", "حملة تشويه ضدنا",
                           "حملة لتشويه سمعة", "حملات لتشويه سمعة", "حملة لتشويه صورة", "حملات لتشويه صورة"]
        return english + aimedAtUs + arabic + arabicAimed
    }()

    /// Not denied, quoted, asked, condemned, warned against or reported as someone's claim.
    static let plotFrame = Frame(anchor: plotCharged, without: [Concepts.condemning, Concepts.denial, reportedClaim] + Concepts.notACharge,
                                 blockedBy: [.negation, .quotation, .question])

    static let plotMessage = Localized(en: "'{1}' charges a plot as fact without naming or showing it: every reader fills in a culprit, and the organisation has accused them.",
                                       ar: "«{1}» اتهامٌ بمؤامرة أو بسوء نية يُقدَّم حقيقةً بلا اسم ولا دليل، فيضع كل قارئ اسماً، وتكون المؤسسة قد اتهمته.")
    static let plotSuggestion = Localized(en: "Say what happened and what you are doing about it; take a complaint with evidence to the body that can rule on it.",
                                          ar: "اذكر ما حدث وما تفعله حياله، وقدّم أي شكوى بأدلتها إلى الجهة المختصة بالفصل فيها.")
}
