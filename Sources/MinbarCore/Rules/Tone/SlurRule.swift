/// Slurs and demeaning words about a person or a group.
struct SlurRule: Rule, FrameRule {
    static let slurs = Concept("slur", [
        "pedo", "pedo guy", "retard", "retards", "towelhead", "towelheads", "العبد الزنيم", "الزنيم", "الشواذ", "راعي الشواذ",
        "اخونجية", "الاخونجية", "للاخونجية", "أنجاس", "العبيد", "عبيد", "الروافض", "روافض",
    ])

    let descriptor = RuleDescriptor(
        id: "tone.slur", title: "Slurs", dimension: .professionalism, severity: .error,
        rationale: """
            A slur on an official account (calling a rescuer a "pedo", a people "slaves") is not a tone problem \
            to revise: it defames, it can be a crime, and it speaks for the organisation. It vetoes the post.
            """,
        examples: [
            .triggers("Sorry pedo guy, you really did ask for it.", .en),
            .triggers("اجتمع راعي الشواذ بالعبد الزنيم.", .ar),
            .passes("We disagree with Mr. Unsworth and will say so respectfully.", .en),
            .passes("نختلف مع الرأي ونحترم صاحبه.", .ar),
        ])

    var frames: [Frame] { [Frame(anchor: Self.slurs, blockedBy: [.quotation])] }

    func message(_ excerpt: String) -> String { "'\(excerpt)' is a slur." }

    var suggestion: String { "Remove it. Disagree with what someone did, never with who they are." }
}
