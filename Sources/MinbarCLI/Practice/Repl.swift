import Foundation
import MinbarCore

/// The practice REPL: reads lines, runs `/commands`, scores everything else as a post on
/// the open scenario, and saves each attempt the moment it is scored.
final class Repl {
    let context: ProgramContext
    let style: Style
    let store: ProgressStore
    let input: LineInput
    var session: PracticeSession
    var attempts: [AttemptRecord]
    var profile: ProgressStore.Profile
    let catalogue: ScenarioLibrary
    /// Makes every scoring context of the session: the builder `score` and `check` use.
    let builder: ScoringContextBuilder
    /// The response clock and facilitator mode (see Repl+Trainer.swift).
    let desk: TrainerDesk

    static let commands: [(name: String, summary: String)] = [
        ("/help", "this list"),
        ("/list [KIND]", "scenarios by kind, with your best score"),
        ("/open ID [BEAT]", "open a scenario, at its first beat or the one named (Tab completes ids)"),
        ("/situation", "show the open beat's situation again"),
        ("/hint", "what the goals still need (never the answer)"),
        ("/retry", "write the last beat again"),
        ("/next", "open the next scenario"),
        ("/long", "write a post over several lines; a line with '.' alone ends it"),
        ("/why RULE", "why a rule exists, with examples"),
        ("/progress", "your trends, best scores and what to work on"),
        ("/timeline", "your communication objectives"),
        ("/date [YYYY-MM-DD | scenario]", "the day your posts go out (quiet periods, expiry)"),
        ("/export FILE", "save your transcript (.md, .html, .json or .csv)"),
        ("/profile [org-type TYPE | plan FILE|ID]", "who you are practising as, and your plan"),
        ("/quit", "leave (Ctrl-D works too)"),
    ]
    static var commandNames: [String] {
        (commands + TrainerMessages.facilitatorCommands).map { String($0.name.split(separator: " ")[0]) } + ["/exit"]
    }

    init(context: ProgramContext, style: Style, store: ProgressStore, input: LineInput, catalogue: ScenarioLibrary,
         builder: ScoringContextBuilder, desk: TrainerDesk = TrainerDesk(clockEnabled: true, facilitator: false)) {
        self.desk = desk
        self.context = context
        self.style = style
        self.store = store
        self.input = input
        self.catalogue = catalogue
        self.builder = builder
        let ordered = catalogue.scenarios.sorted { ($0.kind.rawValue, $0.difficulty, $0.id) < ($1.kind.rawValue, $1.difficulty, $1.id) }
        session = PracticeSession(scenarios: ordered) { scenario, beat in builder.context(for: scenario, beat: beat) }
        attempts = store.loadAttempts()
        profile = store.loadProfile()
    }

    /// Prose for the screen, wrapped to the terminal's width as it is now.
    func say(_ text: String = "") { context.printProse(text) }

    func run(openAtStart: String?) -> ExitCode {
        greet()
        if let id = openAtStart { open(id) }
        while let line = input.readLine(prompt: prompt, completer: complete) {
            if input.cancelled { continue }
            if let bytes = input.refusedBytes { refuse(bytes); continue }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            store.appendHistory(line)
            if trimmed.hasPrefix("/") {
                if !command(trimmed) { break }
            } else {
                submit(line)
            }
        }
        say(style.dim("Saved \(attempts.count) attempt\(attempts.count == 1 ? "" : "s") in \(store.directory.path). Until next time."))
        return .success
    }

    var prompt: String {
        guard let scenario = session.scenario, let beat = session.beat else { return style.bold("minbar") + "› " }
        let where_ = scenario.hasBeats ? "\(scenario.id)·\(beat.id) \(desk.shownTime(of: beat))" : scenario.id
        return style.bold("minbar") + " " + style.cyan(where_.terminalSafe) + countdown(beat) + "› "
    }

    /// A line too long to be a post was skipped unread; it is neither scored nor kept.
    func refuse(_ bytes: Int) {
        say("That line is more than \(bytes) bytes; posts are limited to \(ScoringEngine.maximumPostBytes). It was not kept.")
    }

    func greet() {
        let organisation = profile.organisationType.map { " (\($0.terminalSafe))" } ?? ""
        say(style.bold("Minbar") + ": practise speaking for your organisation. Nothing you write leaves this machine.")
        say("Profile: \(profile.name)\(organisation) · \(attempts.count) saved attempt\(attempts.count == 1 ? "" : "s") · \(catalogue.scenarios.count) scenarios")
        if store.damagedLines > 0 {
            say(style.yellow("Note: \(store.damagedLines) damaged line\(store.damagedLines == 1 ? "" : "s") in \(store.attemptsFile.path) could not be read; \(attempts.count) attempts were recovered. The damaged lines stay in the file, and a copy is kept at \(store.damagedCopy?.path ?? "?")."))
        }
        if attempts.isEmpty, let first = session.scenarios.first(where: { $0.difficulty == 1 }) ?? session.scenarios.first {
            say("New here? Try " + style.bold("/open \(first.id)") + ", then write your post and press Enter. " + style.bold("/help") + " lists every command.")
        } else {
            say("Type " + style.bold("/list") + " to choose a scenario, " + style.bold("/open ID") + " to start, " + style.bold("/help") + " for commands.")
        }
    }

    // MARK: Commands

    /// Runs a command; false means quit.
    func command(_ line: String) -> Bool {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts[0].lowercased()
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch name {
        case "/quit", "/exit", "/q": return false
        case "/help", "/?": help()
        case "/list", "/ls": list(kind: argument)
        case "/open":
            if argument.isEmpty { say("Which one? /open ID (Tab completes; /list shows them).") } else { open(argument) }
        case "/situation": showSituation()
        case "/hint": hint()
        case "/retry": retry()
        case "/next":
            if let id = session.nextScenarioID() { open(id) }
        case "/long": long()
        case "/why": why(argument)
        case "/progress": progress()
        case "/timeline": timeline()
        case "/date": dateCommand(argument)
        case "/export": export(argument)
        case "/profile": profileCommand(argument)
        default:
            if trainerCommand(name, argument) { return true }
            let suggestion = Suggestion.closest(to: name, among: Repl.commandNames)
            say("Unknown command \(name.terminalSafe)." + (suggestion.map { " Did you mean \($0)?" } ?? " /help lists the commands."))
        }
        return true
    }

    func help() {
        let width = Repl.commands.map(\.name.count).max() ?? 0
        for (name, summary) in Repl.commands + TrainerMessages.facilitatorCommands {
            let label = "  " + style.bold(name.padding(toLength: width + 2, withPad: " ", startingAt: 0))
            let hanging = String(repeating: " ", count: width + 4)
            if let columns = context.width, width + 4 + 16 > columns {
                // Too narrow for two columns: the summary goes under the command.
                say(label)
                context.print(TextWrapper.fit(summary, width: columns, indent: "      "))
            } else {
                context.print(TextWrapper.fit(summary, width: context.width, indent: label, continuation: hanging))
            }
        }
        say("Anything else you type is a draft post for the open scenario, scored at once and saved.")
    }

    func list(kind: String) {
        let best = ProgressSummary(attempts).bestByScenario
        var kinds = ScenarioKind.allCases
        if !kind.isEmpty {
            guard let chosen = ScenarioKind(rawValue: kind.lowercased()) else {
                say("No kind called '\(kind.terminalSafe)'. Kinds: " + ScenarioKind.allCases.map(\.rawValue).joined(separator: ", "))
                return
            }
            kinds = [chosen]
        }
        let width = session.scenarios.map(\.id.count).max() ?? 0
        for kind in kinds {
            let scenarios = session.scenarios.filter { $0.kind == kind }
            guard !scenarios.isEmpty else { continue }
            say(style.bold(kind.rawValue.capitalized))
            for scenario in scenarios {
                let score = best[scenario.id].map { "best \($0)" } ?? "—"
                let beats = scenario.beats.count > 1 ? " · \(scenario.beats.count) beats" : ""
                let row = "  " + scenario.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                    + scenario.language.rawValue + "  " + String(repeating: "●", count: scenario.difficulty).padding(toLength: 4, withPad: " ", startingAt: 0)
                    + score.padding(toLength: 9, withPad: " ", startingAt: 0)
                let title = scenario.title.terminalSafe + style.dim(beats)
                if let columns = context.width, row.terminalColumns + 16 > columns {
                    // Too narrow for the title beside the id: it goes underneath.
                    context.print(row.trimmingCharacters(in: .whitespaces).isEmpty ? "" : "  " + row.trimmingCharacters(in: .whitespaces))
                    context.print(TextWrapper.fit(title, width: columns, indent: "      "))
                } else {
                    context.print(TextWrapper.fit(title, width: context.width, indent: row,
                                                  continuation: String(repeating: " ", count: row.terminalColumns)))
                }
            }
        }
    }

    func open(_ argument: String) {
        let words = argument.split(separator: " ").map(String.init)
        do {
            let scenario = try session.open(words[0], beat: words.count > 1 ? words[1] : nil)
            desk.reset()
            let stars = String(repeating: "●", count: scenario.difficulty) + String(repeating: "○", count: 3 - scenario.difficulty)
            say()
            say(style.bold(scenario.title.terminalSafe) + style.dim("  \(scenario.kind.rawValue) · \(scenario.platform.displayName) · \(scenario.language.rawValue) · \(stars)"))
            if let organisation = scenario.organisation {
                say(style.dim("You speak for \(organisation.terminalSafe)" + (scenario.organisationType.map { " (\($0.rawValue))" } ?? "") + "."))
            }
            say("Audience: " + scenario.audience.joined(separator: ", ").terminalSafe)
            if !scenario.background.isEmpty { say(); say(scenario.background.terminalSafe) }
            showSituation()
        } catch {
            say(message(for: error).terminalSafe)
        }
    }

    func showSituation() {
        guard let scenario = session.scenario, let beat = session.beat else {
            say("No scenario is open. /open ID starts one.")
            return
        }
        say()
        beatAppeared(beat)
        if scenario.hasBeats { say(style.cyan("[\(desk.shownTime(of: beat))] \(beat.title)".terminalSafe)) }
        say(beat.situation.terminalSafe)
        showDeadline(beat)
        if !beat.goals.isEmpty {
            let goals = beat.goals.map { goal in
                goal.label + (goal.needs.isEmpty ? "" : " (" + goal.needs.map(\.rawValue).joined(separator: ", ") + ")")
            }
            say(style.dim("Goals: " + goals.joined(separator: " · ").terminalSafe))
        }
        if let scoring = session.currentContext { say(style.dim(inForce(scoring).terminalSafe)) }
        say(style.dim("Write your post (\(scenario.platform(in: beat).displayName)), or /long for several lines."))
    }

    /// What the open beat is judged against: the day, the plan and the policies in force.
    func inForce(_ scoring: ScoringContext) -> String {
        let day: String
        switch scoring.dateSource {
        case .option: day = "set with /date or --date"
        case .scenario: day = "the scenario's date"
        case .today, .given: day = "today"
        }
        var parts = ["Day: " + (scoring.date.map { "\($0)" } ?? "none") + " (\(day))"]
        if let plan = scoring.plan, let source = scoring.planSource {
            let why: String
            switch source {
            case .scenario: why = "the scenario's plan"
            case .profile: why = "your profile's plan"
            case .option: why = "from --plan"
            }
            parts.append("Plan: \(plan.plan.title) (\(why))")
        } else {
            parts.append("Plan: none")
        }
        parts.append("Policy: " + (["default"] + scoring.policyLayers.map(\.name)).joined(separator: " + "))
        return parts.joined(separator: " · ")
    }

    /// `/date`: shows the publication day, sets it, or goes back to the scenario's own.
    func dateCommand(_ argument: String) {
        switch argument.lowercased() {
        case "":
            break
        case "scenario", "today", "clear":
            builder.dateOverride = nil
        default:
            guard let date = CalendarDate(parsing: argument) else {
                say("Write the day as YYYY-MM-DD (for example /date 2026-12-10), or /date scenario to use the scenario's own day.")
                return
            }
            builder.dateOverride = date
        }
        let (date, source) = builder.publicationDay(for: session.scenario)
        let why = switch source {
        case .option: "set for this session; /date scenario goes back to the scenario's day"
        case .scenario: "the scenario's date"
        case .today, .given: "today; the scenario names no day"
        }
        say("Posts go out on \(date) (\(why)).")
    }

    func hint() {
        guard session.scenario != nil else { say("No scenario is open. /open ID starts one."); return }
        for hint in session.hints() { say("  • " + hint.terminalSafe) }
    }

    func retry() {
        do {
            let beat = try session.retry()
            say(style.dim("Back to \(beat.title.isEmpty ? beat.id : beat.title)."))
            showSituation()
        } catch {
            say(message(for: error).terminalSafe)
        }
    }

    func long() {
        say(style.dim("Write your post; a line with a single '.' ends it."))
        var lines: [String] = []
        var total = 0
        while let line = input.readLine(prompt: style.dim("… "), completer: { _ in [] }) {
            if input.cancelled { say(style.dim("Post dropped.")); return }
            if line == "." { break }
            // Past the limit the rest of the post is read to its '.', counted, not kept.
            total += (input.refusedBytes ?? line.utf8.count) + 1
            if total > ScoringEngine.maximumPostBytes { lines.removeAll(); continue }
            lines.append(line)
        }
        if total > ScoringEngine.maximumPostBytes { refuse(total); return }
        submit(lines.joined(separator: "\n"))
    }

    func why(_ id: String) {
        guard let rule = RuleRegistry.rule(id: id) else {
            let suggestion = RuleRegistry.suggestion(for: id)
            say(id.isEmpty ? "Which rule? /why RULE (for example /why policy.mnpi)." : "No rule called '\(id.terminalSafe)'." + (suggestion.map { " Did you mean \($0)?" } ?? ""))
            return
        }
        context.standardOutput.write(ExplainCommand.text(for: rule.descriptor, style: style, width: context.width))
    }

    // MARK: Posts

    func submit(_ text: String) {
        guard text.utf8.count <= ScoringEngine.maximumPostBytes else {
            say("That post is \(text.utf8.count) bytes; posts are limited to \(ScoringEngine.maximumPostBytes).")
            return
        }
        let outcome: PracticeSession.Outcome
        let now = context.now()
        let (seconds, late) = timing(at: now)
        do {
            outcome = try session.submit(text, late: late)
        } catch {
            say(message(for: error).terminalSafe)
            return
        }
        _ = desk.answer(outcome.beat, at: now)
        // Saved before anything is shown: a crash after this line loses nothing.
        var record = AttemptRecord(time: context.now(), profile: profile.name, scenario: outcome.scenario, beat: outcome.beat,
                                   platform: outcome.scenario.platform(in: outcome.beat), report: outcome.report, reaction: outcome.reaction?.text,
                                   nextBeat: outcome.next?.id)
        record = recordTiming(record, outcome: outcome, seconds: seconds)
        do {
            try store.append(record)
            attempts.append(record)
        } catch {
            if case .cannotWrite(let path, let reason) = error {
                context.printError("minbar: could not save this attempt to \(path): \(reason). The session goes on; later attempts will try again.")
            }
        }
        say()
        context.standardOutput.write(ReportRenderer(style: style, limit: 5, width: context.width, isolateRuns: context.outputIsTerminal).render(outcome.report))
        if let reaction = outcome.reaction {
            say()
            say(style.bold("↳ ") + reaction.text.terminalSafe)
        }
        if let seconds, outcome.beat.deadline != nil { say(style.dim(TrainerMessages.answered(in: seconds, deadline: outcome.beat.deadline))) }
        if let next = outcome.next {
            beatAppeared(next, restart: true)
            if next.id != outcome.beat.id {
                say()
                say(style.cyan("⏱ \(desk.shownTime(of: next)) · \(next.title)".terminalSafe))
                say(next.situation.terminalSafe)
                showDeadline(next)
                if !next.goals.isEmpty { say(style.dim("Goals: " + next.goals.map(\.label).joined(separator: " · ").terminalSafe)) }
            }
        } else {
            say()
            say(style.dim("Scenario complete. /retry writes the last beat again, /next opens another, /progress shows how you are doing."))
        }
    }

    func progress() {
        let summary = ProgressSummary(attempts)
        guard !attempts.isEmpty else { say("No attempts yet. /open a scenario and write a post."); return }
        let today = CalendarDate(context.now())
        let days = Set(attempts.map { CalendarDate($0.time) }).count
        say(style.bold("Progress for \(profile.name)") + ": \(attempts.count) attempt\(attempts.count == 1 ? "" : "s") over \(days) day\(days == 1 ? "" : "s"), streak \(summary.streak(today: today)) day\(summary.streak(today: today) == 1 ? "" : "s")")
        let rows: [(String, MinbarCore.Dimension?)] = [("overall", nil), ("professionalism", .professionalism), ("alignment", .alignment), ("compliance", .compliance)]
        for (label, dimension) in rows {
            let series = summary.series(dimension)
            guard let latest = series.last else { continue }
            say("  " + label.padding(toLength: 17, withPad: " ", startingAt: 0) + ProgressSummary.sparkline(series).padding(toLength: 31, withPad: " ", startingAt: 0)
                + "latest \(latest)  best \(series.max() ?? latest)")
        }
        say(style.bold("By kind"))
        for row in summary.byKind {
            say("  " + row.kind.terminalSafe.padding(toLength: 12, withPad: " ", startingAt: 0) + "best \(row.best)  latest \(row.latest)  (\(row.count) attempt\(row.count == 1 ? "" : "s"))")
        }
        let weakest = summary.weakestRules()
        if !weakest.isEmpty {
            say(style.bold("Work on next"))
            for item in weakest {
                let rule = item.rule.terminalSafe
                let title = RuleRegistry.rule(id: item.rule)?.descriptor.title ?? rule
                say("  \(rule): \(title) (−\(item.points) points in \(item.times) finding\(item.times == 1 ? "" : "s"); /why \(rule))")
            }
        }
    }

    func export(_ path: String) {
        guard !path.isEmpty else { say("Where to? /export FILE.md (or .html, .json, .csv)"); return }
        let format = ExportCommand.format(forPath: path) ?? .md
        let transcript = Transcript(profile: profile.name, attempts: attempts, events: store.loadEvents(), generated: context.now())
        do {
            let text = try ExportCommand.render(transcript, format: format, plan: shownPlan)
            try ExportCommand.write(text, to: path, in: context)
            say("Wrote \(attempts.count) attempts to \(context.absolutePath(path).terminalSafe) (\(format.rawValue)).")
        } catch {
            say("Could not export: \(error.message.terminalSafe)")
        }
    }

    /// The profile's plan: it scores scenarios that name no plan of their own.
    var plan: CommunicationPlan?

    /// The plan the timeline and exports show: the profile's, else the open scenario's.
    var shownPlan: CommunicationPlan? { plan ?? session.currentContext?.plan?.plan }

    /// Uses a plan for scenarios that name none and for the timeline; with a reference,
    /// remembers it in the profile.
    func setPlan(_ plan: CommunicationPlan, reference: String?) {
        self.plan = plan
        builder.useFallbackPlan(plan, source: .profile(reference ?? profile.plan ?? plan.id))
        if let reference, profile.plan != reference {
            profile.plan = reference
            try? store.save(profile)
        }
    }

    func timeline() {
        guard let plan = shownPlan else {
            say("No communication plan yet. /profile plan FILE|ID sets one (bundled: " + PlanFiles.bundled.map(\.id).sorted().joined(separator: ", ") + ").")
            return
        }
        let today = CalendarDate(context.now())
        let report = PlanTracker.report(for: plan, posts: attempts.map(\.planPost), today: today)
        let chart = TimelineChart(width: context.width ?? 80, paint: style.status)
        context.standardOutput.write(chart.render(report, plan: plan))
    }

    func profileCommand(_ argument: String) {
        let parts = argument.split(separator: " ").map(String.init)
        if parts.count == 2, parts[0] == "plan" {
            do {
                setPlan(try PlanFiles.load(parts[1], in: context), reference: parts[1])
                say("Plan set: \((plan?.title ?? parts[1]).terminalSafe). /timeline shows it.")
            } catch {
                say((error.message + (error.hint.map { " (\($0))" } ?? "")).terminalSafe)
            }
            return
        }
        if parts.count == 2, parts[0] == "org-type" {
            guard OrganisationType(rawValue: parts[1]) != nil else {
                say("Organisation types: " + OrganisationType.allCases.map(\.rawValue).joined(separator: ", "))
                return
            }
            profile.organisationType = parts[1]
            do { try store.save(profile); say("Organisation type set to \(parts[1].terminalSafe).") } catch { say("Could not save the profile: \(error)") }
            return
        }
        say("Profile \(profile.name) · organisation type: \((profile.organisationType ?? "not set (/profile org-type listed|state-owned|family|government)").terminalSafe)")
        say("Plan: \((plan?.title ?? "none (/profile plan FILE|ID)").terminalSafe)")
        say("Data: \(store.directory.path) · \(attempts.count) attempts")
    }

    func message(for error: PracticeSession.Failure) -> String {
        switch error {
        case .noScenarioOpen: "No scenario is open yet: /open ID starts one (/list shows them)."
        case .unknownScenario(let id, let suggestion): "No scenario called '\(id.terminalSafe)'." + (suggestion.map { " Did you mean \($0)?" } ?? " /list shows them.")
        case .unknownBeat(let id, let scenario, let suggestion): "\(scenario) has no beat called '\(id.terminalSafe)'." + (suggestion.map { " Did you mean \($0)?" } ?? "")
        case .emptyPost: "That post is empty."
        case .scenarioEnded: "This scenario has ended. /retry writes the last beat again; /next opens another."
        case .nothingToRetry: "Nothing to retry yet: write a post first."
        }
    }

    // MARK: Completion

    func complete(_ text: String) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if words.count == 1, text.hasPrefix("/") {
            return Repl.commandNames.filter { $0.hasPrefix(text) }.sorted()
        }
        guard words.count == 2 else { return [] }
        let word = words[1]
        switch words[0] {
        case "/open": return session.scenarios.map(\.id).filter { $0.hasPrefix(word) }
        case "/why": return RuleRegistry.ids.filter { $0.hasPrefix(word) }
        case "/list": return ScenarioKind.allCases.map(\.rawValue).filter { $0.hasPrefix(word) }
        case "/jump": return (session.scenario?.beats.map(\.id) ?? []).filter { $0.hasPrefix(word) }
        default: return []
        }
    }
}
