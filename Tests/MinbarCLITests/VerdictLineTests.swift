import Testing
@testable import MinbarCLI

/// A ready post is "fit to publish as written" only when the platform takes it as it stands;
/// over the platform's length it stays ready (length never outweighs judgement) but says so.
@Suite struct VerdictLineTests {
    @Test func aReadyPostWithNotesIsNotAsWritten() {
        let long = String(repeating: "We reopened the Ibri branch today after the flood, and every account holder can visit us from 8 am to 8 pm. ", count: 3)
        let noted = runMinbar(["score", "--platform", "x", "--text", long])
        #expect(noted.output.contains("READY") && noted.output.contains("platform.length"), "\(noted.output)")
        #expect(noted.output.contains("once it fits the platform") && !noted.output.contains("as written"), "\(noted.output)")
        let arabicLong = String(repeating: "أعدنا افتتاح فرع عبري اليوم بعد السيول، ويمكن لكل عملائنا زيارتنا من الثامنة صباحاً حتى الثامنة مساءً. ", count: 3)
        let arabic = runMinbar(["score", "--lang", "ar", "--platform", "x", "--text", arabicLong])
        #expect(arabic.output.contains("بعد أن يلائم المنصة") && !arabic.output.contains("كما هو"), "\(arabic.output)")
        let clean = runMinbar(["score", "--text", "نفخر بفريقنا في صحار الذي أنجز توسعة الرصيف قبل موعدها بشهرين."])
        #expect(clean.output.contains("fit to publish as written"), "\(clean.output)")
    }
}
