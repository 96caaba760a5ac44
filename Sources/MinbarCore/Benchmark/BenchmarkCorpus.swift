/// Posts for the benchmark: English, Arabic and mixed, clean and rule-breaking, built
/// from fragments by a seeded generator so every run scores the same posts.
public struct BenchmarkCorpus: Sequence {
    public let count: Int
    public let seed: UInt64

    public init(count: Int, seed: UInt64 = 2026) {
        self.count = count
        self.seed = seed
    }

    static let english = [
        "Our Q3 gross margin was 37%, as published in this morning's results.",
        "Thank you to the 240 colleagues in Sohar who delivered the new berth two months early.",
        "Next quarter revenue will beat expectations, trust me!!!",
        "We are sorry for yesterday's outage; service was restored at 18:40 and the next update is at 09:00.",
        "Our competitors are incompetent and their network is garbage 🤡",
        "Call me on +968 9123 4567 and I will sort it out personally.",
        "The board approved a rights issue this morning, more soon.",
        "Congratulations to the Salalah team on 2 million safe work hours, certified under ISO 45001.",
        "lol u guys are the best, world-class team 🚀🚀🚀",
        "We will publish our full-year results on 5 February at msx.example.",
        "This lawsuit is baseless and we will win in court.",
        "Questions about your bill? Write to care@qimmah.example or DM @QimmahCare.",
    ]

    static let arabic = [
        "ارتفعت الإيرادات ١٢٪ كما ورد في القوائم المالية المنشورة اليوم.",
        "شكراً لفريقنا في صحار على إنجاز توسعة الرصيف قبل موعدها بشهرين.",
        "نتوقع أن ترتفع الأرباح ١٥٪ العام المقبل!!!",
        "نعتذر لعملائنا عن انقطاع المياه، والتحديث القادم الساعة ٦ مساء اليوم.",
        "منتجات الشركات المنافسة رديئة ومغشوشة 😂",
        "تواصل معي على جوالي 0501234567",
        "قبل الإعلان الرسمي: أرباحنا ارتفعت ٢٠٪ هذا الربع.",
        "حصلنا على شهادة الأيزو ١٤٠٠١ للعام الثالث على التوالي بفضل جهود الفريق.",
        "هههههه الشائعات كثيرة هالأيام، وش نسوي؟",
        "لا نعلق على الشائعات، وأي معلومة جوهرية نفصح عنها عبر البورصة أولاً.",
        "الخدمة الجديدة متاحة عبر التطبيق، ومتوسط زمن الإنجاز انخفض من ١٤ يوماً إلى يومين.",
        "للاستفسار: care@manara.example أو الرقم الموحد 80012345.",
    ]

    public struct Iterator: IteratorProtocol {
        var remaining: Int
        var state: UInt64

        public mutating func next64() -> UInt64 {
            // xorshift64*: small, fast and the same on every platform.
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return state &* 2685821657736338717
        }

        public mutating func next() -> String? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            let sentences = Int(next64() % 3) + 1
            let language = next64() % 3  // 0 English, 1 Arabic, 2 mixed
            var parts: [String] = []
            for index in 0..<sentences {
                let pool = language == 0 || (language == 2 && index % 2 == 0) ? BenchmarkCorpus.english : BenchmarkCorpus.arabic
                parts.append(pool[Int(next64() % UInt64(pool.count))])
            }
            return parts.joined(separator: " ")
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(remaining: count, state: seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed)
    }
}
