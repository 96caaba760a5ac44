import MinbarCore

/// What a command reports on standard error or beside its output (files written,
/// attempts imported, files skipped), in the interface's language. Paths and counts are
/// the person's own and stay as they are. `line` is the form for standard error, after
/// the program's name; the REPL shows `text` on its own.
enum StatusMessage {
    case wroteAttempts(Int, path: String)
    case damagedLines(Int, path: String)
    case imported(Int, profile: String, alreadyThere: Int)
    case notAnExport(path: String)
    case scenarioFilesNotLoaded(Int)
    /// `check` was given a folder with no scenario, policy or plan file in it.
    case noScenarioFiles(folder: String)

    func line(_ language: Language) -> String { "minbar: " + text(language) }

    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.wroteAttempts(let count, let path), .ar): "كُتبت \(count) من المحاولات في \(path)"
        case (.wroteAttempts(let count, let path), _): "wrote \(count) attempt\(count == 1 ? "" : "s") to \(path)"
        case (.damagedLines(let count, let path), .ar): "تُجووزت \(count) من الأسطر التالفة في \(path)"
        case (.damagedLines(let count, let path), _): "\(count) damaged line\(count == 1 ? " was" : "s were") skipped in \(path)"
        case (.imported(let count, let profile, let already), .ar):
            "استُوردت \(count) من المحاولات إلى الملف الشخصي \(profile) (\(already) موجودة من قبل)"
        case (.imported(let count, let profile, let already), _):
            "imported \(count) attempt\(count == 1 ? "" : "s") into profile \(profile) (\(already) already there)"
        case (.notAnExport(let path), .ar): "\(path): تُجووز، فليس تصديراً بصيغة JSON من Minbar"
        case (.notAnExport(let path), _): "\(path): skipped, not a Minbar JSON export"
        case (.scenarioFilesNotLoaded(let count), .ar):
            "تعذّر تحميل \(count) من ملفات السيناريو؛ شغّل 'minbar check' لتعرف السبب"
        case (.scenarioFilesNotLoaded(let count), _):
            "\(count) scenario file\(count == 1 ? "" : "s") could not be loaded; run 'minbar check' to see why"
        case (.noScenarioFiles(let folder), .ar):
            "تحذير: لا توجد ملفات سيناريو في \(folder) (لا ‎*.scenario.md‎ ولا ‎*.policy.md‎ ولا ‎*.plan.md‎)"
        case (.noScenarioFiles(let folder), _):
            "warning: no scenario files found in \(folder) (no *.scenario.md, *.policy.md or *.plan.md)"
        }
    }
}
