/// Foul play charged to the officials of a competition or an administration: "the
/// federation has been conspiring against us all season", "the referee robbed us",
/// «مؤامرة من لجنة الحكام ضد النادي», «الحكم ترصد لاعبينا بشكل متعمد». Club presidents
/// and executives are suspended and fined for exactly this: a charge of bad faith against
/// officials who cannot answer, made without evidence, in front of every fan. A complaint
/// lodged through the proper channel says the club disagrees; this says the officials
/// are crooks.
///
/// The charge needs its party in the sentence or the next one ("Daylight robbery tonight.
/// The referees and VAR took the points"): a federation, a league, a committee, the
/// referees, VAR; so "a gang was arrested" or "match-fixing is a crime" accuse no
/// official; a condemnation, a warning, enforcement reported, a denial, a question or a
/// quotation makes no charge.
extension PersonalAttackRule {
    /// Deliberate wrongdoing: a plot, a theft, a targeting, a rigged outcome.
    static let foulPlay = Concept("foul-play", [
        "conspiring", "conspired", "conspiracy", "conspiracies", "plotting against", "plotted against", "rigged", "fixed the match",
        "stole", "stolen from us", "robbed us", "robbed", "daylight robbery", "robbery", "theft", "targeted our", "targeting our",
        "targeted us", "targeting us", "organised targeting", "organized targeting", "systematic targeting", "vendetta", "gang",
        "mafia", "cartel", "crooks", "crooked", "bought the referee", "results are bought", "result was bought", "bought results",
        "biased against us", "bias against us", "favouritism", "favoritism",
        // An outcome settled before the contest: "chosen before a single envelope was opened".
        "decided in advance", "decided beforehand", "settled in advance", "chosen before", "run for one club",
        "wrote the verdict before", "verdict before the hearing", "written before the hearing", "=كتب القرار قبل", "=كتبت القرار قبل", "=القرار مكتوب قبل",
        "=القرار جاهز قبل",
        "مؤامرة", "مؤامرات", "=يتآمر", "=يتآمرون", "=تتآمر", "=تآمر", "=تآمروا", "=متآمر", "=متآمرة", "=عصابة", "=العصابة", "=مافيا",
        "=سرقة", "=سرقوا", "=سرقونا", "=سرقتنا", "=سلبونا", "=سلبتنا", "=سلبوا", "=سلبتموه", "=نهبوا", "=ترصد", "=يترصد", "=تترصد",
        "=ترصدا", "بشكل متعمد", "عن عمد", "=تعمد", "=متعمد", "=متعمدا", "=تلاعب", "=يتلاعب", "=يتلاعبون", "=تكالب", "=تكالبت",
        "=انحياز", "=منحاز", "=محاباة", "=شلة", "=الشلة", "=متباع", "=مباع", "=تتسرق", "=بتتسرق", "سرقة النقاط", "=الاستهداف",
        "استهداف ممنهج", "=ممنهج", "=الممنهج", "من خلف الكواليس", "لمصلحة نادي", "لمصلحة ناد", "لنادي واحد", "على مقاس نادي",
        "=متفصلة", "=مفصلة على مقاس", "معروفة قبل", "محسومة مسبقا", "محسومة قبل", "متفق عليها مسبقا",
    ])
    /// A charge reported as somebody else's claim: "claims on social media of a
    /// 'conspiracy'", «ما يتداول عن مؤامرة». The post repeats it to answer it.
    static let reportedClaim = Concept("reported-claim", [
        "claims of", "claims that", "claims on social media", "allegations of", "allegations that", "alleged", "rumours of", "=claim", "=claims", "=claimed", "=claiming",
        "rumors of", "talk of", "=ادعاءات", "=مزاعم", "=يزعم", "=يدعي", "ما يتداول", "ما يُتداول", "ما يثار",
    ])
    /// The officials charged: a competition's or an administration's bodies and referees.
    /// Not Arabic «الحكم» alone, which is "the ruling" as often as "the referee".
    static let officialBody = Concept("official-body", [
        "federation", "the league", "league office", "referee", "referees", "officials", "the officials", "match officials", "var",
        "the committee", "disciplinary committee", "competitions committee", "the association", "the fa", "the judges", "the jury",
        "=الاتحاد", "=اتحاد", "=لجنة", "=اللجنة", "=الحكام", "حكم المباراة", "طاقم التحكيم", "=التحكيم", "=الفار", "=رابطة",
        "=الرابطة", "لجنة الحكام", "لجنة المسابقات", "لجنة الانضباط", "this league", "tender committee",
        "licensing board", "jury", "referees' committee", "the authority", "=الهيئة", "referees' room", "لجنة المناقصات", "لجنة التحكيم", "=الدوري",
    ])

    static let foulPlayFrame = Frame(anchor: foulPlay, with: [officialBody],
                                     without: [Concepts.condemning, Concepts.denial, reportedClaim] + Concepts.notACharge,
                                     blockedBy: [.negation, .question, .quotation, .published], window: 1)
    /// Who gains, said of officials: "ask yourselves who benefits, @league", "draw your own
    /// conclusions" after the committee chair's friend wins. A charge without the words.
    static let insinuationFrame = Frame(anchor: insinuation, with: [officialBody], without: [reportedClaim],
                                        blockedBy: [.negation, .quotation, .published], window: 1)
    /// `Concepts.insinuation` and the phrases that leave the reader to finish the charge.
    static let insinuation = Concept("officials-insinuation", Concepts.insinuation.forms + [
        "ask yourselves who", "not a coincidence", "no coincidence",
        "احكموا بأنفسكم", "فاسألوا", "ليست صدفة", "مو صدفة", "مش صدفة",
    ])
}
