import Testing
@testable import MinbarCore

@Suite struct CatalogueTests {
    static func hasArabic(_ text: String) -> Bool { text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }

    /// No key is missing in either language: each has both texts, the same placeholders,
    /// Arabic in the Arabic text and none in the English.
    @Test(arguments: UIText.allCases)
    func everyEntryExistsInBothLanguages(_ key: UIText) {
        let entry = key.localized
        #expect(!entry.en.isEmpty && !entry.ar.isEmpty, "\(key)")
        #expect(Localized.placeholders(in: entry.en) == Localized.placeholders(in: entry.ar), "\(key): placeholders differ")
        #expect(Self.hasArabic(entry.ar), "\(key): the Arabic text has no Arabic")
        #expect(!Self.hasArabic(entry.en), "\(key): the English text has Arabic")
        #expect(entry.en.split(separator: "|").count == entry.ar.split(separator: "|").count
                || (entry.en.split(separator: "|").count == 2 && entry.ar.split(separator: "|").count == 4), "\(key): forms")
    }

    @Test func countedNounsFollowEachLanguagesGrammar() {
        #expect(UIText.attemptsCount.count(1, .en) == "1 attempt")
        #expect(UIText.attemptsCount.count(7, .en) == "7 attempts")
        #expect(UIText.attemptsCount.count(1, .ar) == "محاولة واحدة")
        #expect(UIText.attemptsCount.count(2, .ar) == "محاولتان")
        #expect(UIText.attemptsCount.count(5, .ar) == "5 محاولات")
        #expect(UIText.attemptsCount.count(12, .ar) == "12 محاولة")
        #expect(UIText.errorsCount.count(0, .ar) == "0 أخطاء")
        // After a preposition the dual is genitive: «خلال يومين», «منذ أسبوعين».
        #expect(UIText.daysCount.countAfterPreposition(2, .ar) == "يومين")
        #expect(UIText.weeksCount.countAfterPreposition(2, .ar) == "أسبوعين")
        #expect(UIText.findingsCount.countAfterPreposition(2, .ar) == "ملاحظتين")
        #expect(UIText.daysCount.countAfterPreposition(5, .ar) == "5 أيام")
        #expect(UIText.daysCount.countAfterPreposition(2, .en) == "2 days")
        #expect(UIText.errorsCount.countAfterPreposition(2, .ar) == "خطأين")
        // Every Arabic dual ends in «ان», so each has a genitive.
        for key in UIText.allCases where key.rawValue.hasSuffix("Count") && key.localized.ar.split(separator: "|").count == 4 {
            let dual = key.localized.count(2, .ar)
            #expect(dual.hasSuffix("ان") || dual.hasSuffix("آن"), "\(key): \(dual)")
            #expect(key.localized.countAfterPreposition(2, .ar).hasSuffix("ين"), "\(key): \(dual)")
        }
    }

    @Test func theInterfaceLanguageComesFromTheEnvironment() {
        #expect(Language.fromEnvironment([:]) == .en)
        #expect(Language.fromEnvironment(["LANG": "ar_OM.UTF-8"]) == .ar)
        #expect(Language.fromEnvironment(["LC_ALL": "en_GB.UTF-8", "LANG": "ar_OM.UTF-8"]) == .en, "LC_ALL wins")
        #expect(Language.fromEnvironment(["LC_ALL": "C", "LANG": "ar_OM.UTF-8"]) == .en, "the first set variable decides")
        #expect(Language.fromEnvironment(["MINBAR_LANG": "ar", "LC_ALL": "en_US.UTF-8"]) == .ar)
        #expect(Language.feedback(for: .mixed, interface: .ar) == .ar)
        #expect(Language.feedback(for: .en, interface: .ar) == .en)
    }
}
