/// Recognises a person's name written in Latin letters, the English twin of
/// `arabicName(at:in:)`: a common given name, capitalised, followed by a capitalised family
/// name ("Sarah Jones", "Ahmed Al-Harbi", "Fatima bin Saeed"). Capitals alone do not make
/// a name (every sentence opens with one, and "Grace Church" or "Will Power" are not
/// people), so the given name must be one people are called by and nothing else.
extension PersonName {
    /// Given names common among the people Gulf organisations write about, in English and
    /// in the usual Latin spellings of Arabic and South Asian names, lower-cased. Names that
    /// are also everyday English words (Grace, Hope, Will, Mark, Bill, May, Rose, Faith,
    /// Sunny), titles (Sultan, Amir, Sheikh) and "Said", which opens sentences as a verb,
    /// are left out.
    static let latinGivenNames: WordSet = WordSet([
        // Arabic names in Latin letters, with their common spellings.
        "ahmed", "ahmad", "mohammed", "mohammad", "muhammad", "mohamed", "mohamad", "mahmoud", "mahmood", "khalid", "khaled",
        "abdullah", "abdulla", "abdulaziz", "abdulrahman", "abdulrahim", "abdulkarim", "abdallah", "omar", "umar", "othman",
        "uthman", "ali", "hassan", "hasan", "hussein", "hussain", "husain", "ibrahim", "ismail", "yousef", "yusuf", "youssef",
        "saeed", "salem", "saleh", "salih", "faisal", "fahad", "fahd", "turki", "nasser", "nasir", "majid",
        "majed", "rashid", "rashed", "hamad", "hamed", "hamdan", "mansour", "mansoor", "saud", "talal", "waleed", "walid",
        "tariq", "tarek", "ziad", "ziyad", "zayed", "zaid", "mubarak", "jassim", "jasim", "hamza", "bilal", "yasser", "yasir",
        "adel", "adil", "badr", "bader", "bandar", "meshal", "mishal", "nawaf", "naif", "nayef", "sami", "samir", "sameer",
        "karim", "kareem", "marwan", "mazen", "hisham", "osama", "usama", "anas", "ayman", "essam", "issa", "eisa", "musa",
        "moosa", "suleiman", "sulaiman", "yahya", "zakaria", "fawaz", "fares", "faris", "haitham", "hatem", "jamal", "kamal",
        "mustafa", "mostafa", "nabil", "raed", "thamer", "wael", "younis", "yunus",
        "fatima", "fatma", "aisha", "ayesha", "mariam", "maryam", "maryum", "noura", "nora", "nouf", "hessa", "moza", "mouza",
        "latifa", "latifah", "amna", "aminah", "amina", "khadija", "khadijah", "zainab", "zaynab", "sara", "salma", "huda",
        "hind", "reem", "rim", "lama", "lamia", "dana", "hanan", "haya", "asma", "asmaa", "shaikha", "sheikha", "alia", "aliya",
        "muna", "mona", "nadia", "najla", "rania", "randa", "rasha", "samira", "sameera", "shamma", "shatha", "wafa", "yasmin",
        "yasmeen", "jawaher", "maha", "manal", "nawal", "abeer", "afaf", "ghada", "hala", "lubna", "mai", "nahla", "nadine",
        // English and other common names.
        "james", "john", "robert", "michael", "david", "richard", "joseph", "thomas", "charles", "christopher", "daniel",
        "matthew", "anthony", "steven", "stephen", "andrew", "paul", "joshua", "kevin", "brian", "george", "edward", "ronald",
        "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "justin", "scott", "brandon",
        "benjamin", "samuel", "gregory", "alexander", "patrick", "peter", "simon", "oliver", "harry", "henry", "william",
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "lisa",
        "nancy", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "carol", "amanda", "melissa",
        "deborah", "stephanie", "rebecca", "laura", "sharon", "cynthia", "kathleen", "amy", "angela", "helen", "anna",
        "emma", "olivia", "sophie", "sophia", "charlotte", "hannah", "rachel", "catherine", "claire", "julia", "lucy",
        "priya", "rahul", "amit", "anil", "sunil", "rajesh", "ramesh", "suresh", "vijay", "deepak", "sanjay", "arjun",
        "anita", "sunita", "pooja", "neha", "kavita", "lakshmi", "imran", "farhan", "rizwan", "asif", "tahir",
        "rakesh", "sachin", "ravi", "anand", "ashok", "manoj", "mahesh", "dinesh", "ganesh", "naveen", "pradeep", "rohit", "vikram",
        "vivek", "ajay", "akash", "alok", "nikhil", "sandeep", "sumit", "varun", "kiran", "ritesh", "mukesh", "nitin", "pankaj",
        "prakash", "rajiv", "anjali", "divya", "shreya", "swati", "deepa", "rekha", "meera", "nisha", "ritu", "preeti", "jyoti",
        "mike", "chris", "jim", "tom", "steve", "dave", "tony", "elon", "jeff", "tim", "jamie", "martin", "alan", "ian", "neil",
        "colin", "graham", "keith", "craig", "derek", "gavin", "luke", "adam", "nathan", "kyle", "sean", "travis", "todd",
        "dan", "ben", "matt", "nick", "alex", "kate", "jane", "anne", "jenny", "lauren", "megan", "nicole", "heather", "tina",
        "julie", "diane", "jose", "juan", "maria", "carlos", "luis",
    ].map(TextNormalizer.normalize))

    /// The parts that join a family name to the given name: "Al-Harbi", "bin Saeed", "Abu Bakr".
    static let latinNameParticles: WordSet = WordSet(["al", "el", "bin", "bint", "ibn", "abu", "bou", "van", "de", "da", "di", "le", "la"]
                                                        .map(TextNormalizer.normalize))

    /// The tokens of a Latin-letter name that starts at `index`, or nil: a capitalised common
    /// given name, then a capitalised family name, which may open with a particle and a
    /// hyphen ("Al-Harbi", "al Harbi", "bin Saeed").
    public static func latinName(at index: Int, in tokens: [Token]) -> Range<Int>? {
        func capitalisedWord(_ i: Int) -> Bool {
            i < tokens.count && tokens[i].kind == .word && !tokens[i].isArabic && tokens[i].isCapitalised && !tokens[i].isAllCaps
        }
        guard capitalisedWord(index), latinGivenNames.contains(tokens.text(at: index)) else { return nil }
        var next = index + 1
        guard next < tokens.count, tokens[next].kind == .word, !tokens[next].isArabic else { return nil }
        if latinNameParticles.contains(tokens.text(at: next)) {
            next += 1
            if next < tokens.count, tokens.text(at: next) == "-", tokens[next].start == tokens[next - 1].end { next += 1 }
            return capitalisedWord(next) ? index..<(next + 1) : nil
        }
        return capitalisedWord(next) ? index..<(next + 1) : nil
    }

    /// Whether a Latin-letter name occurs among `range`'s tokens.
    public static func latinNameOccurs(in range: Range<Int>, of tokens: [Token]) -> Bool {
        range.contains { latinName(at: $0, in: tokens).map { $0.upperBound <= range.upperBound } ?? false }
    }
}
