import Foundation
import Testing
@testable import MinbarCLI

@Suite struct LanguageTests {
    func hasArabic(_ text: String) -> Bool { text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }

    @Test func langMinbarLangAndTheLocaleChooseTheInterface() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let english = runMinbar(["--data", data.path], input: "/help\n")
        #expect(english.output.contains("this list"))
        for (arguments, environment) in [(["--lang", "ar"], [String: String]()), ([], ["MINBAR_LANG": "ar"]), ([], ["LANG": "ar_OM.UTF-8"])] {
            let run = runMinbar(arguments + ["--data", data.path], environment: environment, input: "/help\n/progress\n/nope\n")
            #expect(run.status == 0, "\(run.error)")
            #expect(run.output.contains("هذه القائمة"), "\(arguments) \(environment)")
            #expect(!run.output.contains("this list"))
        }
        let bad = runMinbar(["score", "--lang", "fr"], input: "x")
        #expect(bad.status == 2)
        #expect(bad.error.contains("--lang"))
        #expect(runMinbar(["rules", "--help"]).output.contains("--lang ar|en"), "every command takes --lang")
    }

    @Test func scoreScreensInArabic() {
        let run = runMinbar(["score", "--lang", "ar"], input: "We regret any inconvenience caused by the dividend decision.")
        #expect(run.output.contains("الحكم: يحتاج مراجعة"), "\(run.output)")
        #expect(run.output.contains("المهنية"))
        #expect(!run.output.contains("Verdict"))
    }

    /// `--lang` before the command is the same as after it, as with any global option.
    @Test func langBeforeTheCommandWorksLikeAfterIt() {
        for arguments in [["--lang", "ar", "score"], ["--lang=ar", "score"], ["score", "--lang", "ar"]] {
            let run = runMinbar(arguments, input: "نعتذر عن تأخر صرف الأرباح، وسنعلن موعد الصرف خلال أسبوع.")
            #expect(run.status != 2, "\(arguments): \(run.error)")
            #expect(run.output.contains("المهنية"), "\(arguments): \(run.output)")
        }
        let rules = runMinbar(["--lang", "ar", "rules"])
        #expect(rules.status == 0, "\(rules.error)")
        #expect(hasArabic(rules.output))
    }
}

@Suite struct CompletionTests {
    @Test func completionComesFromTheDeclarations() throws {
        for shell in ["bash", "zsh", "fish"] {
            let run = runMinbar(["completion", shell])
            #expect(run.status == 0, "\(run.error)")
            for command in MinbarApp.commands {
                #expect(run.output.contains(command.name), "\(shell): \(command.name)")
                for option in command.options + MinbarApp.globalOptions {
                    #expect(run.output.contains(shell == "fish" ? "-l \(option.name.dropFirst(2))" : option.name), "\(shell): \(command.name) \(option.name)")
                }
            }
            #expect(run.output.contains("crisis-water-outage-ar"), "scenario ids")
            #expect(run.output.contains("policy.mnpi"), "rule ids")
        }
        #expect(runMinbar(["completion", "tcsh"]).status == 2)
        #expect(runMinbar(["completion", "--help"]).output.contains("bash"))
    }

    @Test func anArabicPostGetsArabicFeedbackWithTheDefaultInterface() {
        let run = runMinbar(["score"], input: "نعتذر عن أي إزعاج، والمشكلة خارج عن إرادتنا!!!")
        #expect(run.output.contains("اعتذار مشروط"), "\(run.output)")
        #expect(run.output.contains("Verdict"), "the screen stays in the interface's language")
    }
}
