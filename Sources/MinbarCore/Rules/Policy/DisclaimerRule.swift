/// A required disclaimer missing from a post on its subject.
struct DisclaimerRule: Rule {
    let descriptor = RuleDescriptor(
        id: "policy.disclaimer", title: "Required disclaimers", dimension: .compliance, severity: .error,
        rationale: "Some subjects (investments, health claims) need the disclaimer the organisation's policy prescribes.",
        examples: [])

    func check(_ post: PostAnalysis) -> [Finding] {
        var findings: [Finding] = []
        for (index, disclaimer) in post.policy.policy.disclaimers.enumerated() {
            guard let trigger = post.hits(PreparedPolicy.disclaimerTrigger(index).lexicon).first,
                  post.hits(PreparedPolicy.disclaimerText(index).lexicon).isEmpty else { continue }
            findings.append(finding("Posts about '\(post.excerpt(trigger))' must carry the disclaimer \"\(disclaimer.text)\".",
                                    start: post.text.length, end: post.text.length,
                                    suggestion: "Add: \(disclaimer.text)"))
        }
        return findings
    }
}
