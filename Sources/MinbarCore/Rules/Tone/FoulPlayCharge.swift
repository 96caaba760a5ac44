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
        "targeted us", "targeting us", "vendetta", "a gang", "mafia", "cartel", "crooks", "crooked", "bought the referee",
        "biased against us", "bias against us", "favouritism", "favoritism",
        "مؤامرة", "مؤامرات", "=يتآمر", "=يتآمرون", "=تتآمر", "=تآمر", "=تآمروا", "=متآمر", "=متآمرة", "=عصابة", "=العصابة", "=مافيا",
        "=سرقة", "=سرقوا", "=سرقونا", "=سرقتنا", "=سلبونا", "=سلبتنا", "=سلبوا", "=سلبتموه", "=نهبوا", "=ترصد", "=يترصد", "=تترصد",
        "=ترصدا", "بشكل متعمد", "عن عمد", "=تعمد", "=متعمد", "=متعمدا", "=تلاعب", "=يتلاعب", "=يتلاعبون", "=تكالب", "=تكالبت",
        "=انحياز", "=منحاز", "=محاباة",
    ])
    /// The officials charged: a competition's or an administration's bodies and referees.
    /// Not Arabic «الحكم» alone, which is "the ruling" as often as "the referee".
    static let officialBody = Concept("official-body", [
        "federation", "the league", "league office", "referee", "referees", "officials", "the officials", "match officials", "var",
        "the committee", "disciplinary committee", "competitions committee", "the association", "the fa", "the judges", "the jury",
        "=الاتحاد", "=اتحاد", "=لجنة", "=اللجنة", "=الحكام", "حكم المباراة", "طاقم التحكيم", "=التحكيم", "=الفار", "=رابطة",
        "=الرابطة", "لجنة الحكام", "لجنة المسابقات", "لجنة الانضباط",
    ])

    static let foulPlayFrame = Frame(anchor: foulPlay, with: [officialBody],
                                     without: [Concepts.condemning, Concepts.denial] + Concepts.notACharge,
                                     blockedBy: [.negation, .question, .quotation, .published], window: 1)
}
