/// Terms the organisation's policy bans.
struct BannedTermRule: Rule {
    let descriptor = RuleDescriptor(
        id: "policy.banned-term", title: "Terms the policy bans", dimension: .compliance, severity: .error,
        rationale: "The organisation's social media policy lists terms that must never appear in its posts.",
        examples: [])

    func check(_ post: PostAnalysis) -> [Finding] {
        post.hits(PreparedPolicy.banned.lexicon).map { hit in
            finding("'\(post.excerpt(hit))' is banned by \(post.policy.policy.name).", tokens: hit.firstToken..<hit.endToken, in: post,
                    suggestion: "Remove it or use the wording the policy approves.")
        }
    }
}
