/// Prejudging an accident, an investigation or a legal case by naming who is at fault.
struct PrejudgingRule: Rule, FrameRule {
    let descriptor = RuleDescriptor(
        id: "policy.prejudging", title: "Prejudging an investigation or case",
        titleAr: "استباق نتائج تحقيق أو قضية", dimension: .compliance, severity: .error,
        rationale: """
            While an accident, an investigation or a case is open, saying who is at fault prejudges it, can \
            breach party agreements and court rules, and blames people who cannot answer. In 2018 the NTSB \
            removed Tesla from a fatal-crash investigation after it blamed the driver in a statement.
            """,
        rationaleAr: """
            ما دام الحادث أو التحقيق أو القضية مفتوحاً، فتحديد المسؤول استباقٌ للنتيجة، وقد يخالف اتفاقات \
            الأطراف وقواعد المحاكم، ويلوم أشخاصاً لا يستطيعون الرد. وفي ٢٠١٨ استبعد المجلس الوطني الأمريكي \
            لسلامة النقل شركة تسلا من تحقيق في حادث مميت بعد أن ألقت اللوم على السائق في بيان.
            """,
        examples: [
            .triggers("النيابة أحالت محاسبنا السابق إلى المحكمة، لكن لنكن صريحين: هو اختلس الأموال ويعرف ذلك.", .ar),
            .triggers("Prosecutors referred our former accountant to court, but let's be honest: he embezzled the money.", .en),
            .triggers("The regulator's audit of our Riyadh branch is theatre; it will clear us completely.", .en),
            .triggers("تدقيق الهيئة على فرعنا في الرياض مسرحية، وسيبرئنا بالكامل.", .ar),
            .passes("Let's be honest about our own part: the inquiry will decide the cause, and we will accept it.", .en),
            .triggers("The warehouse accident investigation is still under way, but the contractor bears full responsibility.", .en),
            .triggers("التحقيق في حادث المستودع ما زال جارياً، لكن المقاول يتحمل المسؤولية كاملة.", .ar),
            // An inquiry written off, its outcome announced; taking it seriously passes.
            .triggers("The regulator's review of our flagship fund is a box-ticking exercise. Nothing will come of it.", .en),
            .triggers("The internal inquiry into last month's complaint is a formality at this point.", .en),
            .triggers("التحقيق اللي فتحته الهيئة مجرد إجراء شكلي، والشركة بتطلع منه نظيفة.", .ar),
            .passes("The regulator's review of our fund is not a formality: we are giving it every document it asks for.", .en),
            .passes("التحقيق ليس مجرد إجراء شكلي، ونتعاون مع الهيئة بالكامل ولن نعلق قبل صدور نتائجه.", .ar),
            // The culprit known and about to be named, the inquiry called a formality.
            .triggers("The guy who set fire to our store is known to us. Police are slow but we'll name him soon.", .en),
            .triggers("اللي صار في المصنع أمس ما هو حادث، وراه ناس معروفين والتحقيق بيأكد كلامي.", .ar),
            .triggers("Everyone in this city knows the contractor's cheap steel killed those workers. The inquiry is a formality.", .en),
            .passes("A fire at our Barka store last night caused no injuries. Police are investigating and we are helping them.", .en),
            // The police reporting the arrest they made, and the referral: nobody is judged.
            .passes("ألقت شرطة عمان السلطانية القبض على متهم في سرقة محل مجوهرات في بركاء، وأحيلت القضية إلى الادعاء العام.", .ar),
            .passes("Police arrested a suspect in the Barka jewellery theft, and the case has been referred to the Public Prosecution.", .en),
            .triggers("The investigation is still open, but everyone knows the supplier stole the missing stock.", .en),
            // Who is known: the culprit, not the winner.
            .passes("رغم حادث التصادم في اللفة الأخيرة، الكل يعرف من هو الفائز الحقيقي اليوم: جمهورنا الوفي.", .ar),
            .triggers("بعد حريق المستودع، الكل يعرف من وراء الحادث.", .ar),
            // Coincidence and who gains, beside an incident.
            .triggers("The crane collapse happened the very week the dispute went public. Coincidence? I think not.", .en),
            .triggers("هل حريق المصنع المنافس صدفة؟ مين المستفيد؟", .ar),
            .triggers("So who benefits when the only rival plant burns down? Ask yourselves.", .en),
            .triggers("Our thoughts are with the crew hurt in the Sohar warehouse fire. Coincidence? We all know who benefits.", .en),
            .passes("What a coincidence: two of our new graduates share a birthday with the company! 🎂", .en),
            .passes("من الصدف الجميلة أن يتزامن افتتاح فرعنا الجديد مع اليوم الوطني.", .ar),
            .passes("Some people see a pattern in the two warehouse fires. We will not speculate; the civil defence report is due on Sunday.", .en),
            // The accident refused before the inquiry ends.
            .triggers("A train crash the very day the footage aired? I don't believe in coincidences.", .en),
            .triggers("ما حدا يقنعني إنو هيدا انفجار عادي، وبهالتوقيت بالذات!!", .ar),
            .passes("The cause of the explosion is under investigation, and we will not speculate.", .en),
            .passes("سبب الانفجار قيد التحقيق، ولن نستبق نتائج لجنة التحقيق.", .ar),
            // The verdict in a contraction, or all the blame on one party, while the case is open.
            .triggers("On the lawsuit from our former CFO: the court hasn't ruled, but everyone who worked with him knows exactly what happened. He'll pay for it.", .en),
            .triggers("التحقيق في حادث المستودع ما زال جارياً، لكن المسؤولية كاملة على المقاول.", .ar),
            .passes("التحقيق في حادث المستودع ما زال جارياً، وسيحدد التقرير من هو المسؤول.", .ar),
            .passes("The inquiry into the warehouse fire will decide who is responsible; we are cooperating fully.", .en),
            // Responsible as a character, not as the one at fault.
            .passes("As a responsible organisation we have always respected people of all faiths. We are investigating what led to this.", .en),
            // Waving the inquiry away names it all the same.
            // Demanding the sentence before the trial prejudges it.
            .triggers("The suspect killed two guards at the depot. He should get the death penalty!", .en),
            .triggers("المتهم قتل حارسين في المستودع، ويستحق الإعدام.", .ar),
            .passes("The criminal court today sentenced the accused to death; the ruling can be appealed.", .en),
            // «جناته» ("his paradise") in a prayer for the dead is not «الجناة» ("the culprits").
            .passes("ننعى أحد منتسبي الدفاع المدني الذي توفي أثناء إخماد حريق بالمنطقة الصناعية. رحمه الله وأسكنه فسيح جناته.", .ar),
            .triggers("Investigation or no investigation, the contractor is responsible for the bridge collapse.", .en),
            .triggers("المدير المالي السابق نهب أموال المساهمين، والقضاء سيقول كلمته قريباً.", .ar),
            .passes("The investigation into the bridge collapse continues; we will not speculate about who is responsible.", .en),
            .triggers("The only way for this accident to have occurred is if the driver was not paying attention.", .en),
            .triggers("The investigation will show the pilot was at fault.", .en),
            .triggers("الحادث كان بسبب السائق والتحقيق سيثبت ذلك.", .ar),
            .passes("The investigation is open; we will not speculate about its cause.", .en),
            .passes("The court ruled on 3 May that the contractor was at fault, as published in the judgment.", .en),
            .passes("التحقيق جار ولن نستبق نتائجه.", .ar),
            .triggers("Civil Defence is still investigating the warehouse fire, but it was caused by the subcontractor's negligence.", .en),
            .triggers("رغم أن التحقيق في سقوط السقف لم يكتمل بعد، فإننا نحمّل المقاول المسؤولية الكاملة.", .ar),
            .passes("Civil Defence is still investigating the warehouse fire; we will not speculate about who is responsible.", .en),
            .passes("التحقيق في سقوط السقف لم يكتمل بعد، ولن نستبق نتائجه في تحديد المسؤول.", .ar),
            .passes("شرطة عمان السلطانية: القبض على شخص لسرقته مواشي من عدة مزارع، واستكمال الإجراءات القانونية بحقه.", .ar),
            // Speaking ahead of an inquiry's report says it is still open.
            .triggers("Ahead of the investigation, we can say the bridge collapsed because of the consultant's negligence.", .en),
            .triggers("قبل صدور تقرير لجنة التحقيق نقولها بوضوح: سقوط الرافعة سببه إهمال المقاول.", .ar),
            .passes("We will not speculate before the investigation reports; our thoughts are with the families.", .en),
            .passes("Police arrested a man who stole cables from the construction site; legal proceedings are under way.", .en),
            // "It was no accident": the cause settled before the investigators settle it.
            .triggers("Last night's fire at our depot was no accident. It was set by a former contractor, and investigators will confirm it.", .en),
            .triggers("حريق المستودع ما كان حادث، كان جريمة مدبرة والتحقيقات بتثبت كلامنا.", .ar),
            .passes("Civil Defence is investigating last night's fire at our depot; it is too early to say whether it was an accident.", .en),
            .passes("يحقق الدفاع المدني في حريق المستودع، ومن المبكر معرفة إن كان حادثاً عرضياً.", .ar),
            // Naming the culprit while the case is open.
            .triggers("The case is with the prosecutor, but the driver is the killer and he will pay for it.", .en),
            .triggers("القضية عند النيابة، بس صاحب العيادة هو القاتل وما رح يفلت.", .ar),
            .passes("Tonight's thriller: a detective hunts the killer who fooled the city for years. Who did it?", .en),
            .passes("جريمة قتل غامضة في مسلسلنا الجديد، والفاعل معروف للمشاهد منذ الحلقة الأولى!", .ar),
            .triggers("الذي حصل في المرفأ اليوم ليس حادثاً، إنه جريمة والمجرم معروف.", .ar),
            .triggers("This was no accident, it was a crime and we know who did it.", .en),
            .passes("Our success was no accident: it took ten years of patient work.", .en),
            // The charge the prosecution brought, and the presumption of innocence.
            .passes("The Public Prosecution has referred a defendant to the Criminal Court on a charge of embezzling funds from the company where he worked. The accused is presumed innocent until proven guilty.", .en),
            .passes("أحالت النيابة العامة موظفاً سابقاً إلى المحكمة الجزائية بتهمة اختلاس أموال الشركة، والمتهم بريء حتى تثبت إدانته.", .ar),
            .triggers("The prosecution has referred our former accountant to court, but let's be honest: he embezzled the funds and he knows it.", .en),
            // A kind of act warned against after an arrest, or guarded against: nobody's part in a case.
            .passes("القبض على سائق ظهر في مقطع متداول وهو يقود بتهور، وإحالته إلى الجهات المختصة. القيادة المتهورة تعرض الأرواح للخطر.", .ar),
            .passes("A driver filmed speeding through a school zone was stopped by police today. Reckless driving puts lives at risk.", .en),
            .passes("خط نجدة الطفل متاح على مدار الساعة لتلقي البلاغات المتعلقة بحماية الأطفال من الإساءة أو الإهمال.", .ar),
            .triggers("التحقيق في حادث الحافلة ما زال جارياً، لكن السبب واضح: إهمال السائق.", .ar),
            // Arabic as its English twin: the culprit named, the cause known, the sentence demanded
            // whatever the court says.
            .triggers("The arsonist behind the warehouse fire is Khalid Al-Harthy; everyone knows it.", .en),
            .triggers("مفتعل حريق المستودع هو خالد الحارثي، والكل يعرف ذلك.", .ar),
            .triggers("We know who caused the explosion at the port: the militia next door.", .en),
            .triggers("نعرف من تسبب في انفجار المرفأ: إنها الميليشيا المجاورة.", .ar),
            .triggers("The accused is guilty and should rot in jail, whatever the court says.", .en),
            .triggers("المتهم مذنب ويستحق السجن مهما قالت المحكمة.", .ar),
            .passes("The court said the accused is not guilty, and we respect its ruling.", .en),
            .passes("قالت المحكمة إن المتهم غير مذنب، ونحن نحترم حكمها.", .ar),
            .passes("التحقيق في الحادث جارٍ، ونتعاون مع الجهات المختصة ولن نستبق نتائجه.", .ar),
            .triggers("مفتعل العطل هو المقاول خالد الحارثي مهما قالت لجنة التحقيق.", .ar),
            // The culprit sought is no culprit named.
            .passes("The investigation is under way to identify the arsonist; we are cooperating with Civil Defence.", .en),
            .passes("التحقيق جارٍ لمعرفة مفتعل الحريق، ونتعاون مع الدفاع المدني.", .ar),
            .passes("تبحث الجهات المختصة عن مفتعل الحريق، ونرجو من لديه معلومات التواصل مع الشرطة.", .ar),
            // A driver judged reckless the morning his truck struck ours.
            .triggers("The driver of the truck that hit our staff bus this morning was clearly reckless, and we will make sure he pays for this.", .en),
            .triggers("سائق الشاحنة التي صدمت حافلة موظفينا صباح اليوم كان متهوراً بشكل واضح، وسنحرص على أن يدفع الثمن.", .ar),
            .passes("The truck that hit our staff bus this morning is being examined by the traffic police; we will not speculate on the cause.", .en),
            // Causes counted across all accidents: statistics, no party's part in one case.
            .passes("Road deaths fell 18% in 2024. Speeding and phone use remain the leading causes of serious accidents.", .en),
            .passes("انخفضت وفيات الحوادث ١٨٪ في ٢٠٢٤، ولا تزال السرعة الزائدة واستخدام الهاتف أبرز أسباب الحوادث الجسيمة.", .ar),
            // The timing laid beside a rival's loss, and the reader left to name the culprit.
            .triggers("Funny timing: the depot fire broke out the same week that supplier lost our contract. Just an observation 🤔", .en),
            .triggers("توقيت غريب: حريق المستودع اندلع في نفس الأسبوع الذي خسر فيه ذلك المورد عقدنا. مجرد ملاحظة 🤔", .ar),
            .passes("Just an observation: our customers reply faster on WhatsApp than by e-mail.", .en),
            .passes("مجرد ملاحظة: عملاؤنا يردون على واتساب أسرع من البريد الإلكتروني.", .ar),
            // The company's own records read out as the answer to an open crash or fire.
            .triggers("Data logs recovered so far show Autopilot was not enabled and this car did not purchase FSD. The crash is tragic.", .en),
            .triggers("Our records show the driver was not following our safety procedures at the time of the crash.", .en),
            .triggers("سجلاتنا تظهر أن السائق لم يلتزم بإجراءات السلامة وقت الحادث.", .ar),
            .passes("We have given investigators our data logs from the crash; it is too early to say what they mean.", .en),
            .passes("سلّمنا سجلاتنا كاملة لفريق التحقيق في الحادث، ومن المبكر استخلاص أي نتيجة.", .ar),
            .passes("Our records show 4,200 deliveries this week, our best since the warehouse opened.", .en),
            .passes("سجلاتنا تظهر ٤٢٠٠ عملية توصيل هذا الأسبوع، وهو الأعلى منذ افتتاح المستودع.", .ar),
            .passes("As the investigators' published report says, the data logs show the brakes were applied.", .en),
            .passes("قبضت الشرطة على شخصين سرقا ٩ مركبات بعد تحليل تسجيلات كاميرات المراقبة، وأحيلت القضية إلى النيابة.", .ar),
            // Fault called beyond doubt, even beside the police's arrest; the arrest reported alone passes (above).
            .triggers("Police have arrested the driver; there is no doubt he was drunk when he hit the bus.", .en),
            .triggers("السائق الذي صدم الحافلة كان مخموراً بلا شك، وقد قبضت عليه الشرطة.", .ar),
            .passes("There is no doubt the fire caused heavy damage; we will not speculate about its cause.", .en),
            .passes("لا شك أن الحريق سبب أضراراً كبيرة، ولن نستبق نتائج التحقيق في أسبابه.", .ar),
            // Punishment promised to someone pointed at; a warning to anyone who might is no verdict.
            .triggers("The nurse who gave the wrong dose has been identified and she will face the full force of the law.", .en),
            .triggers("الممرضة التي أعطت الجرعة الخاطئة معروفة وستنال عقابها كاملاً.", .ar),
            .triggers("The fire at the Sohar warehouse was set by a former employee, and we will make sure he pays.", .en),
            .triggers("حريق مستودع صحار أشعله موظف سابق، وسيدفع الثمن.", .ar),
            .passes("Anyone who damages the water network will face the full force of the law.", .en),
            .passes("كل من يعبث بشبكة المياه سينال جزاءه وفق القانون.", .ar),
            .passes("The warehouse fire is under investigation; we will not speculate, and anyone found responsible will face the law.", .en),
            // A wrong said to be someone's doing; the court's published finding, or the police's arrest, passes.
            .triggers("Our preliminary review shows the fraud was carried out by a small group of former managers.", .en),
            .triggers("تشير مراجعتنا الأولية إلى أن الاحتيال ارتكبته مجموعة صغيرة من المديرين السابقين.", .ar),
            .triggers("The theft of the payroll funds was committed by two employees of our Dubai office.", .en),
            .triggers("سرقة أموال الرواتب تمت على يد موظفَين في مكتبنا بدبي.", .ar),
            .passes("The police arrested two men for the theft committed by a gang at the Barka market.", .en),
            .passes("Our volunteer week was carried out by 300 colleagues in 12 cities.", .en),
            .passes("نُفذ أسبوع التطوع على يد ٣٠٠ من زملائنا في ١٢ مدينة.", .ar),
            // The party to an incident judged, with no incident word beside it; the police's own findings,
            // and a warning to drivers at large, pass.
            .triggers("The truck driver ran the red light and entered the roundabout speeding.", .en),
            .triggers("سائق الشاحنة قطع الإشارة ودخل الدوار مسرعاً.", .ar),
            .triggers("The truck driver was drunk, no doubt about it.", .en),
            .triggers("سائق الشاحنة كان مخموراً بلا شك.", .ar),
            .triggers("Police arrested the truck driver, and we will make sure he gets the harshest punishment.", .en),
            .triggers("قبضت الشرطة على سائق الشاحنة، وسنحرص على أن ينال أشد العقوبات.", .ar),
            .triggers("The video settles it: the truck driver is the one responsible for the crash.", .en),
            .triggers("المقطع يحسم الأمر: سائق الشاحنة هو المسؤول عن الحادث.", .ar),
            .passes("المهندس خالد هو المسؤول عن التحقيق الداخلي وسيصدر تقريره الأحد.", .ar),
            .passes("Our Head of Safety is responsible for the investigation and will report on Sunday.", .en),
            .passes("Police said their preliminary investigations show the truck driver ran the red light.", .en),
            .passes("أفادت الشرطة بأن التحقيقات الأولية تشير إلى أن سائق الشاحنة قطع الإشارة.", .ar),
            .passes("A reminder to every driver: running a red light puts lives at risk.", .en),
            .passes("تذكير لكل سائق: قطع الإشارة يعرّض الأرواح للخطر.", .ar),
            .passes("The driver was not speeding, the police confirmed, and the cause is still under investigation.", .en),
            // Quoted, denied or published, none of the three frames above judges anyone.
            .passes("A witness told the paper: \"there is no doubt he was drunk when he hit the bus.\"", .en),
            .passes("قال شاهد للصحيفة: \"كان السائق مخموراً بلا شك عندما صدم الحافلة\".", .ar),
            .passes("The traffic police confirmed the driver was not drunk when the bus was hit, and there is no doubt about the test.", .en),
            .passes("أكدت شرطة المرور أن السائق لم يكن مخموراً وقت الحادث، ولا شك في نتيجة الفحص.", .ar),
            .passes("The family told reporters: \"the nurse who gave the wrong dose will face the full force of the law.\"", .en),
            .passes("قالت الأسرة للصحفيين: \"الممرضة التي أعطت الجرعة الخاطئة ستنال عقابها\".", .ar),
            .passes("The nurse who gave the wrong dose will not be punished before the inquiry ends.", .en),
            .passes("The fraud was not carried out by any member of our staff, the published audit found.", .en),
            .passes("لم يُرتكب الاحتيال على يد أي من موظفينا، وفق تقرير التدقيق المنشور.", .ar),
            .passes("As published in the court's judgment of 3 May, the fraud was committed by two former managers.", .en),
            .passes("قالت الهيئة في بيانها: \"الاحتيال ارتكبته مجموعة صغيرة من المديرين السابقين\".", .ar),
            // A party cleared before the inquiry has spoken: the blame is moved, not withheld.
            .triggers("Our thoughts are with the families. The company is not responsible for the crash; that stretch of road is known to be dangerous.", .en),
            .triggers("ما حدث قضاء وقدر. والطريق سيئ ومعروف للجميع، ولا يتحمل الباص وحده مسؤولية الحادث.", .ar),
            .triggers("The fire in our warehouse was not our fault: the neighbouring plant's wiring started it.", .en),
            .triggers("الشركة غير مسؤولة عن الحريق، فالمصنع المجاور هو مصدره.", .ar),
            .passes("We are not responsible for the content of external websites linked from our app.", .en),
            .passes("الشركة غير مسؤولة عن المقتنيات الشخصية المتروكة في المركبات.", .ar),
            .passes("The investigation published today found the company was not responsible for the crash.", .en),
            .passes("Is the company responsible for the crash? We will not speculate; the investigators will say.", .en),
            .passes("هل الشركة مسؤولة عن الحادث؟ لن نستبق نتائج التحقيق، ونتعاون مع الجهات المختصة.", .ar),
        ])

    static let frames: [Frame] = [
        // Not the authorities reporting the arrest they made: the police state it, no company judges it.
        // Not a story: a series' or a novel's culprit is a character (`Concepts.fiction`).
        // Not the charge they brought, named as a charge, beside the presumption of innocence.
        // Not a kind of act warned against ("reckless driving puts lives at risk") or guarded
        // against («حماية الأطفال من الإهمال»): no party's part in a case is named.
        Frame(anchor: Concepts.fault, with: [Concepts.incident],
              without: [Concepts.arrest, Concepts.fiction, Concepts.restraint, Concepts.dangerWarning],
              blockedBy: [.negation, .question, .quotation, .published], window: 1),
        // Coincidence, disbelief of the official cause, or the question of who gains, beside an
        // incident: the hand behind it is pointed at without being named. A question or a
        // denial does not soften it ("Coincidence?", "it's no coincidence").
        Frame(anchor: Concepts.coincidence, with: [Concepts.incident], without: [Concepts.restraint, Concepts.fiction],
              blockedBy: [.quotation, .published], window: 1),
        Frame(anchor: Concepts.insinuation, with: [Concepts.incident], without: [Concepts.restraint, Concepts.fiction],
              blockedBy: [.quotation, .published], window: 1),
        // "The inquiry isn't finished, but we already know who did it": blame beside the
        // admission that the process is still open.
        // Not the authorities reporting the arrest they made («ألقت الشرطة القبض على متهم في سرقة…
        // وأحيلت القضية إلى الادعاء العام»), as in the first frame.
        Frame(anchor: Concepts.blame, with: [Concepts.openInquiry], without: [Concepts.restraint, Concepts.arrest],
        blockedBy: [.negation, .question, .quotation], window: 1),
        // An inquiry written off as a formality, its outcome known before it ends: "the
        // review is a box-ticking exercise; nothing will come of it", «التحقيق مجرد إجراء
        // شكلي». "Nothing will come of it" carries its own negation, so only the words that
        // deny the dismissal ("it is not a formality") stand it aside.
        Frame(anchor: Self.formality, with: [Self.inquiry], without: [Self.notAFormality, Concepts.restraint],
              blockedBy: [.question, .quotation], window: 1),
        // The company's own records read out as the answer to an open incident: "data logs
        // recovered so far show Autopilot was not enabled", «سجلاتنا تظهر أن السائق لم يلتزم».
        // What they show is usually a "not", so a negation does not stand it aside; restraint
        // beside it ("it is too early to say what they mean") does.
        // Nor the police reporting the arrest their cameras led to.
        Frame(anchor: Self.ownRecordsShow, with: [Concepts.incident],
              without: [Concepts.restraint, Self.tooEarly, Concepts.fiction, Concepts.arrest],
              blockedBy: [.question, .quotation, .published], window: 1),
        faultBeyondDoubt, punishmentForSomeone, wrongDoneBySomeone, partyAtFault, clearedBeforeInquiry,
    ]

    /// A party to an open incident cleared before the investigators speak: "the company is
    /// not responsible for the crash", «لا يتحمل الباص وحده مسؤولية ما حدث». Clearing one
    /// side settles the cause as surely as blaming the other, and the blame it leaves has to
    /// land on someone (the road, the other driver, the victim). The phrase carries its own
    /// "not", so a negation does not stand it aside; the police's or an authority's own
    /// finding, restraint, or a published ruling does.
    static let clearedBeforeInquiry = Frame(anchor: Self.exoneration, withAny: [Concepts.incident, Self.eventReferredTo],
                                            without: [Concepts.restraint, Concepts.fiction, Self.policeFinding, Concepts.authorityStatement],
                                            blockedBy: [.question, .quotation, .published], window: 1)
    /// The event named only as what happened or as fate: "for what happened", «قضاء الله
    /// وقدره», «مسؤولية ما حدث». Beside a party cleared, it is the incident.
    static let eventReferredTo = Concept("event-referred-to", [
        "for what happened", "an act of god", "act of god", "=قضاء الله وقدره", "=قضاء وقدر", "=مسؤولية ما حدث", "=عما حدث", "=عمّا حدث",
    ])
    /// Saying a party bears no blame: "not at fault", "not responsible for", «غير مسؤولة عن»,
    /// «لا يتحمل… مسؤولية». Not "no responsibility is accepted for lost items" on a notice
    /// with no incident: the frame needs one beside it.
    static let exoneration = Concept("exoneration", [
        "not responsible for", "not at fault", "not to blame", "bears no responsibility", "bear no responsibility",
        "no responsibility for", "was not the cause", "is not the cause", "did nothing wrong", "not our fault",
        "not the driver's fault", "not the company's fault", "cannot be blamed", "can't be blamed", "alone is not responsible",
        "=غير مسؤول عن", "=غير مسؤولة عن", "=غير مسؤولين عن", "=ليس مسؤولا عن", "=ليس مسؤولاً عن", "=ليست مسؤولة عن",
        "=لا يتحمل مسؤولية", "=لا يتحمل المسؤولية", "=لا تتحمل مسؤولية", "=لا تتحمل المسؤولية", "=لا نتحمل مسؤولية",
        "=لا نتحمل المسؤولية", "=لا يتحمل أي مسؤولية", "=لا تتحمل أي مسؤولية", "=لا نتحمل أي مسؤولية", "=وحده مسؤولية",
        "=وحدها مسؤولية", "=ليس السبب", "=لم يكن السبب", "=ليس خطأنا", "=ليس خطأ السائق", "=لا ذنب له", "=لا ذنب لها", "=لا ذنب لنا",
    ])

    /// Fault stated as beyond doubt beside an incident: "there is no doubt he was drunk when
    /// he hit the bus", «كان مخموراً بلا شك». Certainty is what the police's own report of an
    /// arrest lacks, so an arrest in the sentence does not stand it aside; restraint does.
    /// The finding quotes the fault, not the certainty; "no doubt" carries its own "no", so
    /// a negation does not stand it aside.
    static let faultBeyondDoubt = Frame(anchor: Concepts.fault, with: [Self.beyondDoubt, Concepts.incident],
                                        without: [Concepts.restraint, Concepts.fiction],
                                        blockedBy: [.question, .quotation, .published], window: 1)
    /// Punishment promised to someone pointed at in an incident before any court has ruled:
    /// "she will face the full force of the law", «وستنال عقابها كاملاً». A warning to
    /// anyone who might ("whoever damages the network will face the law") names nobody.
    /// The police's arrest beside it does not stand it aside: "police arrested the driver, and
    /// we will make sure he gets the harshest punishment" still judges him before the court.
    static let punishmentForSomeone = Frame(anchor: Self.punishmentPromised, withAny: [Concepts.incident, Self.identified, Self.incidentParty],
                                            without: [Concepts.restraint, Concepts.fiction, Self.whoever],
                                            blockedBy: [.negation, .question, .quotation, .published], window: 1)
    /// A party to an incident judged at fault, with no incident word needed beside it: "the
    /// truck driver ran the light", «سائق الشاحنة كان مخموراً بلا شك». Not the police's own
    /// preliminary findings, which are theirs to state, nor a warning to drivers at large.
    static let partyAtFault = Frame(anchor: Concepts.fault, with: [Self.incidentParty],
                                    without: [Concepts.restraint, Concepts.fiction, Concepts.dangerWarning, Self.policeFinding],
                                    blockedBy: [.negation, .question, .quotation, .published], window: 0)

    /// One party to an incident, singled out: "the truck driver", «سائق الشاحنة».
    static let incidentParty = Concept("incident-party", [
        "the driver", "the truck driver", "the lorry driver", "the bus driver", "the taxi driver", "the other driver", "the pilot",
        "the captain", "the subcontractor", "the crane operator",
        "=السائق", "=سائق الشاحنة", "=سائق الحافلة", "=سائق المركبة", "=سائق السيارة", "=سائق التاكسي", "=الطيار", "=قائد الطائرة",
        "=مقاول الباطن", "=مشغل الرافعة",
    ])
    /// The police stating their own preliminary findings: "police said", «أفادت الشرطة».
    static let policeFinding = Concept("police-finding", [
        "police said", "police say", "police confirmed", "according to police", "according to the police", "police investigations show",
        "=أفادت الشرطة", "=أكدت الشرطة", "=قالت الشرطة", "=بحسب الشرطة", "=وفقاً للشرطة", "=وفقا للشرطة", "=تشير التحقيقات الأولية",
        "=أظهرت التحقيقات الأولية", "=كشفت التحقيقات الأولية",
    ])

    /// A wrong said to be someone's doing before anyone has ruled: "the fraud was carried
    /// out by a small group of former managers", «الاحتيال ارتكبته مجموعة من المديرين». The
    /// police reporting their arrest, or a ruling published, stand it aside.
    static let wrongDoneBySomeone = Frame(anchor: Self.doneBy, with: [Self.wrong],
                                          without: [Concepts.restraint, Concepts.fiction, Concepts.arrest],
                                          blockedBy: [.negation, .question, .quotation, .published], window: 0)

    /// Who did it: "carried out by", «على يد».
    static let doneBy = Concept("done-by", [
        "carried out by", "committed by", "perpetrated by", "orchestrated by", "masterminded by", "undertaken by",
        "was the work of", "were the work of", "=ارتكبته", "=ارتكبها", "=ارتكبه", "=ارتكبوه", "=على يد", "=على أيدي", "=نفذته",
        "=نفذها", "=دبره", "=دبرها", "=دبّرها", "=من تدبير", "=من فعل",
    ])
    /// A wrong someone could be charged with.
    static let wrong = Concept("wrong", [
        "fraud", "theft", "embezzlement", "sabotage", "arson", "the leak", "the hack", "the breach", "wrongdoing", "misconduct",
        "forgery", "bribery", "the attack", "the assault", "the killing",
        "=الاحتيال", "=احتيال", "=سرقة", "=السرقة", "=اختلاس", "=الاختلاس", "=التخريب", "=تخريب", "=الاختراق", "=التسريب",
        "=التزوير", "=تزوير", "=الرشوة", "=الاعتداء", "=الهجوم", "=الجريمة", "=جريمة",
    ])

    /// Saying a thing is beyond doubt.
    static let beyondDoubt = Concept("beyond-doubt", [
        "no doubt", "without a doubt", "without doubt", "beyond doubt", "beyond any doubt", "undoubtedly", "make no mistake",
        "there is no question", "no question about it", "clearly", "obviously",
        "=بلا شك", "=لا شك", "=دون شك", "=بدون شك", "=من غير شك", "=بالتأكيد", "=قطعا", "=قطعاً", "=يقينا", "=يقيناً", "=بكل تأكيد",
        "=مما لا شك فيه", "=بوضوح", "=واضح أنه", "=واضح انه",
        // Frankness claimed for the verdict: "let's be honest: he took the money", «لكن لنكن صريحين».
        "let's be honest", "let's be frank", "let us be frank", "=لنكن صريحين", "=خلونا نكون صريحين", "=لنكن واضحين",
    ])
    /// A punishment promised: "will face the full force of the law", «سينال جزاءه».
    static let punishmentPromised = Concept("punishment-promised", [
        "face the full force of the law", "feel the full force of the law", "make sure he pays", "make sure she pays",
        "make sure they pay", "he will pay for this", "she will pay for this", "they will pay for this", "will be punished",
        "will not get away with", "won't get away with", "will be brought to justice",
        "=سينال جزاءه", "=ستنال جزاءها", "=سينالون جزاءهم", "=سينال عقابه", "=ستنال عقابها", "=سينالون عقابهم",
        "=وسينال جزاءه", "=وستنال جزاءها", "=وسينال عقابه", "=وستنال عقابها", "=لن يفلت من العقاب", "=لن تفلت من العقاب",
        "=سيدفع الثمن", "=ستدفع الثمن", "=سيدفعون الثمن",
        // The harshest sentence wished for or promised: "the harshest punishment", «أشد العقوبات».
        "the harshest punishment", "the toughest punishment", "the maximum sentence", "punished to the full extent",
        "=أشد العقوبات", "=أقسى العقوبات", "=أشد العقاب", "=ينال عقابه", "=تنال عقابها", "=سينال عقابه كاملاً", "=أن يعاقب على",
        "=بأن يعاقب على",
    ])
    /// Someone in an incident said to be known: "has been identified", «معروفة».
    static let identified = Concept("identified", [
        "has been identified", "have been identified", "was identified", "we know who", "known to us",
        "=معروف", "=معروفة", "=معروفون", "=تم التعرف على", "=تم تحديد هوية", "=عرفنا من",
    ])
    /// Anyone who might: a warning to all, no one pointed at.
    static let whoever = Concept("whoever", [
        "anyone who", "whoever", "those who", "any person who", "anybody who", "=كل من", "=من يثبت", "=كل من يثبت", "=أي شخص",
    ])

    /// The company's records, logs or data said to show something.
    static let ownRecordsShow = Concept("own-records-show", [
        "logs show", "logs recovered", "data logs", "our data shows", "our data show", "our records show", "our logs show",
        "our footage shows", "our cameras show", "our investigation shows", "our internal review shows", "our internal investigation shows",
        "telemetry shows", "the data shows", "سجلاتنا تظهر", "سجلاتنا تثبت", "سجلاتنا تؤكد", "تظهر سجلاتنا", "تثبت سجلاتنا",
        "بياناتنا تظهر", "=سجلات البيانات", "=البيانات التي استعدناها", "=تسجيلات كاميراتنا", "=كاميراتنا تظهر", "تحقيقنا الداخلي أظهر", "أظهرت سجلات", "تظهر السجلات", "تظهر البيانات",
    ])
    /// Saying the records answer nothing yet.
    static let tooEarly = Concept("too-early", [
        "too early", "not yet", "no conclusions", "draw no conclusions", "من المبكر", "لا نستطيع الجزم", "لم تتضح", "لا استنتاجات",
    ])

    /// Writing an inquiry off, or announcing how it will end.
    static let formality = Concept("inquiry-formality", [
        "box-ticking", "box ticking", "a formality", "a mere formality", "nothing will come of it", "nothing will come of this",
        "a foregone conclusion", "already have our answer", "confirm what we already know", "will be fully cleared", "we'll be fully cleared",
        "walk out vindicated", "=إجراء شكلي", "=مجرد إجراء شكلي", "=مجرد شكليات", "=تحصيل حاصل", "=النتيجة معروفة", "=محسومة من الحين",
        "=بتطلع منه نظيفة", "=بنطلع منه نظيفين", "=ستبرئنا", "=سيبرئنا", "=وسيبرئنا", "=وستبرئنا", "it will clear us", "will clear us completely",
        "is theatre", "is theater", "is a show", "=مسرحية",
    ])
    /// What is written off: an inquiry, a review, a hearing.
    static let inquiry = Concept("inquiry", [
        "inquiry", "investigation", "review", "probe", "tribunal", "hearing", "audit", "prosecutors", "the court", "the case",
        "=التحقيق", "=تحقيق", "=لجنة التحقيق", "=المراجعة", "=مراجعة", "=التدقيق", "=تدقيق", "=المحكمة", "=النيابة", "=القضية", "=الدعوى",
    ])
    /// The dismissal denied: "it is not a formality".
    static let notAFormality = Concept("not-a-formality", [
        "not a formality", "no formality", "isn't a formality", "not a mere formality", "not a box-ticking", "=ليس إجراء شكليا",
        "=ليس إجراءً شكلياً", "=ليست شكلية", "=ليس مجرد إجراء",
    ])
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension PrejudgingRule {
    static let message = Localized(en: "'{1}' assigns fault in an accident, investigation or case that has not concluded.",
                                   ar: "«{1}» يحمّل طرفاً المسؤولية في حادث أو تحقيق أو قضية لم تُحسم بعد.")
    static let suggestion = Localized(en: "Express sympathy, say you are cooperating with the investigators, and leave findings to them.",
                                      ar: "عبّر عن التعاطف، وقل إنكم تتعاونون مع جهات التحقيق، واترك لها النتائج. مثال: «التحقيق جارٍ ولن نستبق نتائجه».")
}
