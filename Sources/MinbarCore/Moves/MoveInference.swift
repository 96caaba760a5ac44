/// The move a goal written without `move:` needs, inferred from its label and its
/// `needs:` so scenario files written before moves keep their meaning.
public enum MoveInference {
    /// Label words (English lowercase, Arabic normalised) that name a move, tried in order:
    /// the more specific moves first.
    static let labelWords: [(Move, [String])] = [
        (.apology, ["apolog", "sorry", "اعتذار"]),
        (.decline, ["decline", "no comment", "no-comment", "rumour", "rumor", "عدم التعليق", "الشايعات"]),
        (.cause, ["explain", "reason", "why", "cause", "السبب", "سبب", "شرح"]),
        (.credit, ["thank", "credit", "honour", "honor", "شكر", "تقدير"]),
        (.route, ["route", "channel", "contact", "where to", "قناه", "الاحاله", "التوجيه", "التواصل"]),
        (.invite, ["invite", "dialogue", "accept", "حوار", "للحوار", "الدعوه", "قبول"]),
        (.reassure, ["reassure", "protect", "safe", "طمان", "حمايه", "الاطمينان"]),
        (.commit, ["plan", "next step", "fix", "commit", "step", "خطوات", "الخطوات"]),
        (.evidence, ["evidence", "proof", "source", "cite", "statistic", "back ", "دليل", "الدليل", "مصدر", "مستقل"]),
        (.answer, ["acknowledge", "answer", "listen", "compassion", "empathy", "agree", "respect", "correct", "انساني",
                   "الرد", "التعاطف", "الاقرار", "تصحيح"]),
        (.schedule, ["when", "date", "timeline", "موعد", "تاريخ"]),
    ]

    public static func move(label: String, needs: [EvidenceNeed]) -> Move {
        let folded = TextNormalizer.normalize(label)
        for (move, words) in labelWords where words.contains(where: { folded.contains($0) }) {
            return move
        }
        if needs.contains(.apology) { return .apology }
        if needs.contains(.contact) { return .route }
        if needs.contains(.certificate) || needs.contains(.rating) { return .evidence }
        if needs.contains(.date) { return .schedule }
        return .inform
    }
}
