import Foundation
import MinbarCore

/// `minbar timeline`: the communication objectives, their posts, evidence and status.
enum TimelineCommand: Command {
    static let name = "timeline"
    static let summary = "Show the objectives timeline: each objective's window, posts, evidence and status, and the gaps."
    static let summaryAr = "اعرض الجدول الزمني للأهداف: نافذة كل هدف ومنشوراته وأدلته وحالته، والفجوات."
    static let discussion = """
        The plan is --plan (a .plan.md file or a bundled plan id), else the profile's plan
        (set in practice with /profile plan FILE|ID). Posts are the profile's saved attempts
        that advanced an objective. Statuses: not started, building, on track, at risk,
        overdue, achieved; '*' marks objectives whose posts carry no evidence.
        Bundled plans: minbar timeline --plan sadeem-2027 (see the README for the list).
        """
    static let discussionAr = """
        الخطة هي --plan (ملف `.plan.md` أو معرّف خطة مضمّنة)، وإلا خطة الملف الشخصي
        (تُضبط في التدريب بـ `/profile plan FILE|ID`). والمنشورات هي محاولات الملف الشخصي
        المحفوظة التي قدّمت هدفًا. الحالات: لم يبدأ، قيد البناء، على المسار، في خطر، متأخر،
        متحقق؛ وتُعلَّم بـ `*` الأهداف التي لا تحمل منشوراتها أي دليل.
        الخطط المضمّنة: `minbar timeline --plan sadeem-2027` (انظر `README` للقائمة).
        """
    static let options = [
        OptionSpec("--plan", value: "FILE|ID", help: "The communication plan.", helpAr: "خطة التواصل."),
        OptionSpec("--from", value: "YYYY-MM-DD", help: "First day shown (default: a third of the chart before today).", helpAr: "أول يوم يُعرض (الافتراضي: ثلث المخطط قبل اليوم)."),
        OptionSpec("--to", value: "YYYY-MM-DD", help: "Last day shown.", helpAr: "آخر يوم يُعرض."),
        OptionSpec("--today", value: "YYYY-MM-DD", help: "Judge the plan as of this day (default: today, or the latest post's story day when later).", helpAr: "قيّم الخطة كما في هذا اليوم (الافتراضي: اليوم، أو يوم آخر منشور في القصة إن كان لاحقاً)."),
        OptionSpec("--calendar", value: "NAME", help: "gregorian (default) or islamic (Umm al-Qura month labels).", helpAr: "`gregorian` (الافتراضي) أو `islamic` (أسماء الشهور وفق تقويم أم القرى)."),
        OptionSpec("--width", value: "N", help: "Chart width in columns (default: the terminal's, else 80).", helpAr: "عرض المخطط بالأعمدة (الافتراضي: عرض الطرفية، وإلا 80)."),
        OptionSpec("--data", value: "DIR", help: "Where profiles are kept.", helpAr: "مكان حفظ الملفات الشخصية."),
        OptionSpec("--profile", value: "NAME", help: "Whose posts to show (default: default).", helpAr: "صاحب المنشورات المعروضة (الافتراضي: `default`)."),
        CommonOptions.json,
        CommonOptions.noColor,
    ]

    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode {
        func date(_ option: String) throws(UsageError) -> CalendarDate? {
            guard let text = arguments.value(option) else { return nil }
            guard let date = CalendarDate(parsing: text) else { throw .invalidValue(option: option, value: text, expected: "YYYY-MM-DD") }
            return date
        }
        let store = try ExportCommand.profileStore(arguments, in: context)
        guard let reference = arguments.value("--plan") ?? store.loadProfile().plan else {
            throw .missingArgument("a plan: --plan FILE or a bundled id (" + PlanFiles.bundled.map(\.id).sorted().joined(separator: ", ") + ")", command: name)
        }
        let plan = try PlanFiles.load(reference, in: context)
        let calendarName = arguments.value("--calendar") ?? "gregorian"
        guard let calendar = TimelineChart.CalendarSystem(rawValue: calendarName) else {
            throw .invalidValue(option: "--calendar", value: calendarName, expected: "gregorian or islamic")
        }
        var width = context.width ?? 80
        if let text = arguments.value("--width") {
            guard let value = Int(text), value >= 30, value <= 1000 else { throw .invalidValue(option: "--width", value: text, expected: "30 to 1000") }
            width = value
        }
        let posts = store.loadAttempts().map(\.planPost)
        // Drills are set on their story's day (2027 for the bundled ones): judged as of a
        // real today before them, every post would be "in the future" of its own timeline.
        let today = try date("--today") ?? PlanTracker.judgingDay(for: posts, now: CalendarDate(context.now()))
        let report = PlanTracker.report(for: plan, posts: posts, today: today)
        if arguments.has("--json") {
            context.print(json(report, plan: plan).serialized(pretty: true))
            return .success
        }
        let style = Style(context: context, arguments: arguments)
        let chart = TimelineChart(width: width, from: try date("--from"), to: try date("--to"), calendar: calendar,
                                  language: context.language, paint: style.status)
        context.standardOutput.write(chart.render(report, plan: plan))
        return .success
    }

    static func json(_ report: PlanTracker.Report, plan: CommunicationPlan) -> JSONValue {
        .object([
            ("plan", .string(plan.id)),
            ("today", .string(report.today.description)),
            ("objectives", .array(report.statuses.map { status in
                .object([
                    ("id", .string(status.objective.id)),
                    ("title", .string(status.objective.title)),
                    ("status", .string(status.state.rawValue)),
                    ("unbacked", .bool(status.unbacked)),
                    ("periodStart", .string(status.periodStart.description)),
                    ("periodEnd", .string(status.periodEnd.description)),
                    ("posts", .int(status.postsInPeriod)),
                    ("target", .int(status.objective.targetPosts)),
                    ("expected", .double((status.expected * 10).rounded() / 10)),
                ])
            })),
            ("warnings", .strings(report.warnings.map(\.message))),
        ])
    }
}
