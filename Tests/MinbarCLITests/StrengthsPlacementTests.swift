import Foundation
import Testing
@testable import MinbarCLI

/// Where a report puts what the post did well: first for a post that may go out, last (as
/// what to keep in the rewrite) for one that must not.
@Suite struct StrengthsPlacementTests {
    static let blockedRecall = "We are sorry: batch L-2405-17 is recalled, please do not drink it and return it for a refund. Unlike our competitor Nada Dairies, who hid their own recall last year, we tell families the truth. Questions: recall@alwaha.example"
    static let blockedRecallArabic = "نعتذر لكم. نسحب التشغيلتين LW-2706-14 وLW-2706-15، لا تستهلكوه واسترداد المبلغ كاملاً من أي منفذ. وعلى عكس منافسنا ألبان ندى الذي أخفى سحب منتجاته العام الماضي، نحن نصارح الأسر. الخط المجاني: 80040010"

    @Test func aBlockedPostKeepsItsStrengthsForTheRewrite() throws {
        let run = runMinbar(["score", "--scenario", "crisis-dairy-recall", "--text", Self.blockedRecall])
        #expect(run.status == 1, "\(run.output)\(run.error)")
        let keep = try #require(run.output.range(of: "When you rewrite it, keep:"), "\(run.output)")
        let finding = try #require(run.output.range(of: "policy.competitor"))
        #expect(finding.lowerBound < keep.lowerBound, "the strengths come after what blocks the post")
        #expect(!run.output.contains("\nKeep:"))
        #expect(run.output[keep.upperBound...].contains("✓"))
    }

    @Test func aBlockedArabicPostKeepsItsStrengthsForTheRewrite() throws {
        let run = runMinbar(["score", "--lang", "ar", "--scenario", "crisis-dairy-recall-ar", "--text", Self.blockedRecallArabic])
        #expect(run.status == 1, "\(run.output)\(run.error)")
        let keep = try #require(run.output.range(of: "عند إعادة الكتابة، احتفظ بما أحسنت فيه:"), "\(run.output)")
        let finding = try #require(run.output.range(of: "policy.competitor"))
        #expect(finding.lowerBound < keep.lowerBound)
        #expect(!run.output.contains("أحسنت في:\n"))
    }

    @Test func aPostThatMayGoOutStartsWithItsStrengths() throws {
        let ready = "We are sorry. Routine tests at our Nizwa plant found Listeria in one batch of our 1-litre full-fat laban: batch L-2405-17, best before 31 May. We are recalling all 42,000 bottles of this batch, which went to 310 shops. Please do not drink it; return it to any shop for a full refund. Questions: recall@alwaha.example or +968 2541 0000."
        let run = runMinbar(["score", "--scenario", "crisis-dairy-recall", "--text", ready])
        #expect(run.status == 0, "\(run.output)\(run.error)")
        let keep = try #require(run.output.range(of: "Keep:"), "\(run.output)")
        let verdict = try #require(run.output.range(of: "Verdict:"))
        #expect(verdict.lowerBound < keep.lowerBound)
        if let firstFinding = run.output.range(of: "  error ") ?? run.output.range(of: "  warning ") ?? run.output.range(of: "  note ") {
            #expect(keep.lowerBound < firstFinding.lowerBound)
        }
        #expect(!run.output.contains("When you rewrite it, keep:"))
    }
}
