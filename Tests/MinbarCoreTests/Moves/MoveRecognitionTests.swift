import Foundation
import Testing
@testable import MinbarCore

/// Moves are recognised from a sentence's structure, in both languages, and a topic
/// word alone never makes one.
@Suite struct MoveRecognitionTests {
    var engine: ScoringEngine { .sharedForTests }

    func moves(_ text: String) -> [Set<Move>] {
        engine.analyze(text).moves.sentences.map { Set($0.moves.made) }
    }

    func shapes(_ text: String) -> [SentenceMoves.Shape] {
        engine.analyze(text).moves.sentences.map(\.shape)
    }

    @Test func causeNeedsAConnectiveNotTheWordCause() {
        #expect(moves("The decline came from freight and input costs.")[0].contains(.cause))
        #expect(moves("انخفض الهامش بسبب ارتفاع تكاليف الشحن.")[0].contains(.cause))
        #expect(!moves("The cause is not known and Civil Defence is investigating.")[0].contains(.cause))
        #expect(!moves("سبب الكسر لم يُحدد بعد.")[0].contains(.cause))
        // «النتائج» are the results announced, not «نتيجة لـ» ("as a result of").
        #expect(!moves("سنعلن النتائج في موعدها.")[0].contains(.cause))
        #expect(moves("تأخرت الرحلة نتيجة لعطل فني في المحرك.")[0].contains(.cause))
        // And «نتيجة لـ» names a cause, not a figure's source (as «النتائج» does).
        #expect(!moves("ارتفع صافي الربح 9% نتيجة لنمو المبيعات.")[0].contains(.evidence))
        #expect(moves("ارتفع صافي الربح 6% إلى 84 مليون ريال في نتائج الربع الأول.")[0].contains(.evidence))
        #expect(moves("أعلنت الشركة ارتفاع صافي الربح 6% إلى 84 مليون ريال.")[0].contains(.evidence))
        #expect(!moves("Freight, input costs, supply.")[0].contains(.cause))
    }

    /// "Existing subscribers are not affected" reassures in English; its Arabic form («لا
    /// يتأثرون») must too, or an Arabic scenario's reassurance goal cannot be met. Found in
    /// the REPL (media-price-increase-ar).
    @Test func sayingWhoIsUnaffectedReassuresInBothLanguages() {
        #expect(moves("Existing subscribers are not affected until their contracts end.")[0].contains(.reassure))
        #expect(moves("المشتركون الحاليون لا يتأثرون حتى نهاية عقودهم.")[0].contains(.reassure))
        #expect(moves("لن تتأثر رواتب الموظفين بالدمج.")[0].contains(.reassure))
        #expect(!moves("تأثر المشتركون بانقطاع الخدمة أمس.")[0].contains(.reassure))
    }

    /// An airline is not an admission: «الخطوط الجوية» ("the airways") shares a key with
    /// «خطأنا» ("our mistake") once the hamza is folded, and must not own a fault.
    @Test func airlinesAreNotAnApology() {
        #expect(!moves("الخطوط الجوية العراقية تعلن رحلات جديدة إلى أربيل.")[0].contains(.apology))
        #expect(!moves("نسافر على الخطوط الجوية كل يوم.")[0].contains(.apology))
        #expect(moves("خطأنا أننا تأخرنا في الرد، ونعتذر لكم.")[0].contains(.apology))
    }

    /// Refusing to apologise uses the apology's own words; it must not count as one, or a
    /// scenario's apology goal would be met by "we are not sorry".
    @Test func aRefusalIsNoApology() {
        for refusal in ["We regret nothing.", "We are not sorry for what we said.", "No apologies.",
                        "We have nothing to apologise for.", "It was not our fault.", "لا نعتذر عن أي شيء.",
                        "لن نعتذر عن موقفنا.", "ما نعتذر لأحد."] {
            #expect(!moves(refusal)[0].contains(.apology), "\(refusal)")
        }
        #expect(moves("We apologise for the delay this morning.")[0].contains(.apology))
        #expect(moves("نعتذر عن التأخير صباح اليوم.")[0].contains(.apology))
        #expect(moves("Sorry, that was our mistake.")[0].contains(.apology))
        #expect(moves("Words cannot express how sorry I am.")[0].contains(.apology))
    }

    @Test func droppingTheTimeWeakensACommitment() {
        let timed = engine.analyze("We will publish the audit by 30 June.").moves.sentences[0]
        let untimed = engine.analyze("We will publish the audit.").moves.sentences[0]
        #expect(timed.makes(.commit) && timed.timedCommitment && timed.firstPersonCommitment)
        #expect(untimed.makes(.commit) && !untimed.timedCommitment)
        let arabic = engine.analyze("سننشر نتائج التدقيق قبل نهاية يونيو.").moves.sentences[0]
        #expect(arabic.makes(.commit) && arabic.timedCommitment && arabic.firstPersonCommitment)
        #expect(!engine.analyze("We remain committed to our customers.").moves.sentences[0].makes(.commit))
        #expect(!moves("مدة الرحلة ساعة واحدة.")[0].contains(.commit), "ساعة is an hour, not a future verb")
    }

    /// A deadline word commits only when it governs the time: "by 11 March", "within two
    /// hours", «قبل نهاية يونيو». "Down from 41%" beside "this morning" is a comparison
    /// and a report, and a period in the past («خلال الربع الثالث… اليوم») is no deadline.
    @Test func aDeadlineWordCommitsOnlyWhenItGovernsTheTime() {
        #expect(moves("Staff are briefed by 11 March.")[0].contains(.commit))
        #expect(moves("From 8 March our gates open at 6 am.")[0].contains(.commit))
        #expect(moves("Crews are on site and supply is restored within two hours.")[0].contains(.commit))
        #expect(moves("يتم تعويض المتأثرين قبل نهاية يونيو.")[0].contains(.commit))
        #expect(moves("تُفتح البوابات اعتباراً من ٨ مارس الساعة ٦ صباحاً.")[0].contains(.commit))
        #expect(!moves("Our Q3 results were published this morning: gross margin 37%, down from 41%.")[0].contains(.commit))
        #expect(!moves("Revenue grew 8% from last year, as announced today.")[0].contains(.commit))
        #expect(!moves("ارتفعت المبيعات ٨٪ خلال الربع الثالث، كما أعلنا اليوم.")[0].contains(.commit))
        // Five words may stand between the word and its time; a past time is never governed.
        #expect(moves("يتم صرف التعويضات بحلول يوم ٣٠ من شهر يونيو.")[0].contains(.commit))
        #expect(moves("Refunds are paid by the last Friday of June.")[0].contains(.commit))
        #expect(moves("Shuttles run from half past 5 pm on match days.")[0].contains(.commit))
        #expect(!moves("Sales are up 12% from January last year.")[0].contains(.commit))
        #expect(!moves("ارتفعت المبيعات خلال الأسبوع الماضي.")[0].contains(.commit))
        #expect(!moves("تم تطبيق القرار اعتباراً من الأحد الماضي.")[0].contains(.commit))
        // «من» right before its date starts something, as "from 8 March" does; «من» anywhere else does not.
        #expect(moves("ومن ١ نوفمبر تتجنب حافلاتنا دوار فلج القبائل وقت تبديل المناوبات.")[0].contains(.commit))
        #expect(!moves("تلقينا من الوزارة رسالة يوم ٣ مايو.")[0].contains(.commit))
        // "Will be" with a participle commits on its own, deadline word or not.
        #expect(moves("Refunds will be paid by bank transfer on 15 April.")[0].contains(.commit))
        #expect(moves("Service will be restored tonight.")[0].contains(.commit))
        #expect(!moves("We will be happy to help.")[0].contains(.commit))
    }

    /// An action stated in the present with its date after it is a scheduled step, as a
    /// timetable states one; the same verb in the past, or with no date, is not.
    @Test func aPresentTenseActionWithItsDateIsAScheduledStep() {
        #expect(moves("ننشر التقرير الكامل في ١٩ أكتوبر.")[0].contains(.commit))
        #expect(moves("We publish the full report on 19 October.")[0].contains(.commit))
        #expect(moves("ونفتح الفرع الجديد يوم الأحد ٤ أكتوبر الساعة ٩ صباحاً.")[0].contains(.commit))
        #expect(moves("We reopen the Seeb branch on Sunday at 9 am.")[0].contains(.commit))
        #expect(!moves("We published the report on 3 May.")[0].contains(.commit))
        #expect(!moves("نشرنا التقرير في ٣ مايو.")[0].contains(.commit))
        #expect(!moves("We publish a newsletter for our customers.")[0].contains(.commit))
        #expect(!moves("ننشر تقريراً عن الاستدامة كل عام.")[0].contains(.commit))
        #expect(!moves("ننشر هنا ما تحقق منذ الأحد الماضي.")[0].contains(.commit))
    }

    /// A two-letter particle after its conjunction («ولن», «ولم») makes a clause, as it does
    /// alone: "the case is before the court and we will not pre-empt its ruling" declines
    /// with its reason, in Arabic as in English. It had read as a list of words.
    @Test func aParticleAfterItsConjunctionMakesAClause() {
        #expect(shapes("القضية أمام المحكمة ولن نستبق حكمها.") == [.clause])
        #expect(moves("القضية أمام المحكمة ولن نستبق حكمها.")[0].contains(.decline))
        #expect(moves("The case is before the court, and we will not comment on it.")[0].contains(.decline))
        #expect(shapes("الإنجاز ولم نعلن تفاصيله بعد.") == [.clause])
        #expect(shapes("الرواتب، والمكافآت، والبدلات.") == [.fragments])
    }

    @Test func anApologyIsFirstPersonAndUnconditional() {
        let owned = engine.analyze("We got this wrong and we are sorry.").moves.sentences[0]
        #expect(owned.makes(.apology) && owned.ownsFault)
        // Every way of naming the fault as ours owns it («الخطأ علينا» once named the fault
        // for the non-apology check and owned nothing for the recogniser).
        let ownedAr = engine.analyze("نعتذر لعملائنا عن تأخر الرحلة، والخطأ علينا.").moves.sentences[0]
        #expect(ownedAr.makes(.apology) && ownedAr.ownsFault)
        #expect(moves("أخطأنا في احتساب الرسوم ونعتذر.")[0].contains(.apology))
        #expect(!moves("We apologise if anyone was inconvenienced.")[0].contains(.apology))
        #expect(!moves("نعتذر إن كان أحد قد انزعج.")[0].contains(.apology))
    }

    @Test func declineNeedsAReasonOrATime() {
        #expect(moves("As the case is before the court, we cannot comment on it.")[0].contains(.decline))
        #expect(moves("لا نعلق على الشائعات، ونفصح عن أي تطور جوهري عبر بورصة مسقط أولاً.")[0].contains(.decline))
        #expect(!moves("No comment on that, sorry folks.")[0].contains(.decline))
    }

    @Test func routingNeedsAChannel() {
        #expect(moves("Questions: care@manara.example")[0].contains(.route))
        #expect(moves("للطلب: الرقم الموحد 800123")[0].contains(.route))
        #expect(!moves("Please contact us with any questions.")[0].contains(.route))
    }

    @Test func evidenceBindsAFigureToWhatItMeasuresAndItsSource() {
        let sourced = engine.analyze("Our Q3 gross margin was 37%, as shown in our published results.").moves.sentences[0]
        #expect(sourced.makes(.evidence) && sourced.sourced)
        #expect(moves("هامشنا الإجمالي ٣٧٪ كما ورد في النتائج المنشورة اليوم.")[0].contains(.evidence))
        #expect(!moves("Margin 37% decline.")[0].contains(.evidence))
    }

    @Test func listsOfCueWordsAreFragmentsInBothLanguages() {
        #expect(shapes("Freight, input costs, supply.") == [.fragments])
        #expect(shapes("Sorry, apologise. Do not drink, return, refund.") == [.fragments, .fragments])
        #expect(shapes("نعتذر، اعتذار. المقاصة والإيداع، الآيبان، تحديث البيانات.") == [.fragments, .fragments])
        #expect(shapes("Thank you, Farah, I'd be delighted to.") == [.clause])
        #expect(shapes("وجهنا 120 صهريجاً مجانياً، والأولوية لكبار السن والمرضى.") == [.clause])
        #expect(shapes("Next update at 18:00 today.") != [.fragments], "the colon of a time does not cut a sentence")
        #expect(shapes("Is the growth story over?") == [.question])
    }

    /// An instruction to the public is a clause in Arabic as in English: the plural verb
    /// ending «ـوا» («أعيدوا», «تواصلوا») makes one, where a noun that ends so once its tanween
    /// is folded away («نمواً», «عضواً») does not.
    @Test func aPluralVerbMakesAnArabicClause() {
        #expect(shapes("Return the bottles to any shop for a full refund.") == [.clause])
        #expect(shapes("أعيدوا العبوات لأي منفذ واستردوا المبلغ كاملاً.") == [.clause])
        #expect(shapes("راجعوا أقرب مركز صحي، تواصلوا معنا على الرقم المجاني.") == [.clause])
        #expect(shapes("نمواً، عضواً، عفواً.") == [.fragments])
    }

    @Test func fillerWithoutSpecificsMakesNoMove() {
        let filler = engine.analyze("We remain committed to excellence on our growth journey.").moves.sentences[0]
        #expect(!filler.filler.isEmpty && filler.moves.isEmpty)
        let specific = engine.analyze("نعمل على خفض الانتظار من ٢٠ إلى ١٠ دقائق بحلول مارس.").moves.sentences[0]
        #expect(specific.filler.isEmpty)
    }
}

/// Goals are met by a move about their topic, never by the topic's words alone.
@Suite struct GoalMoveTests {
    var engine: ScoringEngine { .sharedForTests }

    func beat(_ goals: String) throws -> PreparedBeat {
        let text = """
            # Margins
            id: t-margins
            kind: investor
            audience: analysts
            platform: x
            language: en
            difficulty: 1

            ## Situation
            Margin fell.

            ## Goals
            \(goals)
            """
        let scenario = try #require(ScenarioParser.parse(path: "t.scenario.md", text: text).scenario)
        return PreparedBeat(scenario: scenario, beat: scenario.beats[0])
    }

    @Test func aGoalIsMetByItsMoveAboutItsTopic() throws {
        let prepared = try beat("- explain: freight, input costs | move: cause")
        #expect(prepared.beat.goals[0].declaredMove == .cause)
        let met = engine.score("Margins fell because freight and input costs rose.", beat: prepared)
        #expect(met.goals.first?.state == .met)
        #expect(!met.ruleIDs.contains("goal.missing"))
        let words = engine.score("Freight, input costs.", beat: prepared)
        #expect(words.goals.first?.state == .listOnly)
        #expect(words.scores.alignment == 0)
        let noMove = engine.score("Freight and input costs are in the news.", beat: prepared)
        #expect(noMove.goals.first?.state == .moveMissing)
        let nextSentence = engine.score("Freight costs doubled in Q3. That is why margins fell.", beat: prepared)
        #expect(nextSentence.goals.first?.state == .met, "the move may come in the next sentence")
    }

    /// Telling people what to do states the fact a refund goal asks for, in either language.
    @Test func anInstructionMeetsAnInformGoalInBothLanguages() throws {
        let prepared = try beat("- what to do: return, refund, استرداد, المبلغ كاملاً | move: inform")
        let english = engine.score("Please return any bottles to the shop for a full refund.", beat: prepared)
        #expect(english.goals.first?.state == .met, "\(english.findings.map(\.message))")
        let arabic = engine.score("أعيدوا العبوات لأي منفذ واستردوا المبلغ كاملاً.", beat: prepared)
        #expect(arabic.goals.first?.state == .met, "\(arabic.findings.map(\.message))")
        #expect(engine.score("استرداد، المبلغ كاملاً.", beat: prepared).goals.first?.state == .listOnly)
    }

    /// A goal that asks for a contact is met by giving one, in either language, whether
    /// or not the post says "contact": "Questions: privacy@…" routes. A goal about
    /// something else is not met by a route alone.
    @Test func aContactGoalIsMetByRouting() throws {
        let prepared = try beat("- a contact: help, contact, care | move: route | needs: contact")
        let english = engine.score("We have closed the gap. Questions: privacy@qimmah.example", beat: prepared)
        #expect(english.goals.first?.state == .met, "\(english.findings.map(\.message))")
        let arabic = engine.score("أغلقنا الثغرة. للاستفسار: privacy@qimmah.example", beat: prepared)
        #expect(arabic.goals.first?.state == .met, "\(arabic.findings.map(\.message))")
        let none = engine.score("We have closed the gap and are reviewing every account.", beat: prepared)
        #expect(none.goals.first?.state == .absent)
        let other = try beat("- explain: freight, input costs | move: cause")
        #expect(engine.score("Questions: ir@sadeem.example", beat: other).goals.first?.state == .absent)
    }

    /// Found by a new user and a scenario author: "Next update here at 13:00." and
    /// «التحديث التالي الساعة 1 ظهراً» did not meet a goal asking for the next update at a
    /// set time; only "by 14:00" did. The next update with its time is a commitment (CDC
    /// CERC: say when the next update comes).
    @Test func theNextUpdateWithItsTimeCommits() throws {
        let prepared = try beat("- next update at a set time: next update, update, التحديث | move: commit | needs: date")
        #expect(engine.score("Next update here at 13:00.", beat: prepared).goals.first?.state == .met)
        #expect(engine.score("التحديث التالي الساعة 1 ظهراً.", beat: prepared).goals.first?.state == .met)
        // With no time it is a weak commitment: the goal still lacks its date.
        #expect(engine.score("Next update soon.", beat: prepared).goals.first?.missingNeeds.contains(.date) == true)
        #expect(engine.score("التحديث التالي قريباً.", beat: prepared).goals.first?.missingNeeds.contains(.date) == true)
    }

    /// Found by a scenario author: «نعتذر إن فُهمت تغريدتنا على غير ما قصدنا» got
    /// tone.non-apology and still met the apology goal. An apology that hangs on how the
    /// reader took it makes no apology, in either language.
    @Test func anApologyHungOnTheReadersReadingMeetsNoApologyGoal() throws {
        let prepared = try beat("- apologise for the tweet: tweet, تغريدتنا | move: apology")
        #expect(engine.score("نعتذر إن فُهمت تغريدتنا على غير ما قصدنا.", beat: prepared).goals.first?.state != .met)
        #expect(engine.score("We apologise if our tweet was read other than as we meant it.", beat: prepared).goals.first?.state != .met)
        #expect(engine.score("نعتذر عن تغريدتنا، فقد كانت خطأً منا.", beat: prepared).goals.first?.state == .met)
        #expect(engine.score("We apologise for our tweet: it was our mistake.", beat: prepared).goals.first?.state == .met)
    }

    /// The goal.missing message a post gets against the beat's first goal, after checking
    /// the goal's state.
    func goalMessage(_ post: String, _ beat: PreparedBeat, expecting state: GoalStatus.State,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let report = engine.score(post, beat: beat)
        #expect(report.goals.first?.state == state, sourceLocation: sourceLocation)
        return try #require(report.findings.first { $0.ruleID == "goal.missing" }?.message, sourceLocation: sourceLocation)
    }

    /// Found by a new user: "Samir Haddad is a lazy hack who cannot read a report." was
    /// told it "does answer the question or the critic, but not about 'correct politely'".
    /// A first statement answers only by its place; that is no move made elsewhere, so the
    /// goal is simply absent. A real answer about something else is still told apart.
    @Test func aStatementThatAnswersOnlyByItsPlaceIsNoMoveElsewhere() throws {
        let prepared = try beat("- correct politely: correction, تصحيح | move: answer")
        let message = try goalMessage("Samir Haddad is a lazy hack who cannot read a report.", prepared, expecting: .absent)
        #expect(message.contains("does not meet the goal 'correct politely'"), "\(message)")
        let arabicMessage = try goalMessage("سمير حداد كاتب كسول لا يعرف قراءة التقارير.", prepared, expecting: .absent)
        #expect(arabicMessage.contains("لم يحقق المنشور هدف «correct politely»"), "\(arabicMessage)")
        let answered = engine.score("Thank you for asking. The report uses last year's figures.", beat: prepared)
        #expect(answered.goals.first?.state == .moveElsewhere)
        let arabicAnswered = engine.score("سؤالك في محله. التقرير يعتمد أرقام العام الماضي.", beat: prepared)
        #expect(arabicAnswered.goals.first?.state == .moveElsewhere)
    }

    /// Found in the HTML export: "We're sorry… It was offensive" was praised for apologising
    /// and, right under it, told the personal-apology goal "needs you to apologise and own it".
    /// When the move is made but never about the goal's subject, the message says so, in the
    /// post's language, instead of asking again for the move.
    @Test func aMoveMadeAboutSomethingElseIsToldApart() throws {
        let prepared = try beat("- apologise to the drivers: drivers, السائقين | move: apology")
        let message = try goalMessage("We are sorry for the advert. It was offensive, and we have removed it.", prepared, expecting: .moveElsewhere)
        #expect(message.contains("does apologise and own it, but not about 'apologise to the drivers'"), "\(message)")
        let arabicMessage = try goalMessage("نعتذر عن الإعلان. كان مسيئاً، وقد حذفناه.", prepared, expecting: .moveElsewhere)
        #expect(arabicMessage.contains("في المنشور الاعتذار وتحمل المسؤولية، لكنه ليس عن «apologise to the drivers»"), "\(arabicMessage)")
        // No apology anywhere: the goal is simply absent, and the message asks for the move.
        let none = engine.score("The advert has been removed from every channel.", beat: prepared)
        #expect(none.goals.first?.state == .absent)
        #expect(engine.score("We are sorry to our drivers: the advert was offensive, and we have removed it.", beat: prepared).goals.first?.state == .met)
        #expect(engine.score("نعتذر للسائقين عن الإعلان، فقد كان مسيئاً وحذفناه.", beat: prepared).goals.first?.state == .met)
    }

    @Test func anUnknownMoveIsReportedWhereItIsWritten() throws {
        let text = """
            # Margins
            id: t-margins
            kind: investor
            audience: analysts
            platform: x
            language: en
            difficulty: 1

            ## Goals
            - explain: freight | move: becuase
            """
        let result = ScenarioParser.parse(path: "t.scenario.md", text: text)
        let diagnostic = try #require(result.diagnostics.first { $0.problem.code == "unknown-move" })
        #expect(diagnostic.location.line == 10)
        #expect(diagnostic.message.contains("becuase"))
    }

    @Test func missingGoalsTeachTheMoveInThePostsLanguageNeverTheCues() throws {
        let prepared = try beat("- explain: freight, input costs | move: cause\n- plan: contracts | needs: date")
        let english = engine.score("Freight, input costs, contracts.", beat: prepared)
        let suggestions = english.findings.map(\.suggestion).joined(separator: " ")
        #expect(suggestions.contains("Say what caused it"))
        for cue in ["freight", "input costs", "contracts"] { #expect(!suggestions.lowercased().contains(cue)) }
        // Goals worded in both languages, so that an Arabic draft can meet them.
        let bilingual = try beat("- explain: freight, الشحن | move: cause\n- plan: contracts, العقود | needs: date")
        let arabic = engine.score("الشحن، التكاليف. العقود، الخطة.", beat: bilingual)
        let missing = try #require(arabic.findings.first { $0.ruleID == "goal.missing" })
        #expect(missing.suggestion.contains("اشرح في جملة واحدة"))
        for cue in ["الشحن", "العقود"] { #expect(!missing.suggestion.contains(cue)) }
        #expect(arabic.ruleIDs.contains("style.fragments"))
    }

    @Test func strengthsSayWhatThePostDidWell() throws {
        let prepared = try beat("- explain: freight | move: cause\n- evidence: results | move: evidence | needs: figure")
        let report = engine.score("Our Q3 margin was 37%, as our published results show. It fell because freight costs rose.", beat: prepared)
        #expect(report.strengths.map(\.move).contains(.cause))
        #expect(report.strengths.contains { $0.message == "Gave the figure with its published source." })
        let arabic = engine.score("أخطأنا في احتساب الرسوم، ونعتذر لكل عملائنا.")
        #expect(arabic.strengths.contains { $0.message == "اعتذر وتحمّل المسؤولية عن الخطأ." })
        #expect(engine.score("Freight, input costs, supply.", beat: prepared).strengths.isEmpty)
    }

    /// Found by a new user: a bare string of digits ("٤١٧ ٢٠٢٦ ١٢") was praised for routing
    /// people to a contact. Digits route only when they read as a line to call: "+", a
    /// mobile or service number, or a word that names a line or an enquiry.
    @Test func onlyALineToCallRoutesPeople() {
        let routes = { (text: String) in self.engine.score(text).strengths.contains { $0.move == .route } }
        #expect(!routes("٤١٧ ٢٠٢٦ ١٢"))
        #expect(!routes("Case 417 2026 12 was closed."))
        #expect(routes("For help, call +968 2456 7890."))
        #expect(routes("Our Salalah office: 23 21 45 67."))
        #expect(routes("للاستفسار: ٢٣ ٢١ ٤٥ ٦٧"))
        #expect(routes("للاستفسار اتصلوا على ٨٠٠٧٢٣٣٦"))
        #expect(routes("Water tankers are available on request through 17515555."))
        #expect(!routes("Al Safwa Capital is licensed by the Capital Market Authority, licence no. 08-21147."))
    }

    /// Found in the REPL and the HTML export: "The arsonist behind the fire is Khalid
    /// Al-Harthy" was blocked and, above the finding, praised as "Stated the facts in plain
    /// sentences". A sentence an error finding blocks earns no praise; the post's other
    /// sentences still do, in both languages.
    @Test func aBlockedSentenceIsPraisedForNothing() throws {
        let prepared = try beat("- leave the cause to the investigation: cause, investigation, السبب, التحقيق | move: inform")
        for text in ["The arsonist behind the Sohar warehouse fire is Khalid Al-Harthy, whatever the police say. We know who caused it and he will pay.",
                     "مفتعل حريق المستودع في صحار هو خالد الحارثي مهما قالت الشرطة. ونعرف السبب ومن تسبب فيه، وسيدفع الثمن."] {
            let report = engine.score(text, beat: prepared)
            #expect(report.verdict == .blocked, "\(text)")
            #expect(report.strengths.isEmpty, "\(text)")
        }
        let english = engine.score("Revenue this quarter is up 18%, and the board is delighted. "
            + "Thank you to our 400 engineers at the Barka plant, who delivered the new line two weeks early.")
        #expect(english.verdict == .blocked)
        #expect(english.strengths.map(\.move) == [.credit])
        let arabic = engine.score("إيرادات هذا الربع ارتفعت 18%، ومجلس الإدارة سعيد جداً. "
            + "شكراً لمهندسينا الأربعمئة في مصنع بركاء الذين أنجزوا الخط الجديد قبل موعده بأسبوعين.")
        #expect(arabic.verdict == .blocked)
        #expect(arabic.strengths.map(\.move) == [.credit])
    }

    /// Found scoring posts with no scenario: every first statement was praised as
    /// "Answered the question", where nobody had asked. By its place alone it meets an
    /// answer goal; praise needs words that answer or address someone.
    @Test func aFirstStatementIsPraisedAsAnAnswerOnlyWhereItMeetsAGoal() throws {
        for text in ["Households face unprecedented economic pressure this winter, and our tariffs stay frozen.",
                     "يواجه المواطنون ضغوطاً معيشية هذا الشتاء، وتبقى تعرفتنا ثابتة."] {
            #expect(!engine.score(text).strengths.contains { $0.move == .answer }, "\(text)")
        }
        #expect(engine.score("Fair question. Our Q3 results are published on 28 October.").strengths.contains { $0.move == .answer })
        #expect(engine.score("شكراً لسؤالك، وسننشر الأرقام في تقريرنا القادم.").strengths.contains { $0.move == .answer })
        let prepared = try beat("- answer: tariffs | move: answer")
        let answered = engine.score("Households face unprecedented economic pressure this winter, and our tariffs stay frozen.", beat: prepared)
        #expect(answered.strengths.contains { $0.move == .answer })
    }

    /// Found trying the hype change: "…and we will work on it." was praised as "Committed in
    /// the first person to a step with a date", with no date. A commitment with no time is
    /// praised only where it meets a goal, and then for what it is; with its time it keeps
    /// the full praise, in both languages.
    @Test func aCommitmentIsPraisedForItsTimeOnlyWhenItHasOne() throws {
        for text in ["Our customers deserve better service than that, and we will fix it.",
                     "عملاؤنا يستحقون خدمة أفضل، وسنصلح ذلك."] {
            #expect(!engine.score(text).strengths.contains { $0.move == .commit }, "\(text)")
        }
        let timed = engine.score("Our customers deserve better service, and I will fix the booking system by 14 March.")
        #expect(timed.strengths.first { $0.move == .commit }?.message == "Committed in the first person to a step with a date.")
        let arabic = engine.score("عملاؤنا يستحقون خدمة أفضل، وسنصلح نظام الحجز بحلول 14 مارس.")
        #expect(arabic.strengths.first { $0.move == .commit }?.message == "التزم بخطوة محددة وموعد بصيغة المتكلم.")
        // Against a goal that asks for a step, the untimed one is praised for what it did.
        let prepared = try beat("- next step: booking system | move: commit")
        let goal = engine.score("We will fix the booking system.", beat: prepared)
        #expect(goal.strengths.first { $0.move == .commit }?.message == "Said what you will do.")
    }

    /// Found in the last review: a forecast with "results" in it was praised as "a figure
    /// with its published source". Results name a source only in a sentence that does not
    /// forecast, in both languages.
    @Test func aForecastOfResultsIsNoSourcedFigure() {
        for text in ["We expect better results next year, up 20% on this one.",
                     "نتوقع نتائج أفضل العام المقبل بنمو 20%.",
                     "All I'll say is the number starts with a 4, and analysts will be redoing their models on results day."] {
            #expect(!engine.score(text).strengths.contains { $0.move == .evidence }, "\(text)")
        }
        for (text, praise) in [("Revenue rose 12% in our Q3 results, driven by exports to Oman.",
                                "Gave the figure with its published source."),
                               ("ارتفعت الإيرادات 12% في نتائج الربع الثالث.", "قدّم الرقم مع مصدره المنشور.")] {
            #expect(engine.score(text).strengths.contains { $0.move == .evidence && $0.message == praise }, "\(text)")
        }
    }

    /// Found trying the filler change: "Our engineers are working on it" was praised as
    /// "Reassured with a checkable fact". Effort under way still gives the reader something
    /// (the score keeps it), but it is praised for what it is; what still works is the fact.
    @Test func effortIsPraisedAsEffortNotAsAFact() {
        let effort = engine.score("Our engineers are working on it and we'll share an update within the hour.")
        #expect(effort.strengths.first { $0.move == .reassure }?.message == "Said what is being done about it.")
        #expect(!effort.ruleIDs.contains("style.substance"), "two moves: the effort and the timed update")
        for text in ["The app is down, but all ATMs and branches are working normally.",
                     "Our engineers are working on the app. All ATMs are working as usual."] {
            #expect(engine.score(text).strengths.first { $0.move == .reassure }?.message == "Reassured with a checkable fact.", "\(text)")
        }
        #expect(engine.score("التطبيق متوقف، لكن أجهزة الصراف والفروع تعمل بشكل طبيعي.").strengths
            .first { $0.move == .reassure }?.message == "طمأن بحقيقة محددة.")
        // The Arabic twin of "are working on": «تعمل على» with the task, and «على مدار الساعة» as a fact.
        let arabicEffort = engine.score("نعتذر عن انقطاع الخدمة. في الوقت الحالي، فرقنا تعمل على إصلاح الخدمة.")
        #expect(arabicEffort.strengths.first { $0.move == .reassure }?.message == "ذكر ما يجري فعله حيال الأمر.")
        #expect(!arabicEffort.ruleIDs.contains("tone.filler"), "\(arabicEffort.findings.map(\.message))")
        #expect(engine.score("الخبر غير صحيح: قسم الطوارئ يعمل على مدار ٢٤ ساعة طوال أيام الأسبوع.").strengths
            .first { $0.move == .reassure }?.message == "طمأن بحقيقة محددة.")
        // Work on nothing named is still filler, in both languages.
        #expect(engine.score("نعرف أن كثيرين ينتظرون تجديد الجوازات. نعمل على ذلك، نرجو الصبر.").ruleIDs.contains("tone.filler"))
        #expect(engine.score("We know many of you are waiting for passport renewals. We're working on it, please be patient.").ruleIDs.contains("tone.filler"))
    }

    /// Found in the last review: "yes" answered and "No, …" did not. A sentence that opens
    /// on a bare no and a stop answers; "No one was hurt" and «لا يوجد» answer nothing.
    @Test func aPlainNoAnswersInBothLanguages() {
        for text in ["Is the plant closing? No, it will run through 2027 and every job stays.",
                     "No: the dividend policy has not changed this year.",
                     "هل سيغلق المصنع؟ لا، سيعمل حتى 2027 وستبقى كل الوظائف.",
                     "لا، لم تتغير سياسة توزيع الأرباح هذا العام."] {
            #expect(engine.score(text).strengths.contains { $0.move == .answer }, "\(text)")
        }
        for text in ["No one was hurt in the fire, and the plant will reopen on Monday.",
                     "لا يوجد أي تأثير على العملاء حتى الآن.",
                     "No new orders came in this week from the Gulf region."] {
            #expect(!engine.score(text).strengths.contains { $0.move == .answer }, "\(text)")
        }
    }

    /// Found in the REPL: a post that attacked the questioner still earned "Answered the
    /// question". Abuse (an attack, an insult, a threat, exclusion) earns no praise; a
    /// compliance block on a well-made post keeps what it did well.
    @Test func anAttackEarnsNoPraise() {
        let english = "@khalid_fin thank you for the question. You clearly don't understand our business, you idiot."
        #expect(engine.score(english).verdict == .blocked)
        #expect(engine.score(english).strengths.isEmpty)
        #expect(!engine.score("@khalid_fin thank you for the question. Our margin was 37%, as published today.").strengths.isEmpty)
        let arabic = "@salem_oman شكراً على سؤالك. أنت جاهل بالأرقام ولا تفهم شيئا في الاقتصاد."
        #expect(engine.score(arabic).verdict == .blocked)
        #expect(engine.score(arabic).strengths.isEmpty)
        #expect(!engine.score("@salem_oman شكراً على سؤالك، وسننشر الأرقام في تقريرنا القادم.").strengths.isEmpty)
        // Blocked for leaking a figure, the thanks and the apology still count.
        let leak = engine.score("We are sorry for the delay, and thank you for your patience. Q4 revenue will be up 20%, before the results.")
        #expect(leak.verdict == .blocked)
        #expect(!leak.strengths.isEmpty)
    }

    /// An apology made to hang on how readers took it is a non-apology, and it is not
    /// praised as an apology, whichever side of the apology the condition stands on.
    @Test(arguments: [
        ("Apologies to everyone if this morning's post about the floods seemed commercial.", true),
        ("If our advert came across as insensitive to anyone, we apologise.", true),
        ("إذا كان الإعلان قد بدا مسيئاً لأحد فإننا نعتذر.", true),
        ("نعتذر لكل متابعينا إن كان المنشور قد أساء لأحد منهم.", true),
        // Made to whoever believed or felt it: the apology is for their reading.
        ("My apologies to everyone who thought the advert was insensitive.", true),
        ("أعتذر بشدة لكل من خال أن تعليقي قد أساء إليه.", true),
        ("نعتذر لكل من شعر بالاستياء من هذا المشهد في الإعلان.", true),
        // In a sentence of filler, which earns no move, the hedge is still told.
        ("We apologise to anyone who was offended by the advert, and we remain committed to excellence.", true),
        ("نعتذر لكل من انزعج من الإعلان، ونعمل على مراجعة المحتوى.", true),
        // Made to whoever took offence, whichever words say "whoever".
        ("We apologise to those who were offended by the advert.", true),
        ("We apologise to anyone who may have been upset by my remarks.", true),
        ("We are sorry to those of you who felt the advert was insensitive.", true),
        ("نعتذر لكل من انزعج من الإعلان.", true),
        ("نعتذر للذين ظنوا أن الإعلان مسيء.", true),
        ("نعتذر إلى كل من شعر بالإساءة من الإعلان.", true),
        // Sorry for the reader's feelings, and a phrase-list non-apology: never praised beside the finding.
        ("نأسف لشعوركم تجاه الرسوم الجديدة.", true),
        ("We apologize the tweet was negatively perceived.", true),
        // Whoever took offence at what was said or shown, however it is put (a review's posts).
        ("We apologise to anyone who was offended by the advert. We made it to celebrate Ramadan and meant no harm.", true),
        ("We are sorry to those who found the campaign offensive.", true),
        ("We apologise to those who may have felt uncomfortable with our campaign.", true),
        ("We apologise to everyone who took the post the wrong way.", true),
        ("We apologise to anyone who took exception to our campaign.", true),
        ("نعتذر لكل من رأى في الإعلان إساءة.", true),
        ("نعتذر لمن تحسس من الإعلان.", true),
        ("نعتذر لمن فهم الإعلان بشكل خاطئ.", true),
        // Upset or annoyed by the harm itself, not by words: the people harmed (a review's posts).
        ("We are sorry to everyone who was upset by last night's flight cancellations at Terminal 3. Refunds go out by 3 December.", false),
        ("We apologise to all who were annoyed by the noise from the overnight works on King Fahd Road. Work will stop at 10pm from tonight.", false),
        ("نعتذر لجميع من انزعج من إغلاق الطريق أمس، وسيعاد فتحه الساعة السادسة صباح الغد.", false),
        ("نأسف لكل من استاء من انقطاع خدمة الإنترنت يوم الخميس، وسيتم تعويض جميع المشتركين بيومين مجاناً.", false),
        ("نعتذر لكل من أساء إليه أحد موظفينا في فرع العليا، وقد أوقفنا الموظف عن العمل.", false),
        ("نعتذر لكل من زعلناه بتأخير الطلبات، الخطأ علينا وبنعوضكم.", false),
        // A misunderstanding or a misreading the company caused is corrected, not blamed on readers.
        ("نعتذر عن سوء الفهم الذي سببته رسالتنا بخصوص موعد الافتتاح، ونتفهم انزعاج العملاء الذين انتظروا أمام الفرع.", false),
        ("We apologise for the error in yesterday's report: our analysts misread the ministry's data. The headline calling the drop 'insulting to taxpayers' was also inappropriate, and both are corrected.", false),
        ("نعتذر عن نشر أرقام البطالة بشكل خاطئ أمس، والرقم الصحيح ٦٫٨٪. أما التعليقات المسيئة على المنشور فقد حذفناها.", false),
        // To the people harmed, "anyone who" and «لمن» apologise like "everyone who" and «لكل من».
        ("We apologise to anyone who was affected by the outage.", false),
        ("We are sorry to those who were affected by the outage.", false),
        ("نعتذر لمن تضرر من انقطاع المياه أمس.", false),
        ("We are sorry to everyone who was hurt in the accident at our plant.", false),
        // Made to the people harmed, it is whole: those affected, those who met the fault
        // ("found", «وجد»), who felt the delay itself, who trusted; and a sentence that owns the fault.
        ("We apologise to everyone who was affected by the outage; it was our fault.", false),
        ("نعتذر لكل من تأثر بانقطاع الخدمة أمس، والخطأ خطؤنا.", false),
        ("We apologise to everyone who found their flight cancelled this morning; rebooking is free at sahab.example.", false),
        ("نعتذر لكل من وجد صعوبة في الدخول إلى التطبيق اليوم، وقد أصلحنا الخلل.", false),
        ("نعتذر لكل من شعر بتأخر الخدمة صباح اليوم، وقد عادت إلى طبيعتها.", false),
        ("We are sorry to everyone who believed in us and waited for the new line.", false),
        ("We are sorry to everyone who thought their parcel was lost: it was our mistake, and every parcel arrives by Sunday.", false),
        // Owned in the next sentence; a belief that misled, and feelings about it, not offence.
        ("I apologise to everyone who felt hurt by my remarks. I was wrong.", false),
        ("We're sorry to everyone who thought the launch date was today and felt let down.", false),
        ("نعتذر لكل من ظن أن موعد التسليم اليوم وشعر بالإحباط والانزعاج.", false),
        // A belief the apology is for: the company's own message misled them.
        ("نعتذر لكل من اعتقد أن موعد التسليم اليوم؛ الخطأ كان في رسالتنا، والموعد الصحيح الأحد.", false),
        ("We apologise to everyone who thought delivery was today: the date in our message was wrong, and it is Sunday.", false),
        // A condition that routes people leaves the apology whole.
        ("We apologise for this morning's outage: if you were charged twice, write to help@rimal.example.", false),
        ("We apologise for the outage. If you think you were charged twice, write to help@rimal.example for a refund.", false),
        ("نعتذر عن انقطاع الخدمة صباح اليوم، وإن كان لديك أي خصم مكرر فراسلنا على help@rimal.example.", false),
    ])
    func aConditionalApologyIsNoApology(_ text: String, _ conditional: Bool) {
        let report = engine.score(text)
        #expect(report.findings.contains { $0.ruleID == "tone.non-apology" } == conditional, "\(text)")
        #expect(report.strengths.contains { $0.move == .apology } == !conditional, "\(text)")
    }
}
