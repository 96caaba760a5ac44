import Testing
@testable import MinbarCore

/// Arabic personal names without capitals: a given name before another name or a
/// family name («خالد الحارثي»), and given names that are also everyday words («سالم»
/// "safe") only before a family name.
/// The words of the name `recognise` finds at the first token of `text`, or nil.
func name(atStartOf text: String, by recognise: (Int, [Token]) -> Range<Int>?) -> String? {
    let analysed = AnalyzedText(text)
    guard let range = recognise(0, analysed.tokens) else { return nil }
    return analysed.tokens[range].map(\.text).joined(separator: " ")
}

@Suite struct PersonNameTests {
    func nameAtStart(_ text: String) -> String? { name(atStartOf: text, by: PersonName.arabicName(at:in:)) }

    @Test func aGivenNameBeforeAFamilyNameIsAName() {
        #expect(nameAtStart("خالد الحارثي حضر الاجتماع") != nil)
        #expect(nameAtStart("سالم الهاشمي حضر الاجتماع") != nil)
        #expect(nameAtStart("حسن البلوشي مدير الفرع") != nil)
        // A woman's family name, and a short one after a name that is never a word.
        #expect(nameAtStart("مريم اللواتية تغلبت على المرض") != nil)
        #expect(nameAtStart("خالد الشحي حضر الاجتماع") != nil)
    }

    @Test func anEverydayWordIsNoNameWithoutAFamilyName() {
        // «سالم» "safe", «حسن» "good": before anything but a family name they are words.
        #expect(nameAtStart("سالم من كل سوء") == nil)
        #expect(nameAtStart("حسن التعامل مع العملاء") == nil)
        // A nisba adjective is no family name: «سعيد الوطني» is not read as a person.
        #expect(nameAtStart("سعيد الوطني") == nil)
        #expect(nameAtStart("أمل الوطنية") == nil)
        // «نور الوعي» ("the light of awareness"): a short ال…ي word after an everyday word is no name.
        #expect(nameAtStart("نور الوعي") == nil)
        // «على النادي» ("on the club") folds to «علي النادي»: Ali is left out on purpose.
        #expect(nameAtStart("على النادي أن يعتذر") == nil)
    }
}

/// Names in Latin letters: a common given name, capitalised, before a capitalised family
/// name, which may open with a particle ("Al-Harbi", "bin Saeed"). Capitals alone are no name.
@Suite struct LatinPersonNameTests {
    func nameAtStart(_ text: String) -> String? { name(atStartOf: text, by: PersonName.latinName(at:in:)) }

    @Test func aGivenNameBeforeAFamilyNameIsAName() {
        #expect(nameAtStart("Sarah Jones from finance") == "sarah jones")
        #expect(nameAtStart("Ahmed Al-Harbi joined us") == "ahmed al-harbi")
        #expect(nameAtStart("Fatima bin Saeed joined us") == "fatima bin saeed")
        #expect(nameAtStart("Mohammed Khan was promoted") == "mohammed khan")
    }

    @Test func capitalsAloneAreNoName() {
        // An everyday word that is also a name, a given name before a lower-case word, a place.
        #expect(nameAtStart("Grace Church hosts a walk") == nil)
        #expect(nameAtStart("Sarah was promoted") == nil)
        #expect(nameAtStart("Muscat Airport reopens") == nil)
        #expect(nameAtStart("SARAH JONES") == nil)
        // A name in Arabic letters is `arabicName`'s.
        #expect(nameAtStart("خالد الحارثي") == nil)
    }
}
