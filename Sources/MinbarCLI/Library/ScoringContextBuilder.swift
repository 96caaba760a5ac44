import Foundation
import MinbarCore

/// The one builder of `ScoringContext`s. Practice, `score` (single and `--jsonl`), `check`
/// and `bench` all make their contexts here, from the catalogue, the policy and plan files,
/// the profile, the command line and the clock, so the same post in the same scenario gets
/// the same verdict whichever door it came in by.
///
/// What applies when:
/// - **Policy**: the default policy, then the organisation's (`--policy FILE`), then the
///   scenario's own `policy:` on top.
/// - **Plan**: the scenario's own `plan:` wherever the scenario is scored; otherwise the
///   plan given with `--plan` (or the profile's plan in practice).
/// - **Publication day**: `--date` (or `/date` in practice), else the scenario's `date:`,
///   else today.
/// - **Platform**: `--platform`, else the scenario's.
/// - **Files**: a scenario's `policy:` and `plan:` resolve against the scenario file's own
///   folder, however the scenario was named (id, absolute or relative path), and must
///   stay inside that folder or the trainer folder it came from.
final class ScoringContextBuilder {
    /// The options every scoring command accepts, declared once.
    static let options: [OptionSpec] = [
        OptionSpec("--policy", value: "FILE", help: "The organisation's policy, laid over the default (a scenario's own policy goes on top).", helpAr: "سياسة المؤسسة فوق السياسة الافتراضية (وسياسة السيناريو نفسه فوقهما)."),
        OptionSpec("--plan", value: "FILE|ID", help: "A communication plan for scenarios that name none (objectives, evidence, unpublished figures).", helpAr: "خطة تواصل للسيناريوهات التي لا تسمّي خطة (الأهداف والأدلة والأرقام غير المنشورة)."),
        OptionSpec("--platform", value: "NAME", help: "x, linkedin, facebook, instagram or other (default: the scenario's, else x).", helpAr: "`x` أو `linkedin` أو `facebook` أو `instagram` أو `other` (الافتراضي: منصة السيناريو، وإلا `x`)."),
        OptionSpec("--date", value: "YYYY-MM-DD", help: "The day the post goes out (default: the scenario's date:, else today).", helpAr: "يوم نشر المنشور (الافتراضي: `date:` في السيناريو، وإلا اليوم)."),
        OptionSpec("--only", value: "RULE,…", help: "Run only these rules.", helpAr: "شغّل هذه القواعد فقط."),
        OptionSpec("--disable", value: "RULE,…", help: "Do not run these rules.", helpAr: "لا تشغّل هذه القواعد."),
    ]

    let program: ProgramContext
    /// Trainer folders from `--scenarios` and `MINBAR_SCENARIOS`, and any folder the
    /// command was pointed at: a scenario's policy and plan may lie anywhere inside them.
    let trainerFolders: [String]
    private let policies: PolicyFiles
    let organisationPolicy: MinbarCore.Policy?
    let platform: Platform?
    let only: Set<String>?
    let disabled: Set<String>
    /// `--date`, or the day `/date` set; nil means the scenario's day, else today.
    var dateOverride: CalendarDate?
    /// The plan for scenarios that name none, and why it applies.
    private(set) var fallbackPlan: (plan: PreparedPlan, source: ScoringContext.PlanSource)?
    private var beats: [String: PreparedBeat] = [:]
    private var scenarioPlans: [String: PreparedPlan?] = [:]
    private(set) var planDiagnostics: [Diagnostic] = []

    /// Problems found in the policy and plan files scenarios named, once each.
    var diagnostics: [Diagnostic] { policies.diagnostics + planDiagnostics }

    /// The first error in a file `scenario` names (its policy or plan), once a context for
    /// it has been made: what makes the scenario's rules other than its author wrote.
    func brokenFile(for scenario: Scenario) -> Diagnostic? {
        (policies.problems(for: scenario) + planDiagnostics.filter { $0.path == scenario.path }).first { $0.severity == .error }
    }

    /// - Parameter folders: folders the command was pointed at besides the trainer folders
    ///   (`minbar check DIR`).
    init(_ arguments: ParsedArguments, in program: ProgramContext, folders: [String] = []) throws(UsageError) {
        self.program = program
        trainerFolders = ScenarioFiles.trainerFolders(arguments, in: program) + folders
        let policies = PolicyFiles(context: program)
        self.policies = policies
        organisationPolicy = try arguments.value("--policy").map { path throws(UsageError) in try policies.load(userPath: path) }
        if let name = arguments.value("--platform") {
            guard let platform = Platform(rawValue: name.lowercased()) else {
                throw .invalidValue(option: "--platform", value: name, expected: Platform.allCases.map(\.rawValue).joined(separator: ", "))
            }
            self.platform = platform
        } else {
            platform = nil
        }
        if let text = arguments.value("--date") {
            guard let date = CalendarDate(parsing: text) else { throw .invalidValue(option: "--date", value: text, expected: "a day as YYYY-MM-DD") }
            dateOverride = date
        }
        let known = Set(RuleRegistry.ids)
        func ruleList(_ option: String) throws(UsageError) -> Set<String>? {
            guard let value = arguments.value(option) else { return nil }
            let ids = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            for id in ids where !known.contains(id) {
                throw .invalidValue(option: option, value: id,
                                    expected: Suggestion.closest(to: id, among: known).map { "a rule id (did you mean '\($0)'?)" } ?? "a rule id (see 'minbar rules')")
            }
            return Set(ids)
        }
        only = try ruleList("--only")
        disabled = try ruleList("--disable") ?? []
        if let reference = arguments.value("--plan") {
            fallbackPlan = (PreparedPlan(try PlanFiles.load(reference, in: program)), .option(reference))
        }
    }

    /// Uses `plan` for scenarios that name none (the practice profile's plan).
    func useFallbackPlan(_ plan: CommunicationPlan, source: ScoringContext.PlanSource) {
        fallbackPlan = (PreparedPlan(plan), source)
    }

    /// The context for a post on `beat` of `scenario` (its first beat by default), or for
    /// a post with no scenario.
    func context(for scenario: Scenario?, beat: Beat? = nil) -> ScoringContext {
        let roots = scenario.map(roots(for:)) ?? trainerFolders
        let (engine, layers) = policies.engine(for: scenario, roots: roots, organisationPolicy: organisationPolicy,
                                               only: only, disabled: disabled)
        let prepared = scenario.map { preparedBeat($0, beat ?? $0.beats[0]) }
        var plan = fallbackPlan?.plan, planSource = fallbackPlan?.source
        if let scenario, let reference = scenario.plan {
            plan = scenarioPlan(scenario, roots: roots)
            planSource = plan == nil ? nil : .scenario(reference)
        }
        let (date, dateSource) = publicationDay(for: scenario, beat: beat)
        var context = ScoringContext(engine: engine, policyLayers: layers, beat: prepared, plan: plan, planSource: planSource,
                                     platform: platform, date: date, dateSource: dateSource)
        context.interface = program.language
        return context
    }

    /// The day a post in `scenario` goes out, and why: the scenario's date moved on by the
    /// whole days of the beat's clock (a beat "at: T+10d" is ten days on), so the day shown
    /// above a later beat is the day its story tells.
    func publicationDay(for scenario: Scenario?, beat: Beat? = nil) -> (CalendarDate, ScoringContext.DateSource) {
        if let dateOverride { return (dateOverride, .option) }
        if let scenario, let date = scenario.date {
            let at = (beat ?? scenario.beats.first)?.at.minutes ?? 0
            return (date.adding(days: at / (24 * 60)), .scenario)
        }
        return (CalendarDate(program.now()), .today)
    }

    /// Folders a scenario's `policy:` and `plan:` may come from: the trainer folders, and
    /// for a scenario file named directly, the working folder when the file lies inside it
    /// (a trainer working in their library) or else the file's own folder.
    private func roots(for scenario: Scenario) -> [String] {
        guard !BundledScenarios.contains(scenario.path) else { return trainerFolders }
        func isInside(_ file: String, _ folder: String) -> Bool { file.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") }
        let file = program.absolutePath(scenario.path)
        if trainerFolders.contains(where: { isInside(file, program.absolutePath($0)) }) { return trainerFolders }
        let here = program.absolutePath(".")
        return [isInside(file, here) ? here : (file as NSString).deletingLastPathComponent]
    }

    private func preparedBeat(_ scenario: Scenario, _ beat: Beat) -> PreparedBeat {
        let key = scenario.path + "\u{0}" + scenario.id + "\u{0}" + beat.id
        if let prepared = beats[key] { return prepared }
        let prepared = PreparedBeat(scenario: scenario, beat: beat)
        beats[key] = prepared
        return prepared
    }

    private func scenarioPlan(_ scenario: Scenario, roots: [String]) -> PreparedPlan? {
        if let cached = scenarioPlans[scenario.path] { return cached }
        let plan = PlanFiles.plan(for: scenario, roots: roots, in: program).map(PreparedPlan.init)
        if plan == nil, let reference = scenario.plan {
            // Two causes, said apart: a file that is there but outside the folder being read
            // (`check scenarios/investor` with its plan in scenarios/plans), and one that is not there.
            let outside = ScenarioFiles.resolve(reference, besides: scenario.path).map { joined in
                let absolute = program.absolutePath(joined)
                return FileManager.default.fileExists(atPath: absolute)
                    && ScenarioFiles.confined(absolute, roots: roots.map { program.absolutePath($0) }) == nil
            } ?? false
            planDiagnostics.append(Diagnostic(path: scenario.path, location: scenario.referenceLocations["plan"] ?? SourceLocation(line: 1, column: 1),
                                              problem: outside ? .invalidValue(key: "plan", value: reference, expected: Problem.insideTheScenarioFolder)
                                                               : .referenceNotFound(key: "plan", value: reference)))
        }
        scenarioPlans[scenario.path] = .some(plan)
        return plan
    }
}
