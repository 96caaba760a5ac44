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
    /// Attempts scored but not saved (disk full, a file-size limit): the exit status says so.
    var unsavedAttempts = 0
    var profile: ProgressStore.Profile
    let catalogue: ScenarioLibrary
    /// Makes every scoring context of the session: the builder `score` and `check` use.
    let builder: ScoringContextBuilder
    /// The response clock and facilitator mode (see Repl+Trainer.swift).
    let desk: TrainerDesk
    /// The last draft's report: `/why` with no rule shows all of its findings, of which
    /// the screen after scoring shows the first five.
    var lastReport: ScoreReport?

    static let commands: [(name: String, summary: UIText)] = [
        ("/help", .helpHelp),
        ("/list [KIND]", .helpList),
        ("/open ID [BEAT]", .helpOpen),
        ("/situation", .helpSituation),
        ("/hint", .helpHint),
        ("/retry", .helpRetry),
        ("/next", .helpNext),
        ("/long", .helpLong),
        ("/why [RULE]", .helpWhy),
        ("/progress", .helpProgress),
        ("/timeline", .helpTimeline),
        ("/date [YYYY-MM-DD | scenario]", .helpDate),
        ("/export FILE", .helpExport),
        ("/profile [org-type TYPE | plan FILE|ID]", .helpProfile),
        ("/quit", .helpQuit),
    ]
    static var commandNames: [String] {
        (commands.map(\.name) + TrainerMessages.facilitatorCommands.map(\.name)).map { String($0.split(separator: " ")[0]) } + ["/exit"]
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

    /// At a terminal, a line that mixes scripts (an id in an Arabic sentence) with each run
    /// of the other script isolated (FSI…PDI); pipes get the text unchanged. For text
    /// before it is painted.
    func isolated(_ text: String) -> String {
        context.outputIsTerminal ? BidiIsolation.isolatedForTerminal(text) : text
    }

    /// The interface's text for `key`, in the chosen language.
    func t(_ key: UIText, _ arguments: any CustomStringConvertible...) -> String {
        Localized.fill(key.localized.text(context.language), arguments.map(\.description))
    }

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
        say(style.dim(t(.goodbye, UIText.attemptsCount.count(attempts.count, context.language), store.directory.path)))
        // A session whose attempts could not all be kept did not do what it was for.
        return unsavedAttempts > 0 ? .failure : .success
    }

    /// The prompt the line editor draws before the draft: the whole context when it
    /// fits, a shorter one at a narrow terminal (see `prompts(for:in:)`).
    var prompt: String {
        guard let scenario = session.scenario, let beat = session.beat else { return style.bold("minbar") + "› " }
        return Repl.fitting(prompts(for: beat, in: scenario), width: context.width)
    }

    /// The prompts for `beat`, from the whole context to none: `minbar scenario·beat T+3h› `,
    /// then the beat and its time, then the time, then `› ` alone. The clock's countdown
    /// stays while there is a time to go with it.
    func prompts(for beat: Beat, in scenario: Scenario) -> [String] {
        let clock = countdown(beat)
        guard scenario.hasBeats else {
            return [style.bold("minbar") + " " + style.cyan(scenario.id.terminalSafe) + clock + "› ", style.bold("minbar") + clock + "› ", "› "]
        }
        let time = desk.shownTime(of: beat).label(context.language)
        return [
            style.bold("minbar") + " " + style.cyan("\(scenario.id)·\(beat.id) \(time)".terminalSafe) + clock + "› ",
            style.cyan("\(beat.id) \(time)".terminalSafe) + clock + "› ",
            style.cyan(time.terminalSafe) + clock + "› ",
            "› ",
        ]
    }

    /// The first of `prompts` that leaves at least half of `width` for typing: the line
    /// editor scrolls a draft sideways on one line, and at 60 columns the whole context
    /// (50 columns) left a few letters of it in sight. Without a width, the first.
    static func fitting(_ prompts: [String], width: Int?) -> String {
        guard let width else { return prompts[0] }
        return prompts.first { $0.terminalColumns <= width / 2 } ?? prompts[prompts.count - 1]
    }

    /// The scenario and beat, said under the beat's heading when the prompt has no room
    /// for them: the context the prompt leaves out stays on the screen.
    func sayContextLeftOutOfPrompt(_ beat: Beat) {
        guard let scenario = session.scenario, let width = context.width else { return }
        let prompts = prompts(for: beat, in: scenario)
        guard Repl.fitting(prompts, width: width) != prompts[0] else { return }
        say(style.dim(scenario.hasBeats ? "\(scenario.id)·\(beat.id)".terminalSafe : scenario.id.terminalSafe))
    }

    /// A line too long to be a post was skipped unread; it is neither scored nor kept.
    func refuse(_ bytes: Int) {
        say(t(.lineRefused, bytes, ScoringEngine.maximumPostBytes))
    }

    func greet() {
        let organisation = profile.organisationType.map { " (\(organisationLabel($0).terminalSafe))" } ?? ""
        say(t(.welcome, style.bold("Minbar")))
        say(t(.welcomeProfile, profile.name, organisation, UIText.attemptsCount.count(attempts.count, context.language), catalogue.scenarios.count))
        // A trainer's broken file is said at once: its scenario is missing from /list.
        let broken = ScenarioFiles.brokenFiles(in: catalogue)
        if !broken.isEmpty { say(style.yellow(StatusMessage.scenarioFilesNotLoaded(broken.count).text(context.language))) }
        if store.damagedLines > 0 {
            say(style.yellow(t(.damagedStore, store.damagedLines, store.attemptsFile.path, attempts.count, store.damagedCopy?.path ?? "?")))
        }
        if attempts.isEmpty, let first = firstScenario {
            say(t(.welcomeNew, style.bold("/open \(first.id)"), style.bold("/help")))
        } else {
            say(t(.welcomeReturning, style.bold("/list"), style.bold("/open ID"), style.bold("/help")))
        }
    }

    /// The scenario a newcomer is pointed to: the easiest one written in the language of
    /// the screen they read (an English screen once suggested an Arabic scenario), then
    /// the easiest of any language.
    var firstScenario: Scenario? {
        let inMyLanguage = session.scenarios.filter { $0.language.rawValue == context.language.rawValue }
        return inMyLanguage.first { $0.difficulty == 1 } ?? inMyLanguage.first
            ?? session.scenarios.first { $0.difficulty == 1 } ?? session.scenarios.first
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
            if argument.isEmpty { say(t(.openWhich)) } else { open(argument) }
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
            say(suggestion.map { t(.unknownCommand, name.terminalSafe, $0) } ?? t(.unknownCommandNoSuggestion, name.terminalSafe))
        }
        return true
    }

    /// The narrowest the summary column of `/help` may be beside the commands: narrower,
    /// a summary ran three words a line down the screen (at 60 columns, beside the
    /// 41 columns of `/profile [org-type TYPE | plan FILE|ID]`), and it goes under its
    /// command instead.
    static let narrowestSummaryColumn = 30

    func help() {
        let width = Repl.commands.map(\.name.count).max() ?? 0
        for (name, summary) in (Repl.commands + TrainerMessages.facilitatorCommands).map({ ($0.name, t($0.summary)) }) {
            let label = "  " + style.bold(name.padding(toLength: width + 2, withPad: " ", startingAt: 0))
            let hanging = String(repeating: " ", count: width + 4)
            if let columns = context.width, width + 4 + Repl.narrowestSummaryColumn > columns {
                // Too narrow for two columns: the summary goes under the command.
                say(label)
                context.print(TextWrapper.fit(summary, width: columns, indent: "      "))
            } else {
                context.print(TextWrapper.fit(summary, width: context.width, indent: label, continuation: hanging))
            }
        }
        say(t(.helpFooter))
    }

    func list(kind: String) {
        let best = ProgressSummary(attempts).bestByScenario
        var kinds = ScenarioKind.allCases
        if !kind.isEmpty {
            guard let chosen = ScenarioKind(rawValue: kind.lowercased()) else {
                say(t(.unknownKind, kind.terminalSafe, Localized.list(ScenarioKind.allCases.map(\.rawValue), context.language)))
                return
            }
            kinds = [chosen]
        }
        let width = session.scenarios.map(\.id.count).max() ?? 0
        let languageWidth = session.scenarios.map { $0.language.label(context.language).terminalColumns }.max() ?? 2
        for kind in kinds {
            let scenarios = session.scenarios.filter { $0.kind == kind }
            guard !scenarios.isEmpty else { continue }
            say(style.bold(context.language == .en ? kind.rawValue.capitalized : kind.label(context.language)))
            for scenario in scenarios {
                let score = best[scenario.id].map { t(.best, $0) } ?? "—"
                let beats = scenario.beats.count > 1 ? " · " + t(.beatsCount, scenario.beats.count) : ""
                let language: String = scenario.language.label(context.language).padded(to: languageWidth)
                let row = "  " + scenario.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                    + language + "  " + String(repeating: "●", count: scenario.difficulty).padding(toLength: 4, withPad: " ", startingAt: 0)
                    + score.padded(to: 10)
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
            warnOfBrokenFiles(scenario)
            let stars = String(repeating: "●", count: scenario.difficulty) + String(repeating: "○", count: 3 - scenario.difficulty)
            say()
            let title = scenario.title.terminalSafe
            let details = "\(scenario.kind.label(context.language)) · \(scenario.platform.displayName) · \(scenario.language.label(context.language)) · \(stars)"
            if let columns = context.width, title.terminalColumns + 2 + details.terminalColumns > columns {
                // No room beside the title: the details go whole on the line below, not
                // split word by word after it ("…tariff  community ·" / "Facebook · en").
                say(style.bold(title))
                say(style.dim(details))
            } else {
                say(style.bold(title) + style.dim("  " + details))
            }
            if let organisation = scenario.organisation {
                say(style.dim(t(.speakFor, organisation.terminalSafe, scenario.organisationType.map { " (\($0.label(context.language)))" } ?? "")))
            }
            say(t(.audience, Localized.list(scenario.audience, context.language).terminalSafe))
            if !scenario.background.isEmpty { say(); say(TextWrapper.joiningSoftBreaks(scenario.background).terminalSafe) }
            showSituation()
        } catch {
            say(message(for: error).terminalSafe)
        }
    }

    /// A policy or plan the scenario names that cannot be used is said at once: practice
    /// goes on without it (as `score` would not), so the trainee knows what is not applied.
    func warnOfBrokenFiles(_ scenario: Scenario) {
        _ = builder.context(for: scenario, beat: session.beat)
        guard let broken = builder.brokenFile(for: scenario) else { return }
        say(style.yellow(Self.brokenFile(context.language, broken.path, broken.formatted).terminalSafe))
    }
    static let brokenFile = Localized(
        en: "Warning: this scenario names {1}, which has errors, so it is not applied here ({2}). Run 'minbar check {1}'.",
        ar: "تنبيه: يسمّي هذا السيناريو الملف {1} وفيه أخطاء، فلا يُطبَّق هنا ({2}). شغّل ‎minbar check {1}‎.")

    func showSituation() {
        guard let scenario = session.scenario, let beat = session.beat else {
            say(t(.noScenarioOpen))
            return
        }
        say()
        beatAppeared(beat)
        if scenario.hasBeats { say(style.cyan("[\(desk.shownTime(of: beat).label(context.language))] \(beat.title)".terminalSafe)) }
        sayContextLeftOutOfPrompt(beat)
        say(TextWrapper.joiningSoftBreaks(beat.situation).terminalSafe)
        showDeadline(beat)
        if !beat.goals.isEmpty {
            let goals = beat.goals.map { goal in
                let needs = goal.needs.filter { !Repl.labelNames(goal.label, need: $0) }.map { $0.label(context.language) }
                return goal.label + (needs.isEmpty ? "" : " (" + Localized.list(needs, context.language) + ")")
            }
            say(style.dim(t(.goals, goals.joined(separator: " · ").terminalSafe)))
        }
        if let scoring = session.currentContext {
            // Each item whole on a line at a narrow terminal: "Policy:" above "default" read as two things.
            for line in TextWrapper.pack(inForce(scoring).map(\.terminalSafe), width: context.width) { say(style.dim(line)) }
        }
        say(style.dim(t(.writePost, scenario.platform(in: beat).displayName)))
    }

    /// Whether a goal's label already names what it needs, in so many words and in either
    /// language ("a contact" needs a contact; "…, with a figure" a figure), so the goals
    /// line does not say it twice. Whole words only: «الاعتذار» does not name «اعتذار»
    /// for this purpose, and "data figure" does not name "a figure".
    static func labelNames(_ label: String, need: EvidenceNeed) -> Bool {
        let text = label.lowercased()
        return [Language.en, .ar].contains { language in
            let name = need.label(language).lowercased()
            var searched = text.startIndex..<text.endIndex
            while let found = text.range(of: name, range: searched) {
                let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
                let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
                if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
                searched = text.index(after: found.lowerBound)..<text.endIndex
            }
            return false
        }
    }

    /// What the open beat is judged against: the day, the plan and the policies in force,
    /// one item each.
    func inForce(_ scoring: ScoringContext) -> [String] {
        let day: String
        switch scoring.dateSource {
        case .option: day = t(.daySetByOption)
        case .scenario: day = t(.dayScenario)
        case .today, .given: day = t(.dayToday)
        }
        var parts = [t(.dayLabel, scoring.date.map { "\($0)" } ?? "—", day)]
        if let plan = scoring.plan, let source = scoring.planSource {
            let why: String
            switch source {
            case .scenario: why = t(.planScenario)
            case .profile: why = t(.planProfile)
            case .option: why = t(.planOption)
            }
            parts.append(t(.planLabel, plan.plan.title(context.language), why))
        } else {
            parts.append(t(.planNone))
        }
        parts.append(t(.policyLabel, ([t(.policyDefault)] + scoring.policyLayers.map(\.name)).joined(separator: " + ")))
        return parts
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
                say(t(.dateFormat))
                return
            }
            builder.dateOverride = date
        }
        let (date, source) = builder.publicationDay(for: session.scenario, beat: session.beat)
        let why = switch source {
        case .option: t(.dateWhyOption)
        case .scenario: t(.dateWhyScenario)
        case .today, .given: t(.dateWhyToday)
        }
        say(t(.postsGoOut, date, why))
    }

    func hint() {
        guard session.scenario != nil else { say(t(.noScenarioOpen)); return }
        for hint in session.hints() { say("  • " + hint.terminalSafe) }
    }

    func retry() {
        do {
            let beat = try session.retry()
            // The story's clock goes back with it, to the time the beat was shown at.
            desk.rewind(to: beat)
            say(style.dim(t(.backTo, beat.title.isEmpty ? beat.id : beat.title)))
            showSituation()
        } catch {
            say(message(for: error).terminalSafe)
        }
    }

    func long() {
        say(style.dim(t(.writeLong)))
        var lines: [String] = []
        var total = 0
        while true {
            // Ctrl-D (or the end of input) before the '.' drops the post: the README's
            // Ctrl-D quits, it never sends what was half written.
            guard let line = input.readLine(prompt: style.dim("… "), completer: { _ in [] }) else {
                say(style.dim(t(.longUnfinished)))
                return
            }
            if input.cancelled { say(style.dim(t(.postDropped))); return }
            if line == "." { break }
            // Past the limit the rest of the post is read to its '.', counted, not kept.
            total += (input.refusedBytes ?? line.utf8.count) + 1
            if total > ScoringEngine.maximumPostBytes { lines.removeAll(); continue }
            lines.append(line)
        }
        if total > ScoringEngine.maximumPostBytes { refuse(total); return }
        submit(lines.joined(separator: "\n"))
    }

    /// Examples `/why RULE` shows on each side.
    static let whyExamples = 3

    func why(_ id: String) {
        if id.isEmpty, let lastReport {
            context.standardOutput.write(ReportRenderer(style: style, width: context.width, isolateRuns: context.outputIsTerminal,
                                                        language: context.language).render(lastReport))
            say()
            return
        }
        guard let rule = RuleRegistry.descriptor(id: id) else {
            let suggestion = RuleRegistry.suggestion(for: id)
            say(id.isEmpty ? t(.whichRule) : t(.noSuchRule, id.terminalSafe) + (suggestion.map { " " + t(.didYouMean, $0) } ?? ""))
            return
        }
        // A sample, not every example: the answer to "why" should fit above the prompt.
        context.standardOutput.write(ExplainCommand.text(for: rule, style: style, width: context.width, language: context.language,
                                                         limit: Self.whyExamples))
    }

    // MARK: Posts

    func submit(_ text: String) {
        guard text.utf8.count <= ScoringEngine.maximumPostBytes else {
            say(t(.postTooLong, text.utf8.count, ScoringEngine.maximumPostBytes))
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
        record.postDate = outcome.context.date?.description
        record = recordTiming(record, outcome: outcome, seconds: seconds)
        do {
            try store.append(record)
            attempts.append(record)
        } catch {
            unsavedAttempts += 1
            if case .cannotWrite(let path, let reason) = error {
                context.printError(t(.cannotSave, path, reason))
            }
        }
        lastReport = outcome.report
        say()
        context.standardOutput.write(ReportRenderer(style: style, limit: 5, width: context.width, isolateRuns: context.outputIsTerminal, language: context.language).render(outcome.report))
        if let reaction = outcome.reaction {
            say()
            // A reaction that wraps hangs under its arrow, so it reads as one reply.
            context.printProse(style.bold("↳ ") + reaction.text.terminalSafe, hanging: 2)
        }
        if let seconds, outcome.beat.deadline != nil {
            // The report ends on its last line; a reaction has already put a blank line after it.
            if outcome.reaction == nil { say() }
            say(style.dim(messages.answered(in: seconds, deadline: outcome.beat.deadline)))
        }
        if let next = outcome.next {
            beatAppeared(next, restart: true)
            if next.id != outcome.beat.id {
                say()
                say(style.cyan("⏱ \(desk.shownTime(of: next).label(context.language)) · \(next.title)".terminalSafe))
                sayContextLeftOutOfPrompt(next)
                say(TextWrapper.joiningSoftBreaks(next.situation).terminalSafe)
                showDeadline(next)
                if !next.goals.isEmpty { say(style.dim(t(.goals, next.goals.map(\.label).joined(separator: " · ").terminalSafe))) }
            }
        } else {
            say()
            say(style.dim(t(.scenarioComplete)))
        }
    }

    /// A score right-aligned in three columns, so the rows of /progress line up
    /// ("latest  85" under "latest 100").
    static func score(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: " ", count: max(0, 3 - digits.count)) + digits
    }

    /// "Progress for NAME: …", with the name in bold.
    func progressLine(days: Int, streak: Int) -> String {
        let line = t(.progressFor, "\u{0}", UIText.attemptsCount.count(attempts.count, context.language),
                     UIText.daysCount.count(days, context.language), UIText.daysCount.count(streak, context.language))
        return line.replacingOccurrences(of: "\u{0}", with: style.bold(profile.name))
    }

    func progress() {
        let summary = ProgressSummary(attempts)
        guard !attempts.isEmpty else { say(t(.noAttempts)); return }
        let today = CalendarDate(context.now())
        let days = Set(attempts.map { CalendarDate($0.time) }).count
        say(progressLine(days: days, streak: summary.streak(today: today)))
        let rows: [(String, MinbarCore.Dimension?)] = [(t(.overall), nil), (t(.professionalism), .professionalism), (t(.alignment), .alignment), (t(.compliance), .compliance)]
        for (label, dimension) in rows {
            let series = summary.series(dimension)
            guard let latest = series.last else { continue }
            // The sparkline takes what the terminal leaves after the label and the figures.
            let room = context.width.map { max(5, min(30, $0 - 2 - 20 - 24)) } ?? 30
            say("  " + label.padded(to: 20) + ProgressSummary.sparkline(series, width: room).padded(to: room + 1)
                + t(.latestBest, Self.score(latest), Self.score(series.max() ?? latest)))
        }
        say(style.bold(t(.byKind)))
        for row in summary.byKind {
            say("  " + kindLabel(row.kind).terminalSafe.padded(to: 12)
                + t(.byKindRow, Self.score(row.best), Self.score(row.latest), UIText.attemptsCount.count(row.count, context.language)))
        }
        let weakest = summary.weakestRules()
        if !weakest.isEmpty {
            say(style.bold(t(.workOnNext)))
            for item in weakest {
                let rule = item.rule.terminalSafe
                let title = RuleRegistry.descriptor(id: item.rule)?.title(in: context.language) ?? rule
                let values = [rule, title, String(item.points), UIText.findingsCount.countAfterPreposition(item.times, context.language), "/why " + rule]
                let template = UIText.workOnNextRow.localized.text(context.language)
                say("  " + (context.outputIsTerminal ? BidiIsolation.isolatedForTerminal(filling: template, with: values, base: context.language.direction)
                            : Localized.fill(template, values)))
            }
        }
    }

    func export(_ argument: String) {
        let target: (path: String, format: ExportCommand.Format)?
        do {
            target = try Self.exportTarget(argument)
        } catch {
            say(t(.exportFailed, error.message(context.language).terminalSafe))
            return
        }
        guard let (path, format) = target else { say(t(.exportWhere)); return }
        let transcript = Transcript(profile: profile.name, attempts: attempts, events: store.loadEvents(), generated: context.now())
        do {
            let text = try ExportCommand.render(transcript, format: format, plan: shownPlan, language: context.language)
            try ExportCommand.write(text, to: path, in: context)
            say(t(.exportWrote, UIText.attemptsCount.count(attempts.count, context.language), context.absolutePath(path).terminalSafe, format.rawValue))
        } catch {
            say(t(.exportFailed, error.message(context.language).terminalSafe))
        }
    }

    /// Where `/export` writes and in which format: `/export FILE` takes the format from the
    /// extension (Markdown without one); `/export html FILE`, as people also type it, names
    /// the format first and gives a bare FILE its extension. Nil when there is no file.
    /// An extension no format has (`/export out.pdf`) is refused as `--format pdf` is:
    /// Markdown written under a PDF's name was reported as done and opened as nothing.
    static func exportTarget(_ argument: String) throws(UsageError) -> (path: String, format: ExportCommand.Format)? {
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        let named = words.first.flatMap { ExportCommand.Format(rawValue: $0.lowercased() == "markdown" ? "md" : $0.lowercased()) }
        guard let format = named else {
            guard !argument.isEmpty else { return nil }
            let given = (argument as NSString).pathExtension
            if given.isEmpty { return (argument, .md) }
            guard let format = ExportCommand.format(forPath: argument) else {
                throw .invalidValue(option: "/export", value: given, expected: "md, html, json or csv")
            }
            return (argument, format)
        }
        guard words.count == 2 else { return nil }
        let file = words[1].trimmingCharacters(in: .whitespaces)
        guard !file.isEmpty else { return nil }
        let hasExtension = (file as NSString).pathExtension.isEmpty == false
        return (hasExtension ? file : "\(file).\(format.rawValue)", format)
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
            say(t(.noPlan, Localized.list(PlanFiles.bundled.map(\.id).sorted(), context.language)))
            return
        }
        // The story's day when a drill is open (its date, the beat's days, or /date): the
        // timeline is judged where the posts are placed.
        let today = session.currentContext?.date ?? CalendarDate(context.now())
        let report = PlanTracker.report(for: plan, posts: attempts.map(\.planPost), today: today)
        let chart = TimelineChart(width: context.width ?? 80, language: context.language, paint: style.status)
        context.standardOutput.write(chart.render(report, plan: plan))
    }

    func profileCommand(_ argument: String) {
        let parts = argument.split(separator: " ").map(String.init)
        if parts.count == 2, parts[0] == "plan" {
            do {
                setPlan(try PlanFiles.load(parts[1], in: context), reference: parts[1])
                say(t(.planSet, (plan?.title(context.language) ?? parts[1]).terminalSafe))
            } catch {
                say((error.message(context.language) + (error.hint(context.language).map { " (\($0))" } ?? "")).terminalSafe)
            }
            return
        }
        if parts.count == 2, parts[0] == "org-type" {
            guard OrganisationType(rawValue: parts[1]) != nil else {
                say(t(.orgTypes, Localized.list(OrganisationType.allCases.map(\.rawValue), context.language)))
                return
            }
            profile.organisationType = parts[1]
            do { try store.save(profile); say(t(.orgTypeSet, organisationLabel(parts[1]).terminalSafe)) } catch { say(t(.profileSaveFailed, "\(error)")) }
            return
        }
        say(t(.profileLine, profile.name, profile.organisationType.map { organisationLabel($0).terminalSafe } ?? t(.profileOrgNotSet)))
        say(t(.profilePlanLine, plan?.title(context.language).terminalSafe ?? t(.profilePlanNone)))
        say(t(.profileDataLine, store.directory.path, attempts.count))
    }

    /// An organisation type saved in the profile, in the interface's words.
    func organisationLabel(_ type: String) -> String {
        OrganisationType(rawValue: type)?.label(context.language) ?? type
    }

    /// A scenario kind saved in an attempt, in the interface's words.
    func kindLabel(_ kind: String) -> String {
        ScenarioKind(rawValue: kind)?.label(context.language) ?? kind
    }

    func message(for error: PracticeSession.Failure) -> String {
        switch error {
        case .noScenarioOpen: t(.errorNoScenario)
        case .unknownScenario(let id, let suggestion): suggestion.map { t(.errorUnknownScenario, id.terminalSafe, $0) } ?? t(.errorUnknownScenarioList, id.terminalSafe)
        // With no close match, the beats there are: a facilitator should not have to guess.
        case .unknownBeat(let id, let scenario, let suggestion):
            t(.errorUnknownBeat, scenario, id.terminalSafe)
                + (suggestion.map { " " + t(.didYouMean, $0) }
                    ?? " " + t(.beatsAre, Localized.list(session.scenario?.beats.map(\.id) ?? [], context.language)))
        case .emptyPost: t(.errorEmptyPost)
        case .scenarioEnded: t(.errorScenarioEnded)
        case .nothingToRetry: t(.errorNothingToRetry)
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
        case "/why": return RuleRegistry.explainableIDs.filter { $0.hasPrefix(word) }
        case "/list": return ScenarioKind.allCases.map(\.rawValue).filter { $0.hasPrefix(word) }
        case "/jump": return (session.scenario?.beats.map(\.id) ?? []).filter { $0.hasPrefix(word) }
        default: return []
        }
    }
}
