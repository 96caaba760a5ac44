import Foundation
import Testing
@testable import MinbarCLI

/// `--lang ar` help: every command, the overview and `minbar help CMD` speak Arabic, and
/// only what the user types (option and command names, placeholders, code) stays Latin.
@Suite struct ArabicHelpTests {
    static let allCommands: [any Command.Type] = MinbarApp.commands + [PracticeCommand.self]

    func hasArabic(_ text: String) -> Bool { text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }

    /// Latin words left in `text` that are not allowed in Arabic help. Allowed: anything in
    /// backquotes (code the user types), tokens starting with `--`, command names, tokens
    /// with no lower-case letter (placeholders FILE, YYYY-MM-DD, RULE,…, MINBAR_LANG, NO_COLOR,
    /// JSON), file extensions (`.scenario.md`), the option value names of `command`, and a
    /// few names (minbar, Minbar, LinkedIn, proselint). A word is a run of 3+ Latin letters.
    func strayEnglish(in text: String, command: (any Command.Type)?) -> [String] {
        var allowed: Set<String> = ["minbar", "Minbar", "LinkedIn", "proselint", "practice"]
        allowed.formUnion(MinbarApp.commands.map { $0.name })
        for option in (command?.options ?? []) + MinbarApp.globalOptions {
            if let value = option.valueName { allowed.insert(value) }
        }
        // Operands are syntax, as value names are ("bash|zsh|fish").
        for operand in (command?.operands ?? "").split(separator: " ") {
            allowed.insert(operand.trimmingCharacters(in: CharacterSet(charactersIn: "[]")))
        }
        // Code spans out.
        var plain = ""
        var inCode = false
        for character in text {
            if character == "`" { inCode.toggle(); continue }
            if !inCode { plain.append(character) }
        }
        // Tokens: runs of characters that are neither white space nor Arabic.
        var tokens: [String] = []
        var current = ""
        for scalar in plain.unicodeScalars {
            if scalar.properties.isWhitespace || (0x0600...0x06FF).contains(scalar.value) {
                if !current.isEmpty { tokens.append(current); current = "" }
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        let edges = CharacterSet(charactersIn: "()[],.;:…'\"!?")
        return tokens.filter { raw in
            let token = raw.trimmingCharacters(in: edges)
            if token.hasPrefix("--") || raw.hasPrefix(".") || allowed.contains(token) { return false }
            if !token.unicodeScalars.contains(where: { ("a"..."z").contains($0) }) { return false }
            var run = 0
            for scalar in token.unicodeScalars {
                run = (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)) ? run + 1 : 0
                if run >= 3 { return true }
            }
            return false
        }
    }

    @Test func everyCommandsHelpIsArabicWithLangAr() {
        for command in Self.allCommands {
            for arguments in [[command.name, "--help", "--lang", "ar"], ["--lang", "ar", command.name, "--help"], ["help", command.name, "--lang", "ar"]] {
                let run = runMinbar(arguments)
                #expect(run.status == 0, "\(arguments): \(run.error)")
                #expect(run.output.contains("الخيارات:"), "\(arguments)")
                #expect(run.output.contains(command.summaryAr), "\(arguments)")
                #expect(strayEnglish(in: run.output, command: command) == [], "\(arguments)")
            }
            let byEnvironment = runMinbar(["help", command.name], environment: ["MINBAR_LANG": "ar"], width: 60)
            #expect(hasArabic(byEnvironment.output) && strayEnglish(in: byEnvironment.output, command: command) == [], "\(command.name)")
        }
    }

    @Test func overviewIsArabicWithLangArOrMinbarLang() {
        for (arguments, environment) in [(["--lang", "ar", "--help"], [String: String]()), (["--help", "--lang=ar"], [:]), (["help"], ["MINBAR_LANG": "ar"])] {
            let run = runMinbar(arguments, environment: environment)
            #expect(run.status == 0, "\(arguments): \(run.error)")
            #expect(run.output.contains("الأوامر:"), "\(arguments)")
            for command in MinbarApp.commands { #expect(run.output.contains(command.summaryAr), "\(command.name)") }
            #expect(strayEnglish(in: run.output, command: nil) == [], "\(arguments)")
        }
        #expect(runMinbar(["--help", "--lang", "xx"]).status == 2)
    }

    @Test func everyCommandAndOptionHasArabicBesideItsEnglish() {
        for command in Self.allCommands {
            #expect(hasArabic(command.summaryAr), "\(command.name) has no Arabic summary")
            #expect(command.discussion.isEmpty == command.discussionAr.isEmpty, "\(command.name)'s discussion has no Arabic")
            if !command.discussionAr.isEmpty { #expect(hasArabic(command.discussionAr), "\(command.name)") }
            for option in command.options + MinbarApp.globalOptions {
                #expect(hasArabic(option.helpAr), "\(command.name) \(option.name) has no Arabic help")
                #expect(option.help != option.helpAr)
            }
        }
    }

    @Test func englishHelpStaysEnglish() {
        for command in Self.allCommands {
            let run = runMinbar([command.name, "--help"])
            #expect(run.output.hasPrefix("Usage: ") && run.output.contains("\nOptions:\n") && !hasArabic(run.output), "\(command.name)")
        }
        let overview = runMinbar(["--help"])
        #expect(overview.output.contains("Commands:") && !hasArabic(overview.output))
    }

    @Test func theLatinCheckCatchesEnglishAndAllowsWhatUsersType() {
        #expect(strayEnglish(in: "اعرض the shows (default).", command: nil) == ["the", "shows", "(default)."])
        #expect(strayEnglish(in: "مع --json و`eval \"$(minbar completion bash)\"` FILE|ID `.plan.md` .scenario.md وMINBAR_LANG minbar score JSON", command: nil) == [])
        #expect(strayEnglish(in: "--format text|json", command: ScoreCommand.self) == [])
        #expect(strayEnglish(in: "--format text|json", command: nil) == ["text|json"])
    }
}
