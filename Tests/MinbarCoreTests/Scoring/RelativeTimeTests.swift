import Testing
@testable import MinbarCore

/// Relative times ("within two hours", «خلال ساعتين») as `Evidence` reads them.
@Suite struct RelativeTimeTests {
    private func relativeTimes(_ text: String) -> [String] {
        let analyzed = AnalyzedText(text)
        return Evidence.relativeTimes(in: analyzed.tokens).map { range in
            analyzed.excerpt(analyzed.tokens[range.lowerBound].start, analyzed.tokens[range.upperBound - 1].end)
        }
    }

    @Test(arguments: [
        ("We will reply within two hours.", "within two hours"),
        ("Refunds reach your account within 48 hours.", "within 48 hours"),
        ("Our team will call you in a few days.", "in a few days"),
        ("سنرد عليكم خلال ساعتين.", "خلال ساعتين"),
        ("تصلكم الاسترداد خلال ثلاثة أيام من تاريخ الطلب.", "خلال ثلاثة أيام"),
    ])
    func aLeadCountAndUnitIsARelativeTime(_ post: String, _ expected: String) {
        #expect(relativeTimes(post) == [expected])
    }

    @Test(arguments: [
        "It was a long day in the office.",
        "We met in the day and talked about the plan.",
        "Meet us in the lobby of our Muscat office.",
        "نلتقي في اليوم الوطني.",
    ])
    func withoutACountOrAUnitItIsNot(_ post: String) {
        #expect(relativeTimes(post).isEmpty)
    }
}
