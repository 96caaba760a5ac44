import Foundation
import MinbarCore

/// `minbar` with no command: the practice REPL.
enum PracticeCommand: Command {
    static let name = "practice"
    static let summary = "Practise on the scenario library (the default when no command is given)."
    static let summaryAr = "تدرّب على مكتبة السيناريوهات (الافتراضي عند عدم ذكر أمر)."
    static let discussion = """
        Opens the practice session. Type /help inside it. Every scored attempt is saved at once
        under --data (default $XDG_DATA_HOME/minbar or ~/.local/share/minbar), per profile.
        When standard input is not a terminal, lines are read plainly and no escape sequences
        are printed, so `minbar < drill.txt` runs a scripted drill.
        """
    static let discussionAr = """
        يفتح جلسة التدريب. اكتب `/help` داخلها. تُحفظ كل محاولة مقيّمة فورًا تحت --data
        (الافتراضي `$XDG_DATA_HOME/minbar` أو `~/.local/share/minbar`) لكل ملف شخصي.
        وإذا لم يكن الإدخال القياسي طرفية تُقرأ الأسطر كما هي ولا تُطبع تسلسلات تحكم،
        فيُشغّل `minbar < drill.txt` تمرينًا مكتوبًا.
        """
    static let options = [
        OptionSpec("--data", value: "DIR", help: "Where profiles and attempts are kept.", helpAr: "مكان حفظ الملفات الشخصية والمحاولات."),
        OptionSpec("--profile", value: "NAME", help: "Practise as this profile (default: default).", helpAr: "تدرّب بهذا الملف الشخصي (الافتراضي: `default`)."),
        OptionSpec("--open", value: "ID", help: "Open this scenario at once.", helpAr: "افتح هذا السيناريو فورًا."),
        OptionSpec("--facilitator", help: "Start in facilitator mode: /jump, /inject, /pause, /resume, /note.", helpAr: "ابدأ في وضع الميسّر: `/jump` و`/inject` و`/pause` و`/resume` و`/note`."),
        OptionSpec("--no-clock", help: "No response clock: deadlines are shown but nothing is ever late.", helpAr: "بلا ساعة استجابة: تُعرض المهل ولا يتأخر أي رد."),
        CommonOptions.scenarios,
        CommonOptions.noColor,
    ] + ScoringContextBuilder.options

    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode {
        guard arguments.positionals.isEmpty else { throw .unknownCommand(arguments.positionals[0], suggestion: Suggestion.closest(to: arguments.positionals[0], among: MinbarApp.commands.map { $0.name })) }
        let store = try ExportCommand.profileStore(arguments, in: context)
        let library = try ScenarioFiles.catalogue(arguments, in: context)
        let style = Style(context: context, arguments: arguments)
        // A terminal that says it is dumb cannot take cursor movement: plain lines, prompt shown.
        let dumb = context.environment["TERM"] == "dumb"
        let input: LineInput = context.inputIsTerminal && !dumb
            ? TerminalLineInput(output: context.standardOutput, history: store.loadHistory())
            : PlainLineInput(context.standardInput, promptOutput: context.inputIsTerminal ? context.standardOutput : nil)
        defer { (input as? TerminalLineInput)?.finish() }
        let builder = try ScoringContextBuilder(arguments, in: context)
        let desk = TrainerDesk(clockEnabled: !arguments.has("--no-clock"), facilitator: arguments.has("--facilitator"))
        let repl = Repl(context: context, style: style, store: store, input: input, catalogue: library, builder: builder, desk: desk)
        // --plan becomes the profile's plan: it applies to scenarios that name none.
        // The builder has already read and checked it; it is not read twice.
        if let reference = arguments.value("--plan"), let plan = builder.fallbackPlan?.plan.plan {
            repl.setPlan(plan, reference: reference)
        } else if let reference = repl.profile.plan, let plan = try? PlanFiles.load(reference, in: context) {
            repl.setPlan(plan, reference: nil)
        }
        return repl.run(openAtStart: arguments.value("--open"))
    }
}
