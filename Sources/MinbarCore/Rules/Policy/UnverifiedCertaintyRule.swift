/// Certainty about financing, approvals or safety that has not been established.
struct UnverifiedCertaintyRule: Rule, FrameRule {
    static let safetyCertainty = Concept("safety-certainty", [
        "confident in the safety", "completely safe", "perfectly safe", "100% safe", "is safe to fly", "no safety issue",
        "آمنة تماما", "آمنة تماماً", "لا توجد مشكلة في السلامة", "واثقون من سلامة",
    ])

    let descriptor = RuleDescriptor(
        id: "policy.unverified-certainty", title: "Unverified certainty about financing, approvals or safety",
        dimension: .compliance, severity: .error,
        rationale: """
            "Funding secured" claimed a certainty that did not exist; the SEC charged it as fraud (SEC v. Musk, \
            2018). Saying financing is secured, an approval is certain or a product is safe while the facts are \
            not established misleads investors and the public, and prejudges any investigation.
            """,
        examples: [
            .triggers("Going private at $420. Funding secured.", .en),
            .triggers("We are confident in the safety of the aircraft.", .en),
            .triggers("تم تأمين التمويل الكامل للصفقة.", .ar),
            .passes("Funding is not secured yet; we will update the market when it is.", .en),
            .passes("As disclosed in our filing, the financing was secured on 3 May.", .en),
            .passes("لم يتم تأمين التمويل بعد.", .ar),
            .passes("كما ورد في الإفصاح المنشور، تمت الموافقة على التمويل.", .ar),
        ])

    var frames: [Frame] {
        [Frame(anchor: Concepts.certaintyClaim, withAny: [Concepts.financingOrApproval, Concepts.goingPrivate, Concepts.takeover], window: 1),
         Frame(anchor: Self.safetyCertainty)]
    }

    func message(_ excerpt: String) -> String {
        "'\(excerpt)' claims a certainty (financing secured, approval given, safety confirmed) that the public record does not show."
    }

    var suggestion: String {
        "Say what is true now (talks, conditions, the review under way) and when the market will hear more; never claim it is done before it is."
    }
}
