/// One match key for an English word: irregular forms to their base (`paid` → pay,
/// `children` → child), inflection removed (`-s`, `-es`, `-ies`, `-ed`, `-ied`, `-ing`,
/// possessive `'s`), British and American spellings folded together (`-ise`/`-ize`,
/// `-our`/`-or`, `-tre`/`-ter`, `-ogue`/`-og`, doubled `l`, and a table), a final `e`
/// and a doubled final consonant dropped. Stems keep three letters at least, and words
/// that only look inflected (`news`, `evening`, `speed`) are left whole.
public enum EnglishStemmer {
    public static func key(of word: String) -> String {
        // The possessive goes first, and the tables are asked about what is left: "morning's"
        // is "morning", left whole (stripping its "-ing" made it "morn", the key of
        // "mourning"), and "children's" is "children", whose base is "child". A possessive
        // on a word ending in "s" ("boss's") leaves that word as it is.
        let possessive = possessiveBase(of: word)
        let looked = possessive ?? word
        var w = looked.scalarArray
        if let base = EnglishWordTables.irregular[looked] { w = base.scalarArray }
        else if EnglishWordTables.uninflected.contains(looked) || (possessive != nil && w.last == "s") {}
        else { w = uninflect(w) }
        w = americanise(w)
        // A final e and a doubled final consonant do not tell words apart: update/updat-ed,
        // plan/plann-ed, cancel/cancell-ed.
        if w.count >= 4, w.last == "e" { w.removeLast() }
        if w.count >= 4, let last = w.last, !isVowel(last), w[w.count - 2] == last { w.removeLast() }
        return String(scalars: w)
    }

    /// The word without a possessive `'s` (or the `'` of a plural's `s'`, with its `s`);
    /// nil when it has none, or nothing before it.
    static func possessiveBase(of word: String) -> String? {
        // From the last two bytes (every word a phrase or a post holds is asked): both endings
        // are ASCII, so they are the last two scalars, and a byte before them starts a third.
        let possessive = word.readingUTF8 { bytes in
            bytes.count > 2 && ((bytes[bytes.count - 2], bytes[bytes.count - 1]) == (UInt8(ascii: "'"), UInt8(ascii: "s"))
                || (bytes[bytes.count - 2], bytes[bytes.count - 1]) == (UInt8(ascii: "s"), UInt8(ascii: "'")))
        }
        return possessive ? String(word.unicodeScalars.dropLast(2)) : nil
    }

    static func isVowel(_ s: Unicode.Scalar) -> Bool { s == "a" || s == "e" || s == "i" || s == "o" || s == "u" || s == "y" }

    static func hasVowel(_ letters: ArraySlice<Unicode.Scalar>) -> Bool { letters.contains(where: isVowel) }

    /// Whether `w` is longer than `suffix` and ends with it. The suffixes are ASCII, so
    /// each byte is a scalar: they are compared in place (an array of the suffix's
    /// scalars was built for every ending tried on every new word).
    static func ends(_ w: [Unicode.Scalar], _ suffix: StaticString) -> Bool {
        suffix.withUTF8Buffer { bytes in
            guard w.count > bytes.count else { return false }
            var index = w.count - bytes.count
            for byte in bytes {
                if w[index].value != UInt32(byte) { return false }
                index += 1
            }
            return true
        }
    }

    /// Inflection removed from a word without a possessive (see `key(of:)`).
    static func uninflect(_ w: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let n = w.count
        if n >= 5, ends(w, "ies") || ends(w, "ied") { return Array(w.dropLast(3)) + ["y"] }
        if n >= 6, ends(w, "ing"), hasVowel(w[..<(n - 3)]) { return Array(w.dropLast(3)) }
        if n >= 5, ends(w, "ed"), !ends(w, "eed"), hasVowel(w[..<(n - 2)]) { return Array(w.dropLast(2)) }
        if n >= 4, ends(w, "es") {
            let stem = Array(w.dropLast(2))
            if ends(stem, "s") || ends(stem, "x") || ends(stem, "z") || ends(stem, "ch") || ends(stem, "sh") || ends(stem, "o") {
                return stem
            }
            return Array(w.dropLast())
        }
        if n >= 4, w.last == "s", !ends(w, "ss"), !ends(w, "us"), !ends(w, "is") { return Array(w.dropLast()) }
        return w
    }

    /// British spellings written the American way (both sides of a match fold the same).
    static func americanise(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        if let american = EnglishWordTables.american[String(scalars: word)] { return Array(american.unicodeScalars) }
        var w = word
        // -ise/-ize, -yse/-yze everywhere: apologise, organisation, analysing.
        for index in w.indices.dropFirst() where w[index] == "s" && (w[index - 1] == "i" || w[index - 1] == "y") && index >= 3
            && (index + 1 == w.count || w[index + 1] == "e" || w[index + 1] == "a" || w[index + 1] == "i") {
            w[index] = "z"
        }
        // -our/-or after the letters that take it: colour, labour, behaviour (not four, hour, your, tour).
        if w.count >= 5 {
            var index = 1
            while index + 2 < w.count {
                if w[index] == "o", w[index + 1] == "u", w[index + 2] == "r", "lbvmndgi".unicodeScalars.contains(w[index - 1]) {
                    w.remove(at: index + 1)
                }
                index += 1
            }
        }
        // -tre/-bre: centre, metre, fibre.
        if w.count >= 5, ends(w, "tre") || ends(w, "bre") { w.swapAt(w.count - 1, w.count - 2) }
        // -ogue: catalogue, dialogue.
        if w.count >= 7, ends(w, "ogue") { w.removeLast(2) }
        // Doubled l before an ending: cancelled, travelling, labelled (the ending is gone by now).
        return w
    }
}

/// English forms no rule can derive.
enum EnglishWordTables {
    static let irregular: [String: String] = {
        let groups: [String: [String]] = [
            "pay": ["paid"], "buy": ["bought"], "meet": ["met"], "take": ["took", "taken", "taking"], "give": ["gave", "given", "giving"],
            "make": ["made", "making"], "child": ["children"], "person": ["people", "persons"], "send": ["sent"], "find": ["found"],
            "tell": ["told"], "say": ["said", "says"], "know": ["knew", "known"], "leave": ["left", "leaving"], "hold": ["held"],
            "bring": ["brought"], "keep": ["kept"], "write": ["wrote", "written", "writing"], "speak": ["spoke", "spoken"],
            "begin": ["began", "begun", "beginning"], "rise": ["rose", "risen", "rising"], "fall": ["fell", "fallen"],
            "go": ["went", "gone", "goes"], "lose": ["lost", "losing"], "build": ["built"], "spend": ["spent"], "woman": ["women"],
            "man": ["men"], "sell": ["sold"], "feel": ["felt"], "understand": ["understood"], "run": ["ran", "running"],
            "choose": ["chose", "chosen", "choosing"], "do": ["did", "done", "does"], "see": ["saw", "seen", "sees"],
            "drive": ["drove", "driven", "driving"], "have": ["had", "has", "having"], "get": ["got", "gotten", "getting"],
            "think": ["thought"], "teach": ["taught"], "catch": ["caught"], "seek": ["sought"], "fight": ["fought"],
            "lead": ["led"], "feed": ["fed"], "mean": ["meant"], "deal": ["dealt"], "stand": ["stood"], "win": ["won", "winning"],
            "strike": ["struck"], "grow": ["grew", "grown"], "fly": ["flew", "flown", "flies"], "draw": ["drew", "drawn"],
            "throw": ["threw", "thrown"], "show": ["shown"], "break": ["broke", "broken"], "freeze": ["froze", "frozen"],
            "steal": ["stole", "stolen"], "hide": ["hid", "hidden"], "agree": ["agreed"], "guarantee": ["guaranteed"],
            "free": ["freed"], "use": ["used", "uses", "using"], "tooth": ["teeth"], "foot": ["feet"], "crisis": ["crises"],
            "shut": ["shutting"], "cut": ["cutting"], "put": ["putting"], "set": ["setting"], "hit": ["hitting"], "sit": ["sat", "sitting"],
            "wake": ["woke", "woken"], "bear": ["bore", "borne"], "wear": ["wore", "worn"], "swim": ["swam", "swum"],
            "forgive": ["forgave", "forgiven"], "undertake": ["undertook", "undertaken"], "overcome": ["overcame"],
            "withdraw": ["withdrew", "withdrawn"], "mislead": ["misled"], "pledge": ["pledged"],
        ]
        var table: [String: String] = [:]
        for (base, forms) in groups { for form in forms { table[form] = base } }
        return table
    }()

    /// Words that end like an inflection and are not one.
    static let uninflected: WordSet = [
        "news", "always", "perhaps", "series", "species", "its", "his", "this", "has", "was", "does", "yes", "is", "as", "us",
        "plus", "thus", "lens", "analysis", "crisis", "basis", "status", "bonus", "campus", "virus", "focus", "census",
        "whereas", "across", "sometimes", "towards", "afterwards", "ours", "yours", "hers", "theirs", "less", "unless",
        "morning", "evening", "during", "nothing", "something", "anything", "everything", "thing", "king", "ring", "spring",
        "string", "sing", "bring", "swing", "wing", "ceiling", "ping", "sibling", "pudding", "darling", "sterling",
        "hundred", "sacred", "naked", "wicked", "kindred", "hatred", "red", "bed", "shed", "wed", "embed", "united",
        "bias", "gas", "alias", "atlas", "canvas", "chaos", "ethos", "kudos", "pros", "cons", "means", "physics",
        "economics", "politics", "ethics", "statistics", "logistics", "analytics", "earnings", "savings", "proceedings",
        "headquarters", "premises",
    ]

    /// British base forms whose American spelling no general rule gives.
    static let american: [String: String] = [
        "licence": "license", "defence": "defense", "offence": "offense", "pretence": "pretense", "practise": "practice",
        "programme": "program", "programm": "program", "cheque": "check", "tonne": "ton", "jewellery": "jewelry", "aluminium": "aluminum",
        "grey": "gray", "plough": "plow", "draught": "draft", "kerb": "curb", "tyre": "tire", "enrol": "enroll", "fulfil": "fulfill",
        "instal": "install", "skilful": "skillful", "wilful": "willful", "enrolment": "enrollment", "fulfilment": "fulfillment",
        "ageing": "aging", "judgement": "judgment", "acknowledgement": "acknowledgment", "manoeuvre": "maneuver",
        "paediatric": "pediatric", "anaesthetic": "anesthetic", "mould": "mold", "moult": "molt", "storey": "story",
        "cancell": "cancel", "travell": "travel", "labell": "label", "modell": "model", "levell": "level", "fuell": "fuel",
        "signall": "signal", "counsell": "counsel", "totall": "total", "jewell": "jewel", "channell": "channel",
    ]
}
