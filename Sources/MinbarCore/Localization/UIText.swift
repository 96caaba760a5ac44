/// Every fixed string of Minbar's screens, in English and Arabic: one catalogue, keyed by
/// case, so a screen cannot ask for a message that does not exist and a test can hold
/// every entry to both languages and the same placeholders (`{1}`, `{2}`, …).
/// Rule messages live with their rules (see `Rule`), scenario text in the scenario files.
public enum UIText: String, CaseIterable, Sendable {
    // Welcome and leaving
    case welcome, welcomeProfile, welcomeNew, welcomeReturning, damagedStore, goodbye
    // Commands in practice
    case helpHelp, helpList, helpOpen, helpSituation, helpHint, helpRetry, helpNext, helpLong, helpWhy, helpProgress,
         helpTimeline, helpDate, helpExport, helpProfile, helpQuit, helpFooter
    case openWhich, unknownCommand, unknownCommandNoSuggestion, unknownKind, best, beatsCount
    // A scenario
    case speakFor, audience, goals, writePost, noScenarioOpen, backTo, writeLong, postDropped, longUnfinished
    case dayLabel, daySetByOption, dayScenario, dayToday, planLabel, planScenario, planProfile, planOption, planNone, policyLabel
    case dateFormat, postsGoOut, dateWhyOption, dateWhyScenario, dateWhyToday
    case whichRule, noSuchRule, didYouMean
    case postTooLong, cannotSave, scenarioComplete
    // Progress
    case noAttempts, progressFor, overall, professionalism, alignment, compliance, latestBest, byKind, byKindRow, workOnNext, workOnNextRow
    // Export, timeline, profile
    case exportWhere, exportWrote, exportFailed, noPlan, planSet, orgTypes, orgTypeSet, profileSaveFailed, profileLine, profileOrgNotSet,
         profilePlanLine, profilePlanNone, profileDataLine
    // Practice errors
    case errorNoScenario, errorUnknownScenario, errorUnknownScenarioList, errorUnknownBeat, errorEmptyPost, errorScenarioEnded, errorNothingToRetry,
         beatsAre
    // A scored post
    case verdict, verdictReady, verdictReadyForAnotherPlatform, verdictRevise, verdictBlocked, noFindings, moreFindings, at, tryLabel,
         severityError, severityWarning, severityNote, points
    // Explain
    case explainDefault, firesOn, passes, policyDriven, moreExamples
    // Counted nouns: English "one|other", Arabic "one|two|few (3-10)|many (11+)"
    case attemptsCount, daysCount, findingsCount, weeksCount, monthsCount, examplesCount
    case policyDefault
    // Exports (Markdown, HTML, the charts in them, the after-action review)
    case timestampUTC, exportTitle, exportTitleShort, exportGenerated, exportSummary, exportSessions, exportAttempts, exportScenarios, exportDimension, exportAverage,
         exportBest, notAvailable, exportTrend, exportPost, exportFacilitator, exportAttempt, exportScoresLine, exportSince, exportNone,
         exportStrengths, exportTry, exportReaction, verdictWordReady, verdictWordRevise, verdictWordBlocked,
         eventJump, eventInject, eventNote, eventPause, eventResume,
         exportCharts, chartOverTime, chartCaption, chartNoScores, chartKindCaption, chartKindTitle, chartScore, chartRulesCaption,
         chartRulesTitle, chartFindings, chartTimelineCaption, chartTimelineTitle, chartAttempt, chartToday, sessionsCount, scenariosCount
    // The cohort report and the after-action review
    case cohortTitle, cohortGenerated, traineesCount, timesCount, cohortByDimension, colTrainee, colAttempts, colChange, cohortByKind, cohortRules,
         cohortRuleRow, cohortImprovedLeast, cohortLeastLine, cohortLeastShort, cohortAfterAction, colVerdict, aarTitle, aarPath,
         colTime, colBeat, colSimulated, colResponse, colReaction, colFindings, aarPaths, aarLate, aarOf, aarFirstTurn, aarRun
    // rules
    case rulesExample, rulesFooter, rulesPolicy
    // check
    case hintLabel, checkSummary, checkLoaded, filesCount, countInFiles, policiesCount, plansCount, errorsCount, warningsCount, notesCount
    // The trainer's desk: response clocks and facilitator mode
    case helpFacilitator, helpJump, helpInject, helpPause, helpResume, helpNote, helpClock
    case durationSeconds, durationMinutes, durationMinutesSeconds, simulatedStart, simulatedDays, simulatedHours, simulatedMinutes
    case clockDeadline, clockAnswered, clockAnsweredLate, clockAnsweredWithin, clockOff, clockSince, clockPassed, clockLeft, clockPausedTail,
         clockLate, facilitatorOn, facilitatorOff, needsFacilitator, needsText, facilitatorJumped, clockPaused, clockResumed,
         clockAlreadyPaused, clockNotPaused, facilitatorNoted, facilitatorCannotSave, lineRefused
    // Words for the model's values
    case keepLabel, keepWhenRewritingLabel, languageArabic, languageEnglish, languageAny, orgListed, orgStateOwned, orgFamily, orgGovernment
    // The objectives timeline
    case timelineTitle, timelineWeeks, timelineDayColumns, timelineEvidence, timelineLegend, timelineGaps, hijriSuffix,
         statusNotStarted, statusBuilding, statusOnTrack, statusAtRisk, statusOverdue, statusAchieved,
         cadenceWeekly, cadenceMonthly, cadenceQuarterly,
         planWarningUnbacked, planWarningQuiet, planWarningExpired, planWarningExpires, planWarningFigureAge, planWarningRatingAge

    /// The text of this entry in both languages.
    public var localized: Localized {
        switch self {
        case .welcome: L("{1}: practise speaking for your organisation. Nothing you write leaves this machine.",
                         "{1}: تدرّب على الحديث باسم مؤسستك. لا يغادر شيءٌ مما تكتبه هذا الجهاز.")
        case .welcomeProfile: L("Profile: {1}{2} · {3} saved · {4} scenarios", "الملف: {1}{2} · المحفوظ: {3} · السيناريوهات: {4}")
        case .welcomeNew: L("New here? Try {1}, then write your post and press Enter. {2} lists every command.",
                            "جديد هنا؟ جرّب {1}، ثم اكتب منشورك واضغط Enter. ويعرض {2} كل الأوامر.")
        case .welcomeReturning: L("Type {1} to choose a scenario, {2} to start, {3} for commands.",
                                  "اكتب {1} لاختيار سيناريو، و{2} للبدء، و{3} لعرض الأوامر.")
        case .damagedStore: L("Note: {1} damaged lines in {2} could not be read; {3} attempts were recovered. The damaged lines stay in the file, and a copy is kept at {4}.",
                              "تنبيه: تعذّرت قراءة {1} من الأسطر التالفة في {2}، واستُعيدت {3} من المحاولات. تبقى الأسطر التالفة في الملف، وحُفظت نسخة منها في {4}.")
        case .goodbye: L("Saved {1} in {2}. Until next time.", "المحفوظ: {1} في {2}. إلى اللقاء.")
        case .helpHelp: L("this list", "هذه القائمة")
        case .helpList: L("scenarios by kind, with your best score", "السيناريوهات حسب النوع، مع أفضل درجة لك")
        case .helpOpen: L("open a scenario, at its first beat or the one named (Tab completes ids)", "افتح سيناريو من مرحلته الأولى أو من المرحلة المسمّاة (Tab يُكمل المعرّفات)")
        case .helpSituation: L("show the open beat's situation again", "اعرض الموقف الحالي مرة أخرى")
        case .helpHint: L("what the goals still need (never the answer)", "ما تحتاجه الأهداف بعد (دون أن يكتب الجواب عنك)")
        case .helpRetry: L("write the last beat again", "أعد كتابة المرحلة الأخيرة")
        case .helpNext: L("open the next scenario", "افتح السيناريو التالي")
        case .helpLong: L("write a post over several lines; a line with '.' alone ends it", "اكتب منشوراً من عدة أسطر؛ وسطرٌ فيه '.' وحدها يُنهيه")
        case .helpWhy: L("all your last draft's findings; with RULE, why a rule exists, with examples", "كل ملاحظات مسودتك الأخيرة؛ ومع RULE: لماذا وُجدت القاعدة، مع أمثلة")
        case .helpProgress: L("your trends, best scores and what to work on", "تطوّرك وأفضل درجاتك وما تعمل عليه")
        case .helpTimeline: L("your communication objectives", "أهدافك الاتصالية")
        case .helpDate: L("the day your posts go out (quiet periods, expiry)", "يوم نشر منشوراتك (فترات الصمت وانتهاء الشهادات)")
        case .helpExport: L("save your transcript (.md, .html, .json or .csv)", "احفظ سجلّ تدريبك (.md أو .html أو .json أو .csv)")
        case .helpProfile: L("who you are practising as, and your plan", "الجهة التي تتدرّب باسمها، وخطتك")
        case .helpQuit: L("leave (Ctrl-D works too)", "الخروج (ويعمل Ctrl-D أيضاً)")
        case .helpFooter: L("Anything else you type is a draft post for the open scenario, scored at once and saved.",
                            "كل ما تكتبه غير ذلك مسودةُ منشور للسيناريو المفتوح، تُقيَّم فوراً وتُحفظ.")
        case .openWhich: L("Which one? /open ID (Tab completes; /list shows them).", "أيّها؟ ‎/open ID‎ (يُكملها Tab، ويعرضها ‎/list‎).")
        case .unknownCommand: L("Unknown command {1}. Did you mean {2}?", "لا يوجد أمر باسم {1}. هل تقصد {2}؟")
        case .unknownCommandNoSuggestion: L("Unknown command {1}. /help lists the commands.", "لا يوجد أمر باسم {1}. يعرض ‎/help‎ الأوامر.")
        case .unknownKind: L("No kind called '{1}'. Kinds: {2}", "لا يوجد نوع باسم '{1}'. الأنواع: {2}")
        case .best: L("best {1}", "الأفضل {1}")
        case .beatsCount: L("{1} beats", "المراحل: {1}")
        case .speakFor: L("You speak for {1}{2}.", "أنت تتحدث باسم {1}{2}.")
        case .audience: L("Audience: {1}", "الجمهور: {1}")
        case .goals: L("Goals: {1}", "الأهداف: {1}")
        case .writePost: L("Write your post ({1}), or /long for several lines.", "اكتب منشورك ({1})، أو ‎/long‎ لعدة أسطر.")
        case .noScenarioOpen: L("No scenario is open. /open ID starts one.", "لا يوجد سيناريو مفتوح. ابدأ واحداً بـ ‎/open ID‎.")
        case .backTo: L("Back to {1}.", "عودة إلى {1}.")
        case .writeLong: L("Write your post; a line with a single '.' ends it.", "اكتب منشورك؛ وسطرٌ فيه '.' وحدها يُنهيه.")
        case .postDropped: L("Post dropped.", "أُلغي المنشور.")
        case .longUnfinished: L("Post dropped: it ended without a line with a single '.', so nothing was scored.", "أُلغي المنشور: انتهى دون سطرٍ فيه '.' وحدها، فلم يُقيَّم شيء.")
        case .dayLabel: L("Day: {1} ({2})", "اليوم: {1} ({2})")
        case .daySetByOption: L("set with /date or --date", "حُدّد بـ ‎/date‎ أو ‎--date‎")
        case .dayScenario: L("the scenario's date", "تاريخ السيناريو")
        case .dayToday: L("today", "اليوم")
        case .planLabel: L("Plan: {1} ({2})", "الخطة: {1} ({2})")
        case .planScenario: L("the scenario's plan", "خطة السيناريو")
        case .planProfile: L("your profile's plan", "خطة ملفك")
        case .planOption: L("from --plan", "من ‎--plan‎")
        case .planNone: L("Plan: none", "الخطة: لا توجد")
        case .policyLabel: L("Policy: {1}", "السياسة: {1}")
        case .dateFormat: L("Write the day as YYYY-MM-DD (for example /date 2026-12-10), or /date scenario to use the scenario's own day.",
                            "اكتب اليوم بصيغة YYYY-MM-DD (مثلاً ‎/date 2026-12-10‎)، أو ‎/date scenario‎ لاستخدام يوم السيناريو.")
        case .postsGoOut: L("Posts go out on {1} ({2}).", "تُنشر المنشورات يوم {1} ({2}).")
        case .dateWhyOption: L("set for this session; /date scenario goes back to the scenario's day", "محدّد لهذه الجلسة؛ ويعيد ‎/date scenario‎ يوم السيناريو")
        case .dateWhyScenario: L("the scenario's date", "تاريخ السيناريو")
        case .dateWhyToday: L("today; the scenario names no day", "اليوم؛ فالسيناريو لا يحدد يوماً")
        case .whichRule: L("Which rule? /why RULE (for example /why policy.mnpi).", "أيّ قاعدة؟ ‎/why RULE‎ (مثلاً ‎/why policy.mnpi‎).")
        case .noSuchRule: L("No rule called '{1}'.", "لا توجد قاعدة باسم '{1}'.")
        case .didYouMean: L("Did you mean {1}?", "هل تقصد {1}؟")
        case .postTooLong: L("That post is {1} bytes; posts are limited to {2}.", "حجم هذا المنشور {1} بايت، والحد الأقصى {2}.")
        case .cannotSave: L("minbar: could not save this attempt to {1}: {2}. The session goes on; later attempts will try again.",
                            "minbar: تعذّر حفظ هذه المحاولة في {1}: {2}. تستمر الجلسة، وستُعاد المحاولة مع المحاولات التالية.")
        case .scenarioComplete: L("Scenario complete. /retry writes the last beat again, /next opens another, /progress shows how you are doing.",
                                  "اكتمل السيناريو. ‎/retry‎ لإعادة المرحلة الأخيرة، و‎/next‎ لسيناريو آخر، و‎/progress‎ لمعرفة مستواك.")
        case .noAttempts: L("No attempts yet. /open a scenario and write a post.", "لا محاولات بعد. افتح سيناريو بـ ‎/open‎ واكتب منشوراً.")
        // Arabic states the span and the streak as predicates: after «خلال» a dual would need its genitive.
        case .progressFor: L("Progress for {1}: {2} over {3}, streak {4}", "تقدّم {1}: {2}، المدة {3}، والأيام المتتالية {4}")
        case .policyDefault: L("default", "الافتراضية")
        case .attemptsCount: L("{1} attempt|{1} attempts", "محاولة واحدة|محاولتان|{1} محاولات|{1} محاولة")
        case .daysCount: L("{1} day|{1} days", "يوم واحد|يومان|{1} أيام|{1} يوماً")
        case .weeksCount: L("{1} week|{1} weeks", "أسبوع واحد|أسبوعان|{1} أسابيع|{1} أسبوعاً")
        case .monthsCount: L("{1} month|{1} months", "شهر واحد|شهران|{1} أشهر|{1} شهراً")
        case .findingsCount: L("{1} finding|{1} findings", "ملاحظة واحدة|ملاحظتان|{1} ملاحظات|{1} ملاحظة")
        case .examplesCount: L("{1} example|{1} examples", "مثال واحد|مثالان|{1} أمثلة|{1} مثالاً")
        case .overall: L("overall", "الإجمالي")
        case .professionalism: L("professionalism", "المهنية")
        case .alignment: L("alignment", "التوافق مع الأهداف")
        case .compliance: L("compliance", "الالتزام بالسياسة")
        case .latestBest: L("latest {1}  best {2}", "الأخيرة {1}  الأفضل {2}")
        case .byKind: L("By kind", "حسب النوع")
        case .byKindRow: L("best {1}  latest {2}  ({3})", "الأفضل {1}  الأخيرة {2}  ({3})")
        case .workOnNext: L("Work on next", "ما تعمل عليه بعد ذلك")
        // {5} is the whole command, "/why RULE", so a terminal isolates it in one piece.
        case .workOnNextRow: L("{1}: {2} (−{3} points in {4}; {5})", "{1}: {2} (−{3} نقطة في {4}؛ ‎{5}‎)")
        case .exportWhere: L("Where to? /export FILE.md (or .html, .json, .csv), or /export html FILE", "إلى أين؟ ‎/export FILE.md‎ (أو .html أو .json أو .csv)، أو ‎/export html FILE‎")
        case .exportWrote: L("Wrote {1} to {2} ({3}).", "كُتبت {1} في {2} ({3}).")
        case .exportFailed: L("Could not export: {1}", "تعذّر التصدير: {1}")
        case .noPlan: L("No communication plan yet. /profile plan FILE|ID sets one (bundled: {1}).", "لا توجد خطة اتصال بعد. حدّدها بـ ‎/profile plan FILE|ID‎ (المرفقة: {1}).")
        case .planSet: L("Plan set: {1}. /timeline shows it.", "حُدّدت الخطة: {1}. ويعرضها ‎/timeline‎.")
        case .orgTypes: L("Organisation types: {1}", "أنواع الجهات: {1}")
        case .orgTypeSet: L("Organisation type set to {1}.", "حُدّد نوع الجهة: {1}.")
        case .profileSaveFailed: L("Could not save the profile: {1}", "تعذّر حفظ الملف: {1}")
        case .profileLine: L("Profile {1} · organisation type: {2}", "الملف {1} · نوع الجهة: {2}")
        case .profileOrgNotSet: L("not set (/profile org-type listed|state-owned|family|government)", "غير محدد (‎/profile org-type listed|state-owned|family|government‎)")
        case .profilePlanLine: L("Plan: {1}", "الخطة: {1}")
        case .profilePlanNone: L("none (/profile plan FILE|ID)", "لا توجد (‎/profile plan FILE|ID‎)")
        case .profileDataLine: L("Data: {1} · {2} attempts", "البيانات: {1} · المحاولات: {2}")
        case .errorNoScenario: L("No scenario is open yet: /open ID starts one (/list shows them).", "لم يُفتح أي سيناريو بعد: ابدأ بـ ‎/open ID‎ (ويعرضها ‎/list‎).")
        case .errorUnknownScenario: L("No scenario called '{1}'. Did you mean {2}?", "لا يوجد سيناريو باسم '{1}'. هل تقصد {2}؟")
        case .errorUnknownScenarioList: L("No scenario called '{1}'. /list shows them.", "لا يوجد سيناريو باسم '{1}'. يعرضها ‎/list‎.")
        case .errorUnknownBeat: L("{1} has no beat called '{2}'.", "لا توجد في {1} مرحلة باسم '{2}'.")
        case .beatsAre: L("Its beats: {1}.", "مراحله: {1}.")
        case .errorEmptyPost: L("That post is empty.", "المنشور فارغ.")
        case .errorScenarioEnded: L("This scenario has ended. /retry writes the last beat again; /next opens another.", "انتهى هذا السيناريو. ‎/retry‎ لإعادة المرحلة الأخيرة، و‎/next‎ لسيناريو آخر.")
        case .errorNothingToRetry: L("Nothing to retry yet: write a post first.", "لا شيء لإعادته بعد: اكتب منشوراً أولاً.")
        case .verdict: L("Verdict: {1}: {2}", "الحكم: {1}: {2}")
        case .verdictReady: L("READY|fit to publish as written.", "جاهز|صالح للنشر كما هو.")
        case .verdictReadyForAnotherPlatform: L("READY|fit to publish once it fits the platform (see below).", "جاهز|صالح للنشر بعد أن يلائم المنصة (انظر أدناه).")
        case .verdictRevise: L("REVISE|no policy breach, but fix the points below first.", "يحتاج مراجعة|لا مخالفة للسياسة، لكن أصلح النقاط أدناه أولاً.")
        case .verdictBlocked: L("BLOCKED|breaks policy or attacks someone; this must not be posted.", "ممنوع|يخالف السياسة أو يسيء إلى أحد؛ لا يجوز نشره.")
        case .noFindings: L("No findings.", "لا ملاحظات.")
        case .moreFindings: L("… and {1} more (/why shows them all)", "… وبقيت {1} (‎/why‎ يعرضها كلها)")
        case .at: L("at {1}-{2}", "في {1}-{2}")
        case .tryLabel: L("try:", "جرّب:")
        case .severityError: L("error", "خطأ")
        case .severityWarning: L("warning", "تحذير")
        case .severityNote: L("note", "ملاحظة")
        case .points: L("−{1} {2}", "−{1} من {2}")
        case .timestampUTC: L("{1}T{2}Z", "{1} {2} بتوقيت غرينتش")
        // Not "Minbar: {1}" in Arabic: a colon between two isolated Latin runs takes the
        // paragraph's direction, and the page read "default :Minbar".
        case .exportTitle: L("Minbar practice transcript: {1}", "سجل التدريب في Minbar للملف الشخصي {1}")
        case .exportTitleShort: L("Minbar transcript: {1}", "سجل Minbar للملف {1}")
        case .exportGenerated: L("Generated {1}", "أُنشئ في {1}")
        case .exportSummary: L("Summary", "الملخص")
        case .exportSessions: L("Sessions: {1}", "الجلسات: {1}")
        case .exportAttempts: L("Attempts: {1}", "المحاولات: {1}")
        case .exportScenarios: L("Scenarios practised: {1}", "السيناريوهات التي تدربت عليها: {1}")
        case .exportDimension: L("Dimension", "البُعد")
        case .exportAverage: L("Average", "المتوسط")
        case .exportBest: L("Best", "الأفضل")
        case .notAvailable: L("n/a", "لا يوجد")
        case .exportTrend: L("Trend: overall {1} in the first week, {2} in the latest week.", "الاتجاه: الإجمالي {1} في الأسبوع الأول، و{2} في الأسبوع الأخير.")
        case .exportPost: L("Post", "منشور")
        case .exportFacilitator: L("Facilitator", "الميسّر")
        case .exportAttempt: L("Attempt {1} · {2}", "المحاولة {1} · {2}")
        case .exportScoresLine: L("Professionalism {1} · alignment {2} · compliance {3} · overall {4}", "المهنية {1} · التوافق مع الأهداف {2} · الالتزام بالسياسة {3} · الإجمالي {4}")
        case .exportSince: L("Since the previous attempt: fixed {1}; new {2}", "منذ المحاولة السابقة: أُصلح {1}؛ وجديد {2}")
        case .exportNone: L("none", "لا شيء")
        case .exportStrengths: L("Strengths:", "نقاط القوة:")
        case .exportTry: L("Try:", "جرّب:")
        case .exportReaction: L("Reaction:", "ردّ الفعل:")
        case .verdictWordReady: L("ready", "جاهز")
        case .verdictWordRevise: L("revise", "يحتاج مراجعة")
        case .verdictWordBlocked: L("blocked", "ممنوع")
        case .eventJump: L("facilitator moved the scenario from {1} to {2}", "نقل الميسّر السيناريو من {1} إلى {2}")
        case .eventInject: L("inject: {1}", "رسالة مُدخلة: {1}")
        case .eventNote: L("note: {1}", "ملاحظة: {1}")
        case .eventPause: L("clock paused", "أُوقفت الساعة مؤقتاً")
        case .eventResume: L("clock resumed", "عادت الساعة إلى العمل")
        case .exportCharts: L("Charts", "الرسوم البيانية")
        case .chartOverTime: L("{1} over time", "{1} عبر الوقت")
        // Arabic puts the count first: after «خلال» the dual would need its genitive («محاولتين»).
        case .chartCaption: L("latest {1}, best {2}, over {3}", "{3}: الأخيرة {1}، والأفضل {2}")
        case .chartNoScores: L("no scores yet", "لا درجات بعد")
        case .chartKindCaption: L("overall score, 0 to 100, averaged over each kind's attempts", "الدرجة الإجمالية من 0 إلى 100، متوسط محاولات كل نوع")
        case .chartKindTitle: L("Average overall by scenario kind", "متوسط الإجمالي حسب نوع السيناريو")
        case .chartScore: L("score", "الدرجة")
        case .chartRulesCaption: L("findings that cost points, per rule, most frequent first", "الملاحظات التي خصمت نقاطاً لكل قاعدة، الأكثر تكراراً أولاً")
        case .chartRulesTitle: L("Most frequent rules", "القواعد الأكثر تكراراً")
        case .chartFindings: L("findings", "الملاحظات")
        case .chartTimelineCaption: L("band: the objective's window · dot: a post (orange: without evidence) · dashed: today",
                                      "الشريط: فترة الهدف · النقطة: منشور (البرتقالية: بلا دليل) · المتقطع: اليوم")
        case .chartTimelineTitle: L("Objectives timeline: {1}", "الجدول الزمني للأهداف: {1}")
        case .chartAttempt: L("attempt", "المحاولة")
        case .chartToday: L("today {1}", "اليوم {1}")
        case .sessionsCount: L("{1} session|{1} sessions", "جلسة واحدة|جلستان|{1} جلسات|{1} جلسة")
        case .scenariosCount: L("{1} scenario|{1} scenarios", "سيناريو واحد|سيناريوهان|{1} سيناريوهات|{1} سيناريو")
        case .cohortTitle: L("Minbar cohort report", "تقرير المجموعة في Minbar")
        case .cohortGenerated: L("Generated {1} · {2}", "أُنشئ في {1} · {2}")
        case .traineesCount: L("{1} trainee|{1} trainees", "متدرب واحد|متدربان|{1} متدربين|{1} متدرباً")
        case .cohortByDimension: L("By dimension", "حسب البُعد")
        case .colTrainee: L("Trainee", "المتدرب")
        case .colAttempts: L("Attempts", "المحاولات")
        case .colChange: L("Change", "التغيّر")
        case .cohortByKind: L("By scenario kind (average overall)", "حسب نوع السيناريو (متوسط الإجمالي)")
        case .cohortRules: L("Rules the cohort breaks most", "القواعد التي تخالفها المجموعة أكثر من غيرها")
        // Arabic names the counts as predicates: after «من أصل» a dual would need its genitive.
        case .cohortRuleRow: L("{1}: {2}, by {3} of {4}", "{1}: {2}؛ المخالفون {3}، والمجموعة {4}")
        case .timesCount: L("{1} time|{1} times", "مرة واحدة|مرتان|{1} مرات|{1} مرة")
        case .cohortImprovedLeast: L("Improved least", "الأقل تحسّناً")
        case .cohortLeastLine: L("{1}: overall changed by {2} from first to latest attempt.", "{1}: تغيّر الإجمالي بمقدار {2} من أول محاولة إلى آخرها.")
        case .cohortLeastShort: L("Improved least: {1} ({2}).", "الأقل تحسّناً: {1} ({2}).")
        case .cohortAfterAction: L("After action: {1}", "ما بعد التمرين: {1}")
        case .colVerdict: L("Verdict", "الحكم")
        case .aarTitle: L("After-action review: {1}", "مراجعة ما بعد التمرين: {1}")
        case .aarPath: L("Path: {1}", "المسار: {1}")
        case .colTime: L("Time", "الوقت")
        case .colBeat: L("Beat", "المرحلة")
        case .colSimulated: L("Simulated", "الوقت المحاكى")
        case .colResponse: L("Response", "زمن الرد")
        case .colReaction: L("Reaction", "ردّ الفعل")
        case .colFindings: L("Findings", "الملاحظات")
        case .aarPaths: L("Paths across the cohort", "المسارات عبر المجموعة")
        case .aarLate: L("{1} (late; {2} allowed)", "{1} (متأخر؛ المسموح {2})")
        case .aarOf: L("{1} of {2}", "{1} من {2}")
        case .aarFirstTurn: L("{1}: {2}, overall {3}", "{1}: {2}، الإجمالي {3}")
        case .aarRun: L("{1}, run {2}", "{1}، الجولة {2}")
        case .rulesExample: L("e.g. {1}", "مثال: {1}")
        case .rulesFooter: L("{1} rules. 'minbar explain RULE' shows why each matters, with examples in both languages.",
                             "القواعد: {1}. يشرح 'minbar explain RULE' سبب كل قاعدة، مع أمثلة باللغتين.")
        case .rulesPolicy: L("policy", "سياسة")
        case .hintLabel: L("hint:", "تلميح:")
        case .checkSummary: L("checked {1}: {2}, {3}", "فُحص {1}: {2}، {3}")
        case .checkLoaded: L("{1} loaded", "حُمّل {1}")
        case .filesCount: L("{1} file|{1} files", "ملف واحد|ملفان|{1} ملفات|{1} ملفاً")
        case .policiesCount: L("{1} policy|{1} policies", "سياسة واحدة|سياستان|{1} سياسات|{1} سياسة")
        case .plansCount: L("{1} plan|{1} plans", "خطة واحدة|خطتان|{1} خطط|{1} خطة")
        case .countInFiles: L("{1} in {2}", "{1} في {2}")
        case .errorsCount: L("{1} error|{1} errors", "خطأ واحد|خطآن|{1} أخطاء|{1} خطأً")
        case .warningsCount: L("{1} warning|{1} warnings", "تحذير واحد|تحذيران|{1} تحذيرات|{1} تحذيراً")
        case .notesCount: L("{1} note|{1} notes", "ملاحظة واحدة|ملاحظتان|{1} ملاحظات|{1} ملاحظة")
        case .helpFacilitator: L("facilitator mode on or off: steer the room", "تشغيل وضع الميسّر أو إيقافه: لإدارة القاعة")
        case .helpJump: L("facilitator: move the scenario to a beat", "للميسّر: نقل السيناريو إلى مرحلة")
        case .helpInject: L("facilitator: a stakeholder message typed live", "للميسّر: رسالة من طرف معنيّ تُكتب مباشرة")
        case .helpPause: L("facilitator: stop the response clock", "للميسّر: إيقاف ساعة الرد مؤقتاً")
        case .helpResume: L("facilitator: start it again", "للميسّر: تشغيلها من جديد")
        case .helpNote: L("facilitator: an observation for the after-action review", "للميسّر: ملاحظة لمراجعة ما بعد التمرين")
        case .helpClock: L("how long this beat has been open, and its deadline", "كم مضى على هذه المرحلة، وموعدها النهائي")
        case .durationSeconds: L("{1}s", "{1} ث")
        case .durationMinutes: L("{1}m", "{1} د")
        case .durationMinutesSeconds: L("{1}m {2}s", "{1} د {2} ث")
        case .simulatedStart: L("T+0", "ت+0")
        case .simulatedDays: L("{1}d", "{1}ي")
        case .simulatedHours: L("{1}h", "{1}س")
        case .simulatedMinutes: L("{1}m", "{1}د")
        case .clockDeadline: L("⏳ You have {1} to answer; the clock runs from now.", "⏳ أمامك {1} للرد؛ والساعة تعمل من الآن.")
        case .clockAnswered: L("⏱ Answered in {1}.", "⏱ الرد خلال {1}.")
        case .clockAnsweredLate: L("⏰ Late: answered in {1}, {2} past the {3} deadline.", "⏰ متأخر: الرد خلال {1}، أي بعد المهلة ({3}) بـ {2}.")
        case .clockAnsweredWithin: L("⏱ Answered in {1} of {2}.", "⏱ الرد خلال {1} من {2}.")
        case .clockOff: L("The response clock is off (--no-clock).", "ساعة الرد متوقفة (‎--no-clock‎).")
        case .clockSince: L("⏱ {1} since this beat appeared", "⏱ مضى {1} منذ ظهور هذه المرحلة")
        case .clockPassed: L("; the {1} deadline has passed", "؛ وانقضت المهلة ({1})")
        case .clockLeft: L("; {1} left", "؛ وبقي {1}")
        case .clockPausedTail: L(" (paused: /resume starts it again).", " (متوقفة مؤقتاً: يشغّلها ‎/resume‎ من جديد).")
        case .clockLate: L("late", "متأخر")
        case .facilitatorOn: L("Facilitator mode: /jump BEAT, /inject TEXT, /pause, /resume, /note TEXT. Everything is saved for the after-action review.",
                               "وضع الميسّر: ‎/jump BEAT‎ و‎/inject TEXT‎ و‎/pause‎ و‎/resume‎ و‎/note TEXT‎. يُحفظ كل شيء لمراجعة ما بعد التمرين.")
        case .facilitatorOff: L("Facilitator mode off.", "أُوقف وضع الميسّر.")
        case .needsFacilitator: L("{1} is a facilitator command: /facilitator turns facilitator mode on (or start with --facilitator).",
                                  "{1} أمرٌ للميسّر: يشغّل ‎/facilitator‎ وضع الميسّر (أو ابدأ بـ ‎--facilitator‎).")
        case .needsText: L("Write the words after the command, for example /inject The regulator calls.", "اكتب النص بعد الأمر، مثلاً: ‎/inject‎ الجهة التنظيمية تتصل.")
        case .facilitatorJumped: L("↪ Facilitator moved the scenario to {1} ({2}).", "↪ نقل الميسّر السيناريو إلى {1} ({2}).")
        case .clockPaused: L("⏸ Clock paused.", "⏸ أُوقفت الساعة مؤقتاً.")
        case .clockResumed: L("▶ Clock running again.", "▶ عادت الساعة إلى العمل.")
        case .clockAlreadyPaused: L("The clock is already paused.", "الساعة متوقفة مؤقتاً بالفعل.")
        case .clockNotPaused: L("The clock is not paused.", "الساعة ليست متوقفة.")
        case .facilitatorNoted: L("📝 Noted for the after-action review.", "📝 دُوّنت لمراجعة ما بعد التمرين.")
        case .facilitatorCannotSave: L("minbar: could not save the facilitator's log to {1}: {2}. The session goes on.",
                                       "minbar: تعذّر حفظ سجل الميسّر في {1}: {2}. تستمر الجلسة.")
        case .lineRefused: L("That line is more than {1} bytes; posts are limited to {2}. It was not kept.",
                             "هذا السطر أطول من {1} بايت، والحد الأقصى للمنشور {2}. لم يُحفظ.")
        case .keepLabel: L("Keep:", "أحسنت في:")
        case .keepWhenRewritingLabel: L("When you rewrite it, keep:", "عند إعادة الكتابة، احتفظ بما أحسنت فيه:")
        case .languageArabic: L("ar", "عربي")
        case .languageEnglish: L("en", "إنجليزي")
        case .languageAny: L("any", "أيّ لغة")
        case .orgListed: L("listed", "مدرجة")
        case .orgStateOwned: L("state-owned", "مملوكة للدولة")
        case .orgFamily: L("family", "عائلية")
        case .orgGovernment: L("government", "حكومية")
        case .timelineTitle: L("{1} · {2} · {3} across", "{1} · {2} · الأعمدة: {3}")
        case .timelineWeeks: L("weeks", "أسابيع")
        case .timelineDayColumns: L("{1}-day columns", "{1} أيام لكل عمود")
        case .timelineEvidence: L("evidence", "الأدلة")
        case .timelineLegend: L("● post  ─ window  ┃ today  ◆ evidence  ✕ expiry  * unbacked", "● منشور  ─ الفترة  ┃ اليوم  ◆ دليل  ✕ انتهاء  * بلا دليل")
        case .timelineGaps: L("Gaps and warnings:", "الفجوات والتنبيهات:")
        case .hijriSuffix: L("{1} {2} {3} AH ({4})", "{1} {2} {3} هـ ({4})")
        case .statusNotStarted: L("not started", "لم يبدأ")
        case .statusBuilding: L("building", "قيد البناء")
        case .statusOnTrack: L("on track", "على المسار")
        case .statusAtRisk: L("at risk", "في خطر")
        case .statusOverdue: L("overdue", "متأخر")
        case .statusAchieved: L("achieved", "منجز")
        case .cadenceWeekly: L("weekly", "أسبوعياً")
        case .cadenceMonthly: L("monthly", "شهرياً")
        case .cadenceQuarterly: L("quarterly", "كل ربع سنة")
        case .planWarningUnbacked: L("'{1}' has posts but no figure, certificate or rating behind them", "لهدف «{1}» منشورات لا يسندها رقم ولا شهادة ولا تصنيف")
        case .planWarningQuiet: L("no post for '{1}' in {2}", "لا منشور لهدف «{1}» منذ {2}")
        case .planWarningExpired: L("{1} expired on {2}", "انتهت {1} في {2}")
        case .planWarningExpires: L("{1} expires in {2}", "تنتهي {1} خلال {2}")
        case .planWarningFigureAge: L("the figure '{1}' is {2} old", "مضى على الرقم «{1}» {2}")
        case .planWarningRatingAge: L("the {1} rating is {2} old", "مضى على تصنيف {1} {2}")
        case .explainDefault: L("{1}, {2} by default", "{1}، {2} افتراضياً")
        case .firesOn: L("Fires on:", "تنطبق على:")
        case .moreExamples: L("More ({1}): minbar explain {2} --all", "والمزيد ({1}): minbar explain {2} --all")
        case .passes: L("Passes:", "لا تنطبق على:")
        case .policyDriven: L("This rule acts on what an organisation's policy file sets (see the README: Policy format).",
                              "تعمل هذه القاعدة بما يحدده ملف سياسة الجهة (انظر README: صيغة السياسة).")
        }
    }

    /// A counted noun in `language` ("1 attempt", "3 attempts"; "محاولتان", "٣ محاولات"...).
    public func count(_ number: Int, _ language: Language) -> String { localized.count(number, language) }

    /// A counted noun after a preposition: «خلال يومين», not «خلال يومان» (see `Localized.countAfterPreposition`).
    public func countAfterPreposition(_ number: Int, _ language: Language) -> String { localized.countAfterPreposition(number, language) }

    /// The text in `language`, placeholders filled in order.
    public func callAsFunction(_ language: Language, _ arguments: any CustomStringConvertible...) -> String {
        Localized.fill(localized.text(language), arguments.map(\.description))
    }
}

private func L(_ en: String, _ ar: String) -> Localized { Localized(en: en, ar: ar) }
