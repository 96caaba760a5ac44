/// A communicative move: what a sentence does for its reader (Searle's speech acts, as a
/// coach names them). Goals name the move they need; the engine recognises moves from a
/// sentence's structure, never from a topic word alone.
public enum Move: String, Sendable, CaseIterable, Codable {
    /// Answer or acknowledge the question, the critic or the person hurt.
    case answer
    /// Explain a cause: a connective (because, due to, بسبب، نتيجة) with what it links.
    case cause
    /// Give evidence: a figure bound to what it measures, with its source; or a
    /// certificate or independent rating.
    case evidence
    /// Commit to an action with a time: future or modal + action verb + when.
    case commit
    /// Say when: a sentence that gives a date or time for what it is about.
    case schedule
    /// Apologise and own it: first person, not conditional, not passive.
    case apology
    /// Credit or thank people.
    case credit
    /// Reassure with a fact: what is safe, unaffected or protected.
    case reassure
    /// Route people to a contact or channel (an address, number or link).
    case route
    /// Invite dialogue: offer to meet, talk or take questions.
    case invite
    /// Decline properly: say what cannot be said and why, or when it will be.
    case decline
    /// State a fact in a sentence of its own (a subject and a predicate).
    case inform

    /// The move in a trainer's words, for `check` notes and reports.
    public func name(_ language: PostLanguage) -> String {
        let arabic = language == .ar
        switch self {
        case .answer: return arabic ? "الرد على السؤال أو الناقد" : "answer the question or the critic"
        case .cause: return arabic ? "شرح السبب" : "explain the cause"
        case .evidence: return arabic ? "تقديم الدليل" : "give evidence"
        case .commit: return arabic ? "الالتزام بخطوة وموعد" : "commit to an action with a time"
        case .schedule: return arabic ? "تحديد الموعد" : "say when"
        case .apology: return arabic ? "الاعتذار وتحمل المسؤولية" : "apologise and own it"
        case .credit: return arabic ? "الشكر والتقدير" : "credit or thank"
        case .reassure: return arabic ? "الطمأنة بحقيقة" : "reassure with a fact"
        case .route: return arabic ? "التوجيه إلى قناة تواصل" : "route to a contact"
        case .invite: return arabic ? "الدعوة إلى الحوار" : "invite dialogue"
        case .decline: return arabic ? "الاعتذار عن التعليق مع السبب" : "decline properly"
        case .inform: return arabic ? "ذكر الحقيقة في جملة" : "state the fact"
        }
    }

    /// What a sentence making this move must hold, said as a coach would: the
    /// information it needs, never the words to use.
    public func instruction(about topic: String, _ language: PostLanguage) -> String {
        language == .ar ? "لهدف «\(topic)»: \(instruction(.ar))" : "For '\(topic)': \(instruction(.en))"
    }

    /// How to make the move, as a coach says it: the information it needs.
    public func instruction(_ language: PostLanguage) -> String {
        if language == .ar {
            switch self {
            case .answer: return "ابدأ بالرد على السؤال نفسه أو بالإقرار بما قاله صاحبه، في جملة كاملة."
            case .cause: return "اشرح في جملة واحدة ما الذي سبّب الأمر، ثم ما ستفعله حياله ومتى."
            case .evidence: return "اذكر الرقم وما يعدّه، والوثيقة أو الجهة التي يأتي منها."
            case .commit: return "قل ما الذي ستفعله، ومن سيفعله، وبحلول أي موعد."
            case .schedule: return "اذكر التاريخ أو الساعة في جملة واضحة."
            case .apology: return "اعتذر بصيغة المتكلم دون شرط، وسمِّ الخطأ بأنه خطؤكم."
            case .credit: return "اشكر من يستحق التقدير، وسمِّ ما فعلوه."
            case .reassure: return "طمئن القراء بحقيقة يمكن التحقق منها: ما الآمن أو غير المتأثر، وبأي رقم."
            case .route: return "وجّه الناس إلى قناة محددة: بريد أو رقم أو رابط."
            case .invite: return "اعرض مواصلة الحديث مباشرة أو برسالة، وقل كيف يصلون إليك."
            case .decline: return "قل بوضوح ما لا يمكنك قوله، ولماذا، ومتى أو أين سيُعلن."
            case .inform: return "اذكر الحقيقة في جملة كاملة فيها فاعل وخبر."
            }
        }
        switch self {
        case .answer: return "Open by answering the question itself, or acknowledging what the person said, in a full sentence."
        case .cause: return "Say what caused it in one sentence, and what you will do about it by when."
        case .evidence: return "Give the number, what it counts, and the document or body it comes from."
        case .commit: return "Say what you will do, who will do it and by when."
        case .schedule: return "Give the date or time in a plain sentence."
        case .apology: return "Apologise in the first person, with no 'if', and name the mistake as yours."
        case .credit: return "Name the people who deserve credit and what they did."
        case .reassure: return "Reassure readers with a checkable fact: what is safe or unaffected, with a figure."
        case .route: return "Point people to a specific channel: an address, a number or a link."
        case .invite: return "Offer to continue in person or by message, and say how to take you up on it."
        case .decline: return "Say plainly what you cannot say, why, and when or where it will be said."
        case .inform: return "State the facts in a full sentence, with a subject and a verb."
        }
    }

    /// What the post did well when it made this move, for the strengths list.
    public func strength(_ language: PostLanguage) -> String {
        if language == .ar {
            switch self {
            case .answer: return "ردّ على السؤال أو أقرّ بما قاله صاحبه."
            case .cause: return "شرح السبب."
            case .evidence: return "قدّم رقماً أو دليلاً مع مصدره."
            case .commit: return "التزم بخطوة محددة وموعد."
            case .schedule: return "حدّد الموعد."
            case .apology: return "اعتذر بصيغة المتكلم دون شرط."
            case .credit: return "شكر من يستحق التقدير."
            case .reassure: return "طمأن بحقيقة محددة."
            case .route: return "وجّه الناس إلى قناة تواصل محددة."
            case .invite: return "دعا إلى الحوار."
            case .decline: return "اعتذر عن التعليق وذكر السبب."
            case .inform: return "ذكر الحقائق في جمل واضحة."
            }
        }
        switch self {
        case .answer: return "Answered the question or acknowledged the person who asked."
        case .cause: return "Explained the cause."
        case .evidence: return "Gave the figure or proof with its source."
        case .commit: return "Committed to a concrete step with a time."
        case .schedule: return "Said when."
        case .apology: return "Apologised in the first person, with no 'if'."
        case .credit: return "Credited or thanked the people involved."
        case .reassure: return "Reassured with a checkable fact."
        case .route: return "Routed people to a specific contact."
        case .invite: return "Invited dialogue."
        case .decline: return "Declined properly: said what cannot be said and why."
        case .inform: return "Stated the facts in plain sentences."
        }
    }
}

extension Move {
    // By case, not by name: the standard library's default for an enum with String raw
    // values hashes and compares the raw string, and sets and dictionaries of moves
    // are read for every sentence of every post. A case is one byte (a test holds it to that).
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
    public static func == (lhs: Move, rhs: Move) -> Bool { lhs.ordinal == rhs.ordinal }

    /// The case's place in `allCases` (the order they are declared in).
    var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
}
