/// Someone's e-mail address, mobile number, national ID or record number.
struct PersonalDataRule: Rule {
    /// Mailboxes that belong to a function, not a person: publishing them is the point.
    static let roleMailboxes: WordSet = [
        "info", "press", "media", "news", "newsroom", "ir", "investor", "investors", "investor.relations", "careers", "jobs",
        "hr", "support", "care", "help", "helpdesk", "contact", "hello", "service", "services", "customerservice",
        "customer.service", "customercare", "complaints", "feedback", "suppliers", "procurement", "sales", "privacy", "dpo",
        "legal", "communications", "comms", "team", "office", "enquiries", "inquiries", "recruitment", "partners", "esg",
        "sustainability", "safety", "security", "recall", "recalls", "quality", "customers", "citizens", "permits", "licences",
        "licensing", "info.ar", "bookings", "reservations", "ceo.office",
    ]
    static let context = Lexicon("policy.personal-data", [
        "رقم المدني", "رقم مدني", "رقم الهويه", "civil no",
        "staff no", "staff number", "employee number", "employee id", "رقم الموظف", "الرقم الوظيفي", "email me at", "my email",
        "medical file", "patient file", "ملف المريض",
        "my number", "my mobile", "my personal number", "call me on", "text me", "my whatsapp", "his number", "her number",
        "his mobile", "her mobile", "id number", "civil id", "civil number", "national id", "passport number", "record number",
        "file number", "mrn", "account number", "iban",
        "=رقمي", "=جوالي", "=هاتفي", "=رقم جوالي", "=واتسابي", "=رقمه", "=رقمها", "=جواله", "=جوالها", "الرقم المدني", "رقم الهوية",
        "البطاقة المدنية", "رقم الجواز", "جواز السفر", "رقم الملف", "الملف الطبي", "رقم الحساب", "=رقم حسابه",
        "card number", "credit card number", "card no", "cvv", "iqama number", "iqama", "emirates id", "resident card", "residence permit number",
        "policy number", "member number", "membership number", "plate number", "my cell", "my phone", "whatsapp me", "call me at", "reach me at",
        "his phone", "her phone", "his email", "her email", "رقم البطاقة", "=رقم بطاقته", "=رقم بطاقتها", "رقم الآيبان", "آيبان", "ايبان",
        "رقم الإقامة", "=رقم إقامته", "الهوية الإماراتية", "رقم الهوية الوطنية", "رقم الوثيقة", "رقم البوليصة", "رقم العضوية", "رقم اللوحة",
        "=رقم جواله", "=رقم هاتفه", "=رقم تلفونه", "=تلفوني", "=موبايلي", "=موبايله", "كلمني على", "تواصل معي على", "=رقمي الخاص",
        // A case's own reference, which finds the person's file: "(ref CSA-2027-44817)".
        "ref", "ref no", "reference", "reference number", "application number", "case number", "ticket number", "complaint number",
        "booking reference", "your account", "=حسابك رقم", "=بطاقتك رقم", "رقم الطلب", "رقم المعاملة", "رقم المرجع", "=المرجع", "رقم البلاغ", "رقم الشكوى", "=رقم ملفه", "=رقم ملفها",
        // An account's number identifies its holder; an order number in a reply about the order does not.
        "=حساب رقم", "=الحساب رقم",
    ])

    let descriptor = RuleDescriptor(
        id: "policy.personal-data", title: "Personal data",
        titleAr: "البيانات الشخصية", dimension: .compliance, severity: .error,
        rationale: """
            Posting a person's e-mail address, mobile number, national ID, account or medical record number \
            exposes them to harm and breaks data-protection law, even when replying to their own complaint. \
            Move the conversation to a private channel.
            """,
        rationaleAr: """
            نشر البريد الإلكتروني لشخص أو رقم جواله أو هويته الوطنية أو رقم حسابه أو ملفه الطبي يعرّضه للأذى \
            ويخالف أنظمة حماية البيانات، حتى لو كان ذلك رداً على شكواه هو. انقل الحديث إلى قناة خاصة.
            """,
        examples: [
            .triggers("Thank you to our dear client Maryam Al Kaabi, whose balance with us reached AED 3.4 million this month.", .en),
            .triggers("السيد حارث العامري من فرعنا في صحار متأخر ثلاثة أشهر عن أقساط سيارته، ومع ذلك يشتكي علناً.", .ar),
            // A named client's balance, thanked in public.
            .triggers("Huge thanks to our client Farah Nadeem, who just moved her entire balance of AED 3.4m over to us. Welcome aboard, Farah!", .en),
            .triggers("شكراً لعميلتنا العزيزة مريم الكعبي، فقد بلغ رصيدها لدينا ٣٫٤ مليون درهم هذا الشهر.", .ar),
            // «نقلت» with a destination moved the balance; it reports nobody's words.
            .triggers("العميلة هند نقلت رصيدها البالغ ٢٠٠ ألف دينار إلينا هذا الأسبوع، أهلاً بها.", .ar),
            .triggers("Our customer Hind moved her balance of KWD 200,000 to us this week. Welcome!", .en),
            // A name that is also a noun («فرح», joy) is a name right after the role; an
            // adjective there («العميل سعيد», "the customer is happy") says how they are.
            .triggers("نتمنى الشفاء العاجل للمريضة فرح التي ترقد في العناية المركزة بعد العملية.", .ar),
            .triggers("We wish our patient Farah, in intensive care after her operation, a quick recovery.", .en),
            .passes("العميل سعيد بالخدمة بعد العملية الجراحية الناجحة في مستشفانا.", .ar),
            .passes("لدى المريض أمل كبير بعد العملية الجراحية الناجحة في مستشفانا.", .ar),
            // A clip about one patient answered with the patient's record: the clip makes them someone the reader can find.
            .triggers("بالإشارة إلى المقطع المتداول، نوضح أن المريضة كانت تعاني من أمراض مزمنة وأن حالتها النفسية غير مستقرة.", .ar),
            .triggers("Regarding the video circulating on social media: the patient had a history of chronic illness and her mental state was unstable.", .en),
            .passes("بالإشارة إلى المقطع المتداول، فتحنا تحقيقاً، ولن ننشر أي تفاصيل عن حالة المريضة احتراماً لخصوصيتها.", .ar),
            .passes("Regarding the video circulating on social media: we have opened an investigation and will not discuss the patient's health in public.", .en),
            .passes("شاهدوا الفيديو: أصحاب الأمراض المزمنة مدعوون لأخذ لقاح الإنفلونزا هذا الشهر.", .ar),
            .passes("Watch the video: people with chronic illnesses should get their flu shot this month.", .en),
            // A named person's hospital status, in one clause; the count of others beside a name is not.
            .triggers("However, the condition of Mr Sachin and Vishal is reportedly still critical.", .en),
            .triggers("ولا يزال الطالب السيد سالم الهنائي في حالة حرجة بعد الحادث.", .ar),
            .passes("We mourn our colleague Ahmed Al-Balushi, and two others remain in critical condition.", .en),
            .passes("ننعى زميلنا أحمد البلوشي، ولا يزال زميلان آخران في حالة حرجة.", .ar),
            // The loss in a condolence: «المصاب الجلل» is the calamity, not an injured colleague.
            .passes("تنعى الجامعة موظفها الشاب خالد الناصر، وتتقدم بأحر التعازي إلى أهل الكويت جميعاً بهذا المصاب الجلل.", .ar),
            .passes("The university mourns its young colleague Ali Al-Nasser and offers its deepest condolences on this grave loss.", .en),
            .triggers("زميلنا خالد الناصر مصاب بالسرطان ويبدأ العلاج الكيماوي الأحد.", .ar),
            .triggers("Our colleague Ali Al-Nasser has cancer and starts chemotherapy on Sunday.", .en),
            // «منى» folded is «مني», "from me": not a name after the role word.
            .passes("طلب المريض مني موعداً قبل العملية.", .ar),
            .passes("Our patient is full of hope after a successful surgery at our new cardiac unit.", .en),
            // A league's salary cap is a policy, not a person's pay.
            .passes("I respectfully disagree with Faisal Al-Rumaihi's view on the league salary cap; we will make our case at the assembly.", .en),
            // A named customer's order or account number, thanked in public.
            .triggers("Thanks to our loyal customer Priya Menon (account number 0012-4471-889), whose savings passed £48,600 this month!", .en),
            .passes("أهلاً أخ سعود، نعتذر عن التأخير في توصيل طلبك رقم ٤٥٨٧٢، وسيتواصل معك فريقنا خلال ٢٤ ساعة.", .ar),
            .passes("Hi Saud, sorry for the delay on your order 45872; our team will call you within 24 hours.", .en),
            .triggers("نشكر عميلنا العزيز فهد القحطاني على ثقته، فقد بلغ رصيد حسابه لدينا ٢٫٣ مليون ريال (حساب رقم ٠١٢٣٤٥٦٧٨٩).", .ar),
            // A promotion told with gratitude, and a service that files results for everyone: no one's record.
            .passes("Ten years ago I joined Dana Capital as a junior analyst. Today I start as Chief Investment Officer. I owe a great deal to my managers.", .en),
            .passes("Eye test results from approved opticians are now linked to your file automatically.", .en),
            .passes("نتائج فحص النظر من المراكز المعتمدة تُربط بملفك تلقائياً في التطبيق.", .ar),
            .triggers("Your test result came back positive, so please stay home until the clinic calls you.", .en),
            // An account's number in a public reply, written whole or in groups.
            .triggers("@sara_m your account 0012-4471-889 was frozen due to suspicious activity, please visit a branch.", .en),
            .triggers("@sara_m تم تجميد حسابك رقم ٠٠١٢٤٤٧١٨٨٩ بسبب نشاط مشبوه، يرجى مراجعة الفرع.", .ar),
            .passes("@sara_m we're sorry your card isn't working; please send us a DM and we'll sort it out today.", .en),
            // A patient's illness announced with pride is still their record; a woman's family name is a name.
            .triggers("Proud to announce that patient Mariam Al Lawati, 34, beat stage 3 breast cancer at our hospital. Her courage inspires us!", .en),
            .triggers("فخورون بأن المريضة مريم اللواتية (٣٤ عاماً) تغلبت على سرطان الثدي في مستشفانا، شجاعتها تلهمنا.", .ar),
            .triggers("تم فصل الموظف خالد الشحي بسبب تعاطي المخدرات، وليكن عبرة للجميع.", .ar),
            .passes("Proud to announce our new breast cancer screening clinic, open to all women over 40 from Sunday.", .en),
            .passes("يسعدنا أن نعلن افتتاح عيادة الكشف المبكر عن سرطان الثدي لكل النساء فوق الأربعين ابتداءً من الأحد.", .ar),
            // A charity run for a cause, a wage system by its name: no person, no record.
            .passes("Registration is open for the Corniche Charity Run on 14 December. All proceeds go to children's cancer care.", .en),
            .passes("The Ministry of Labour reminds employers that salaries must be paid through the Wage Protection System by the 10th.", .en),
            .passes("سجّلوا في ماراثون الكورنيش الخيري يوم ١٤ ديسمبر، ويذهب ريعه لرعاية الأطفال المصابين بالسرطان.", .ar),
            .triggers("Please pray for Salim Al Harthy from our finance team: his cancer has returned and he starts chemotherapy tomorrow.", .en),
            // The speaker's own health, and a hospital named after a king, are nobody else's record.
            .passes("بعد انتهاء محاكمتي اليوم بتهم منها الترحم على الشيخ زايد، أجريت لي عملية جراحية تكللت بالنجاح.", .ar),
            .passes("After my trial ended today, where Sheikh Zayed's name came up, I had surgery; it went well.", .en),
            .passes("حرصاً على سلامة مرضانا، نمنع الزيارة حضورياً للمرضى المنومين في مستشفى الملك فيصل التخصصي.", .ar),
            .triggers("Our colleague Ahmed Al-Balushi had heart surgery today after a heart attack at work.", .en),
            .triggers("I had the honour of visiting our colleague Ahmed Al-Balushi, who is recovering from a heart attack.", .en),
            // An awareness month is named after a condition, not a person; patients sent to a city are nobody.
            .passes("October is Breast Cancer Awareness Month. Women aged 40 and over can book a free screening mammogram at our polyclinics.", .en),
            .passes("أكتوبر شهر التوعية بسرطان الثدي، ويمكن للنساء فوق الأربعين حجز فحص الماموغرام مجاناً في مراكزنا الصحية.", .ar),
            .passes("Our new cardiac lab treats heart attack patients around the clock, reducing transfers of patients to Muscat.", .en),
            .passes("مختبر القسطرة الجديد يعالج مرضى الجلطات على مدار الساعة ويقلل تحويل المرضى إلى مسقط.", .ar),
            .triggers("Patient Salim Al-Harthy was admitted after a heart attack and is in intensive care.", .en),
            // Asking for a reference in private is not reading out a record.
            .passes("@hessa_q We're sorry your bag didn't arrive. Please DM us your file reference so we can keep you updated.", .en),
            .passes("@hessa_q نعتذر عن تأخر حقيبتك، راسلنا على الخاص برقم ملفك لنتابع معك.", .ar),
            .triggers("@hessa_q your file shows three missed payments this year.", .en),
            // A patient who asked for the story to be told.
            .passes("Mr. Salem Al Hashmi asked us to share his story: a year after his last round of chemo he is back at work. Shared with his written consent.", .en),
            .triggers("So proud of Salem Al Hashmi, back at his desk after his last round of chemo; shared without his consent, sorry Salem.", .en),
            .passes("الحمد لله على سلامة زميلنا عبدالله الكعبي من إدارة المبيعات، طلع اليوم من المستشفى بعد عملية القلب المفتوح. ننشر هذا بموافقته الخطية.", .ar),
            .passes("Patients diagnosed with dengue are recovering at Dr. Fakeeh Hospital, the ministry said.", .en),
            .passes("Congratulations to our winners of Excellence in Finance after a year of hard work on overdue invoices.", .en),
            // A colleague named by a courtesy title, with their debt.
            .triggers("الأستاذ محمود من فرع صحار عليه أقساط متأخرة منذ ثلاثة أشهر، ومع ذلك يشتكي علناً.", .ar),
            .triggers("Mr Harith Al-Amri from our Sohar branch is three months behind on his car loan, and yet he complains in public.", .en),
            .passes("الأستاذ محمود الحارثي: يمكن لأي عميل عليه أقساط متأخرة أن يعيد جدولتها من التطبيق دون رسوم.", .ar),
            .passes("السيد الوزير يطلق اليوم برنامج جدولة الأقساط المتأخرة للمتقاعدين.", .ar),
            .passes("Customers who are three months behind on a car loan can reschedule it in the app, with no fee, until 31 March.", .en),
            .passes("@salim_22 يمكنك الآن جدولة أقساطك من حسابك في التطبيق.", .ar),
            .passes("@omar_k You can now split your instalments from your account in the app.", .en),
            .passes("خصم على أقساط المدارس لكل موظف يسجل ابنه أو ابنته هذا العام.", .ar),
            .triggers("Our patient Mr. Salim Al-Amri in room 12 finished his last round of chemo this week.", .en),
            .triggers("Saying goodbye to Yusuf from logistics after two failed performance reviews and a final warning.", .en),
            .passes("Saying goodbye to Yusuf from logistics after 22 years; thank you for everything.", .en),
            .triggers("Ahmed, call me directly on +968 9123 4567 and I will sort it out.", .en),
            .triggers("Please contact our engineer salim.alharthy@sadeem.example for details.", .en),
            .triggers("العميل صاحب الرقم المدني 12345678 لم يسدد المبلغ.", .ar),
            .triggers("تواصل معي على جوالي 0501234567", .ar),
            .triggers("Refunds go to the customer's account, IBAN SA03 8000 0000 6080 1016 7519.", .en),
            .triggers("حوّلنا المبلغ إلى حساب العميل SA0380000000608010167519 أمس.", .ar),
            .triggers("Our patient Khalid Al-Amri tested positive for hepatitis this morning.", .en),
            .triggers("المريضة السيدة فاطمة مصابة بالسرطان وحالتها حرجة.", .ar),
            // A person named in Latin letters, known by whose relative they are, or by their room.
            .triggers("Sarah Jones from our finance team has been diagnosed with cancer.", .en),
            // Names as the region's offices write them, South Asian given names among them.
            .triggers("Rakesh Agrawal from our Dubai office was dismissed for misconduct.", .en),
            .triggers("سالم الهنائي من مكتبنا في دبي فُصل بسبب سوء السلوك.", .ar),
            .triggers("نتمنى الشفاء العاجل للزميل أحمد من قسم الحسابات، الموجود في المستشفى السلطاني غرفة 412 بعد أزمة قلبية.", .ar),
            .triggers("Get well soon to Ahmed from accounts, who is in Royal Hospital room 412 after his heart attack.", .en),
            .triggers("سائق الشاحنة سعيد المقبالي عليه أربع مخالفات مرورية سابقة في ملفه لدى المقاول.", .ar),
            .triggers("The truck driver, Said Al-Maqbali, has four previous traffic violations.", .en),
            // "Said" is a name here, not a reporting verb.
            .triggers("Our patient Said Al-Maqbali has cancer and starts chemotherapy on Sunday.", .en),
            .passes("Said the minister: our hospitals treated 4,000 cancer patients this year.", .en),
            .passes("Traffic violations fell 12% this year after the new speed cameras, the police report says.", .en),
            .passes("انخفضت المخالفات المرورية ١٢٪ هذا العام بعد تركيب كاميرات السرعة، بحسب تقرير الشرطة.", .ar),
            .triggers("Patient in room 4 is the mayor's son, admitted for an overdose.", .en),
            .triggers("المريض في الغرفة ٤ هو ابن المحافظ، دخل بسبب جرعة زائدة.", .ar),
            .triggers("زوجة الوزير منومة عندنا في العناية المركزة بعد جرعة زائدة.", .ar),
            .passes("Sarah Jones will give a talk on cancer screening at our clinic on Monday.", .en),
            .passes("Grace Church hosts a cancer awareness walk on Friday; all are welcome.", .en),
            .passes("نظّمنا اليوم محاضرة عن مخاطر الجرعة الزائدة من المسكنات في الغرفة ٤ بمبنى التدريب.", .ar),
            .passes("Please contact our media desk at press@sadeem.example or call 800 72336.", .en),
            // The organisation's own toll-free line, beside "your account".
            .passes("شكراً لصبركم خلال تحديث الأنظمة. إذا لاحظت أي شيء غريب في حسابك كلّمنا على ٨٠٠١٢٣٤.", .ar),
            .passes("If anything looks wrong in your account after the upgrade, call us on 800 1234.", .en),
            // A number the organisation gives for enquiries, even one shaped like a mobile.
            .passes("Trains are suspended until further notice for passengers' safety; for enquiries, contact us on 92144377.", .en),
            .passes("حرصاً على سلامة الركاب أوقفنا الرحلات حتى إشعار آخر، وللاستفسار التواصل على الرقم ٩٢١٤٤٣٧٧.", .ar),
            .triggers("For enquiries, contact our engineer Salim Al Harthy on 92144377.", .en),
            .triggers("للاستفسار تواصلوا مع المهندس سالم الحارثي على ٩٢١٤٤٣٧٧.", .ar),
            .passes("We never publish a patient's diagnosis; 40 patients were treated and discharged today.", .en),
            .passes("Donations go to our published charity account; see the annual report for the IBAN.", .en),
            .passes("لا ننشر تشخيص أي مريض، وقد غادر ٤٠ مريضاً المستشفى اليوم بعد العلاج.", .ar),
            .passes("للاستفسار تواصلوا معنا عبر care@manara.example أو الرقم الموحد 80012345.", .ar),
            .triggers("@abu_nasser_fan ملفه يظهر أنه تجاهل تحذيرات البنك.", .ar),
            .passes("@Diwaniya_TV لن أخوض في ملفه احتراماً لخصوصيته.", .ar),
            .passes("@HudaRiyami_news We cannot discuss his file while the case is before the court.", .en),
            .triggers("So proud of Fatima Al-Harthy at our Sohar branch, back at her desk after her last round of chemo.", .en),
            .triggers("حسابك عليه ثلاثة أقساط متأخرة يا أستاذ ناصر الهاجري، راجع نفسك قبل تغرد.", .ar),
            .passes("Two patients diagnosed with dengue are recovering at King Fahd Hospital, the ministry said.", .en),
            .passes("نتمنى الشفاء لكل من يتلقى العلاج الكيماوي، ونوفر لهم مواقف قريبة من المدخل.", .ar),
            // Arabic names have no capitals: a lineage or a given name with a family name.
            .triggers("نهنئ المريضة نورة بنت حمد العامري بخروجها من العناية المركزة بعد أسبوعين.", .ar),
            .triggers("زميلنا خالد البلوشي متعثر في سداد قرضه منذ مارس، ونتمنى أن يتجاوز ذلك.", .ar),
            .passes("نهنئ الزميل خالد البلوشي بتعيينه رئيساً لقسم العناية المركزة.", .ar),
            .passes("أجرى فريقنا ٤٠ عملية جراحية هذا الشهر، وغادر جميع المرضى بصحة جيدة.", .ar),
            // A public reply about the addressed person's own account or results.
            .triggers("@omar_k Checked your account: the card ending 2209 was frozen after two missed instalments.", .en),
            .triggers("@salim_22 راجعنا حسابك، وعليه أقساط متأخرة منذ ثلاثة أشهر.", .ar),
            .passes("@omar_k Sorry for the trouble with your card. Please send us a direct message and we will look into it.", .en),
            .passes("@salim_22 نعتذر عن الإزعاج، أرسل لنا التفاصيل على الخاص لنراجع حسابك.", .ar),
            .passes("Missed payments on your card? Our new reminder service texts you three days before each due date.", .en),
            // How a named patient is doing is their health record; a crisis update's count of the injured is not.
            .triggers("Mr Al Harthy, the patient in bed 4 at our Ruwi clinic, is recovering well from his bypass.", .en),
            .triggers("المريض محمد العتيبي في الغرفة ٣٠٢ حالته مستقرة بعد العملية.", .ar),
            .passes("A fire at our warehouse injured 6 colleagues; 2 are in hospital in stable condition. Families: +968 2685 0000.", .en),
            .passes("أصيب ٦ من زملائنا في الحريق، واثنان منهم في المستشفى وحالتهما مستقرة.", .ar),
            // One patient's care, told to win an argument.
            .triggers("The patient was stable when we discharged him and he ignored our follow-up advice.", .en),
            .triggers("المريض كان مستقراً عند خروجه من المستشفى، لكنه تجاهل تعليمات المتابعة.", .ar),
            .passes("Our patients get written follow-up advice when they are discharged.", .en),
            .passes("We will not discuss his treatment: the patient's records are private.", .en),
            .passes("لن نتحدث عن علاجه، فملف المريض خاص.", .ar),
            // Someone the reader knows from the news, singled out without a name.
            .triggers("The gentleman in the video was flying to London for his chemo review; his daughter told our staff he had missed two oncology appointments.", .en),
            .triggers("الأخ حمد، سلامات للوالدة؛ حالتها عندنا، غسيل كلى ثلاث مرات في الأسبوع.", .ar),
            .triggers("حساب أبو ناصر عندنا فيه تحويلات سابقة لنفس الرقم من ٢٠٢٣.", .ar),
            .triggers("The applicant Mr. Rashid Al-Amri left out his site plan (ref CSA-2027-44817).", .en),
            .passes("We are sorry to the gentleman in the video and to his daughter; we have called them and offered to talk privately.", .en),
            .passes("نعتذر للأخ حمد ولأسرته، وتواصلنا معهم على الخاص لترتيب ما يحتاجونه.", .ar),
            .passes("Our new dialysis unit in Abu Dhabi opens on Sunday with 20 chairs.", .en),
            .passes("افتتحنا وحدة غسيل كلى جديدة في أبو ظبي بعشرين كرسياً.", .ar),
            .passes("Track your application with its reference number on the portal.", .en),
            .passes("أسعفت فرقنا الحاج المصاب بضربة شمس في منى، وحالته مستقرة.", .ar),
            .passes("أطلق معالي الدكتور هلال السبتي حملة فحوصات مجانية لمرضى السكري في مسقط.", .ar),
            .passes("الدكتور أحمد الحارثي: مرضى السكري أكثر عرضة لمضاعفات الحر، فاشربوا الماء.", .ar),
            .passes("Dr Salma Al-Kindi: people with diabetes should drink water every hour in this heat.", .en),
            .triggers("Our colleague Khalid Al-Amri: recovering from his bypass surgery, and back in March.", .en),
            // The condition named in English as in Arabic ("epilepsy", «الصرع»); a public body
            // named in capitals ("Civil Defence") is no person.
            .triggers("Our colleague Fatima Al-Harthy is back at work after months of treatment for epilepsy.", .en),
            .triggers("عادت زميلتنا فاطمة الحارثي إلى العمل بعد أشهر من علاج الصرع.", .ar),
            .passes("Customers in flooded areas can defer this month's instalments at no cost. Please stay safe and follow Civil Defence guidance.", .en),
            .passes("يمكن لعملائنا في المناطق المتضررة من السيول تأجيل قسط هذا الشهر دون رسوم. نرجو اتباع تعليمات الدفاع المدني.", .ar),
            // A colleague named with her team; a customer's arrears told with his name.
            .triggers("Huge respect to Maryam from our Jeddah finance team, back at her desk 10 days after her miscarriage.", .en),
            .triggers("كل التقدير لمريم من فريق المالية في جدة، عادت لمكتبها بعد ١٠ أيام فقط من إجهاضها.", .ar),
            .triggers("شكراً لعميلنا الأستاذ سالم العنزي الذي سدد أخيراً متأخراته البالغة ٩ آلاف دينار.", .ar),
            .triggers("Thanks to our customer Mr Salem Al-Anzi, who finally paid off his arrears of 9,000 dinars.", .en),
            .passes("Excellence in Finance award: our Jeddah team was shortlisted again this year.", .en),
            .passes("نذكّر عملاءنا بإمكانية جدولة المتأخرات عبر التطبيق دون رسوم.", .ar),
            // A few customers singled out by their records.
            .triggers("To the 3 subscribers in Al Khobar who watched 'Layali Zaman' every night for 18 nights straight: we see you 👀", .en),
            .triggers("To the 3 subscribers in Al Khobar who watched 'Layali Zaman' every night for 18 nights straight: we see you 👀😂 Who hurt you?", .en),
            .triggers("إلى المشتركين الثلاثة في الخبر اللي تابعوا المسلسل كل ليلة لمدة ١٨ ليلة متواصلة: مين زعّلكم؟ 😂", .ar),
            .triggers("إلى المشتركين الثلاثة في الخبر اللي تابعوا «ليالي زمان» كل ليلة لمدة ١٨ ليلة متواصلة: نشوفكم 👀", .ar),
            .passes("Thank you to the 5,000 customers who ordered on launch day!", .en),
            .passes("شكراً لأكثر من ٥ آلاف عميل طلبوا في يوم الإطلاق!", .ar),
            .passes("Our 3 new branches are open every day from 8 am; customers who ordered online can collect there.", .en),
            // A company named by its trade is no person beside its payroll.
            .passes("People keep asking whether Nakheel Developments will survive the year. Salaries went out on time this month.", .en),
            .passes("يسأل البعض إن كانت نخيل للتطوير ستصمد هذا العام. صُرفت الرواتب في موعدها هذا الشهر.", .ar),
            // What a named customer owes, told in either language; the debt of thanks is no debt.
            .triggers("العميل سالم العبري مدين لنا بخمسة وأربعين ألف ريال وتجاهل ثلاثة إشعارات.", .ar),
            .triggers("Our customer Salim Al-Abri owes us 45,000 riyals and has ignored three reminders.", .en),
            .passes("نحن مدينون لعملائنا في مدينة صحار بالشكر على صبرهم أثناء الصيانة.", .ar),
            .passes("We owe our customers in Sohar thanks for their patience during the works.", .en),
            // A critic answered with what they owe on their own account.
            .triggers("@FahadTalks before you lecture us about service, maybe pay off the SAR 52,000 still outstanding on your credit card.", .en),
            .triggers("@FahadTalks قبل أن تنتقد خدماتنا، سدد أولاً ٥٢ ألف ريال المتبقية على بطاقتك الائتمانية.", .ar),
            .passes("@FahadTalks your refund of SAR 250 has been credited to your card; let us know if it does not show.", .en),
            .passes("@FahadTalks تم إيداع مبلغ الاسترداد ٢٥٠ ريالاً في بطاقتك، ونرجو إبلاغنا إن لم يظهر.", .ar),
            .passes("@FahadTalks we can't discuss any amount outstanding on your card in public; please send us a direct message.", .en),
            .passes("@FahadTalks لا يمكننا مناقشة أي مبالغ مستحقة على بطاقتك هنا، نرجو مراسلتنا على الخاص.", .ar),
        ])

    static let records = Lexicon("policy.personal-data.records", [
        "=سجلك", "=راتبك", "=راتبه", "your salary", "his salary", "her salary", "your record",
        "sick leave", "medical record", "diagnosis", "test result", "your file", "his file", "her file", "disciplinary",
        "performance rating", "إجازة مرضية", "نتيجة التحليل", "التشخيص", "=ملفك", "=ملفه", "=تقييم أدائه", "إنذار",
        "his diagnosis", "her diagnosis", "his illness", "her illness", "his test results", "her test results", "his medical history",
        "her medical history", "his medical condition", "her medical condition", "his debts", "her debts", "his arrears", "her arrears",
        "his dismissal", "her dismissal", "his termination", "her termination", "his warning letter", "her warning letter", "his performance review",
        "her performance review", "your arrears", "your overdue", "your missed payments", "your warning letter", "your dismissal", "=مرضه", "=مرضها",
        "=تشخيصه", "=تشخيصها", "=تحاليله", "=تحاليلها", "=حالته الصحية", "=حالتها الصحية", "=ديونه", "=ديونها", "=مديونيته", "=مديونيتها",
        "=مديونيتك", "=متأخراتك", "=أقساطك المتأخرة", "=إنهاء خدماته", "=إنهاء خدماتها", "=راتبها", "=سجله الطبي", "=سجلها الطبي", "=سجله الوظيفي",
        "=ملفها", "=ملفه الطبي", "=ملفها الطبي", "=إنذاره", "=تقييم أدائها",
    ])

    /// Someone the organisation holds data about: a patient, a customer, a member of staff.
    static let dataSubjects = Lexicon("policy.personal-data.subjects", [
        "patient", "our patient", "the patient", "customer", "our customer", "employee", "our employee", "colleague",
        "staff member", "client", "resident",
        "المريض", "المريضة", "مريضنا", "العميل", "العميلة", "الموظف", "الموظفة", "زميلنا", "زميلتنا", "المراجع", "المراجعة",
        "our client", "the client", "account holder", "cardholder", "policyholder", "our member", "the member", "tenant", "applicant", "candidate",
        "beneficiary", "team member", "our staff member", "our colleague", "المشترك", "المشتركة", "عميلنا", "عميلتنا", "=الطالب", "=الطالبة",
        "النزيل", "النزيلة", "المستأجر", "المتقدم", "المتقدمة", "المؤمن عليه", "المستفيد", "المستفيدة", "زميلي", "زميلتي", "الزميل", "الزميلة",
        // Someone working for a contractor is a data subject too: "the truck driver, Said Al-Maqbali".
        "driver", "the driver", "truck driver", "=السائق", "=سائق الشاحنة", "=سائق الحافلة",
    ])
    /// The person's own say-so: "with his written consent", "she asked us to share her
    /// story", «بموافقته الخطية». A patient who chose to tell the story is not exposed by
    /// it. ("Without his consent", «دون موافقته», is none of these phrases.)
    static let consent = Lexicon("policy.personal-data.consent", [
        "with his consent", "with her consent", "with their consent", "with his written consent", "with her written consent",
        "with their written consent", "with his permission", "with her permission", "with their permission", "asked us to share",
        "in his own words", "in her own words", "shared with permission", "=بموافقته", "=بموافقتها", "=بموافقتهم", "=بإذنه", "=بإذنها",
        "بموافقته الخطية", "بموافقتها الخطية", "طلب منا مشاركة", "طلبت منا مشاركة", "طلب منا نشر", "طلبت منا نشر",
    ])
    /// Whether the post says the person agreed to it being shared ("not with his consent" does not).
    static func hasConsent(in post: PostAnalysis) -> Bool {
        post.hits(consent).contains { !Modality.negates($0.firstToken, in: post) }
    }

    /// Whether the role word at `subject` says someone has something: «لدى المريض», «عند
    /// العميل», «للمريض» (see `PersonName.isNounNameAfterRole`).
    static func saysHas(_ subject: PhraseMatcher.Hit, in tokens: [Token]) -> Bool {
        let word = tokens.text(at: subject.firstToken)
        if word.hasPrefix("لل") { return true }
        return subject.firstToken > 0 && possessionWords.contains(tokens.text(at: subject.firstToken - 1))
    }
    static let possessionWords = WordSet(["لدى", "عند", "وعند", "ولدى"].map(TextNormalizer.normalize))

    /// Whether a money word is a policy's name: "the league salary cap", "salary scales".
    static let policyHeads: WordSet = ["cap", "caps", "scale", "scales", "band", "bands", "structure", "survey", "review", "freeze", "budget"]
    static func namesAPolicy(_ fact: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        return fact.endToken < tokens.count && policyHeads.contains(tokens.text(at: fact.endToken))
    }

    /// «المصاب» in a condolence is the loss itself ("this grave calamity"), not someone injured:
    /// «بهذا المصاب الجلل», «مصابكم الأليم».
    static let calamityWords: WordSet = ["الجلل", "الاليم", "الكبير", "العظيم", "الفادح"]
    static let calamityPointers: WordSet = ["هذا", "بهذا", "لهذا", "في", "وفي"]
    static func namesACalamity(_ fact: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        guard fact.endToken - fact.firstToken == 1, tokens[fact.firstToken].isArabic,
              tokens.text(at: fact.firstToken).contains("مصاب") else { return false }
        return fact.endToken < tokens.count && calamityWords.contains(tokens.text(at: fact.endToken))
            || fact.firstToken > 0 && calamityPointers.contains(tokens.text(at: fact.firstToken - 1))
    }

    /// Health and money facts about a person: a diagnosis, a test result, a debt.
    static let sensitiveFacts = Lexicon("policy.personal-data.sensitive", [
        "tested positive", "diagnosed", "diagnosis", "cancer", "hiv", "hepatitis", "pregnant", "miscarriage", "psychiatric",
        "her entire balance", "his entire balance", "her balance", "his balance", "whose balance", "balance with us reached",
        "=متأخر عن أقساط", "=متأخرة عن أقساط", "=متأخر ثلاثة أشهر", "=البطاقة المنتهية", "=بطاقتك المنتهية", "card ending in", "card ending", "=رصيد حسابه", "=رصيد حسابها", "=رصيده", "=رصيدها",
        "depression", "overdue", "in debt", "defaulted", "=owes", "sick leave", "=إجازة مرضية", "=إجازات مرضية", "bounced cheque", "salary", "terminally ill", "terminal illness", "terminal cancer",
        "مصاب", "مصابة", "إيجابية", "تشخيص", "السرطان", "الإيدز", "حامل", "=نفسية", "=النفسية", "=نفسيا", "=نفسياً", "متعثر", "=مديون", "=مديونة", "راتبه", "راتبها",
        // What a person owes, as "owes" says it: «مدين لنا», never the city (مدينة) nor «مدينون لكم بالشكر».
        "=مدين لنا", "=مدينة لنا", "=مدين للبنك", "=مدينة للبنك", "=مدين للشركة", "=مدينة للشركة", "=مدين بمبلغ", "=مدينة بمبلغ",
        // Exact: word forms read «في حالة حرجة» ("two others in critical condition", nobody named) as «حالته حرجة».
        "=حالتها حرجة", "=حالته حرجة", "=وحالتها حرجة", "=وحالته حرجة",
        // How a named patient is doing after treatment is their health record too.
        // One person's, not a crisis update's ("2 colleagues are in hospital in stable condition").
        "recovering from his", "recovering from her", "his condition is stable", "her condition is stable", "bypass surgery", "his bypass",
        "her bypass", "from his bypass", "from her bypass", "حالته مستقرة", "حالتها مستقرة", "بعد العملية", "بعد عملية", "العملية الجراحية",
        "chemo", "chemotherapy", "surgery", "dialysis", "kidney failure", "intensive care", "icu", "rehab", "bounced", "cheques bounced", "arrears", "instalments", "late payments", "performance reviews", "written warning", "disciplinary", "العلاج الكيماوي", "الكيماوي", "الفشل الكلوي", "غسيل الكلى", "العناية المركزة", "عملية جراحية", "أقساط متأخرة", "أقساط", "شيكات مرتجعة", "إنذار كتابي", "تقييم الأداء",
        "missed payments", "card ending", "account ending", "performance improvement plan", "performance improvement plans", "dismissed", "ينتهي بـ", "الرصيد ما يكفي", "فواتير متأخرة", "زراعة الكلى", "الغسيل الكلوي", "رجع منه التحويل",
        // The English twins of «السكري», «الصرع», «عملية القلب المفتوح»: the condition named, not only its adjective.
        "diabetes", "epilepsy", "seizures", "open-heart surgery", "overdose", "overdosed", "an overdose", "جرعة زائدة", "جرعة مفرطة",
        "diabetic", "heart attack", "cardiac arrest", "had a stroke", "suffered a stroke", "heart condition", "heart disease", "heart surgery",
        "tumour", "tumor", "leukaemia", "leukemia", "lymphoma", "covid-positive", "hiv-positive", "has aids", "epileptic", "alzheimer's", "dementia",
        "parkinson's", "multiple sclerosis", "adhd", "bipolar", "schizophrenia", "anxiety disorder", "panic attacks", "eating disorder", "anorexia",
        "ptsd", "suicidal", "suicide attempt", "attempted suicide", "self-harm", "mental illness", "nervous breakdown", "failed a drug test",
        "expecting a baby", "c-section", "caesarean", "wheelchair-bound", "paralysed", "paralyzed", "amputee", "amputation", "chronic illness",
        "terminally ill", "in a coma", "on a ventilator", "life support", "hospitalised", "hospitalized", "admitted to hospital", "radiotherapy",
        "radiation therapy", "tested negative", "fired for", "was fired", "got fired", "sacked", "was terminated", "terminated for",
        "suspended without pay", "final warning", "verbal warning", "disciplinary hearing", "disciplinary action", "misconduct", "gross misconduct",
        "put on a pip", "failed probation", "demoted", "demotion", "salary cut", "pay cut", "wage garnishment", "defaulter", "blacklisted",
        "unpaid bills", "unpaid rent", "rent arrears", "behind on rent", "behind on payments", "debt collectors", "overdrawn", "card declined",
        "insufficient funds", "account frozen", "his pay", "her pay", "السكري", "مرض السكر", "جلطة", "جلطة دماغية", "جلطة قلبية", "نوبة قلبية", "أزمة قلبية", "سكتة قلبية", "سكتة دماغية", "ذبحة صدرية",
        // A record of offences kept on a named person: "his traffic violations", «مخالفاته المرورية».
        "traffic violations", "traffic offences", "traffic offenses", "criminal record", "previous convictions", "=سوابق",
        "=سوابقه", "مخالفات مرورية", "مخالفاته المرورية", "سجله الجنائي", "سجل مخالفاته",
        "سكتة دماغية", "سكتة قلبية", "ورم", "أورام", "اللوكيميا", "سرطان الدم", "المرض الخبيث", "مصاب بكورونا", "كوفيد", "فيروس نقص المناعة",
        "الكبد الوبائي", "التهاب الكبد", "مرض السل", "الصرع", "نوبات صرع", "الزهايمر", "الخرف", "باركنسون", "التوحد", "طيف التوحد", "فرط الحركة",
        "تشتت الانتباه", "ثنائي القطب", "الفصام", "انفصام", "اكتئاب", "الاكتئاب", "اضطراب نفسي", "مرض نفسي", "مريض نفسي", "انهيار عصبي",
        "محاولة انتحار", "حاول الانتحار", "إدمان", "مدمن", "الإدمان", "العقم", "أطفال الأنابيب", "إجهاض", "الإجهاض", "ولادة قيصرية", "قيصرية",
        "إعاقة", "معاق", "معاقة", "على كرسي متحرك", "مشلول", "شلل", "كفيف", "كفيفة", "ضعيف البصر", "أصم", "صماء", "متلازمة داون", "الشلل الدماغي",
        "مرض مزمن", "أمراض مزمنة", "مرض عضال", "في غيبوبة", "غيبوبة", "على جهاز التنفس", "منوم في المستشفى", "عملية قلب", "قسطرة", "القسطرة",
        "استئصال", "بتر", "زراعة كبد", "زراعة نخاع", "جرعة الكيماوي", "العلاج الإشعاعي", "=متأخرات", "=المتأخرات", "=متأخراته", "=متأخراتها", "=مديونيته", "=مديونيتها", "عليه ديون", "عليها ديون",
        "مطالب بسداد", "شيك بدون رصيد", "شيكات بدون رصيد", "شيك مرتجع", "قرض متعثر", "ممنوع من السفر", "منع من السفر", "منع سفر", "حجز على راتبه",
        "السجل الائتماني", "سجل ائتماني", "ما سدد", "لم يسدد", "لم تسدد", "متخلف عن السداد", "تخلف عن السداد", "راتبه الشهري", "راتبها الشهري",
        "يتقاضى", "تتقاضى", "تم فصله", "تم فصلها", "=فصل بسبب", "=فُصل بسبب", "=فصلت بسبب", "=فُصلت بسبب", "سوء السلوك", "سوء سلوك", "=فصلناه", "=فصلناها", "إنذار نهائي", "خصم من راتبه", "خصم من راتبها", "تحقيق إداري",
        "لجنة تأديبية", "مخالفة إدارية", "أداء ضعيف", "أداؤه ضعيف", "ضعف الأداء", "لم يجتز فترة التجربة", "موقوف عن العمل", "إيقاف عن العمل",
        "نقل تأديبي", "تفنيشه", "فنشوه", "drug use", "drug abuse", "drug addiction", "addiction", "=تعاطي المخدرات", "=تعاطيه المخدرات",
        "=بسبب تعاطي", "=تعاطي الكحول",
        // A named person's own loan or debt: "behind on his car loan", «عليه أقساط».
        "behind on his", "behind on her", "his car loan", "her car loan", "his loan", "her loan", "his mortgage", "her mortgage",
        "his debts", "her debts", "months behind", "=عليه أقساط", "=عليها أقساط", "متأخر عن السداد", "متأخرة عن السداد",
        // Treatment and money movements told of one person: "his chemo review", «غسيل كلى»,
        // «تحويلات سابقة لنفس الرقم».
        "oncology", "chemo review", "heart medication", "his heart", "her heart", "missed appointments", "transaction history",
        "previous transfers", "past transfers", "his transfers", "her transfers", "his bank statement", "her bank statement",
        "غسيل كلى", "غسيل كلوي", "جلسات الغسيل", "تحويلات سابقة", "=تحويلاته", "=تحويلاتها", "سجل التحويلات",
        "=كشف حسابه", "=كشف حسابها", "مواعيد العلاج", "=أدوية القلب",
    ])
    /// The addressed person's own account, card, bill or results: "your account", «حسابك».
    /// Written exact, since the stem alone (حساب) is any account.
    static let addressedRecords = Lexicon("policy.personal-data.addressed", [
        "your account", "your card", "your credit card", "your balance", "your loan", "your bill", "your bills",
        "your instalment", "your instalments", "your installments", "your payment", "your payments", "your salary",
        "your test", "your results", "your test results", "your scan", "your policy", "your claim", "your file",
        "your case", "your application", "your contract",
        "=حسابك", "=حسابكم", "=بطاقتك", "=بطاقتكم", "=رصيدك", "=رصيدكم", "=قرضك", "=قرضكم", "=فاتورتك", "=فواتيرك",
        "=أقساطك", "=قسطك", "=مستحقاتك", "=راتبك", "=نتيجتك", "=نتائجك", "=تحليلك", "=تحاليلك", "=فحصك", "=فحوصاتك",
        "=ملفك", "=مطالبتك", "=وثيقتك", "=عقدك", "=طلبك",
    ])
    /// Money still owed on the addressed person's own account: "still outstanding on your
    /// credit card", «المتبقية على بطاقتك». Beside an amount and an @handle, it tells the public
    /// what one customer owes (a critic answered with their debt).
    static let amountOwed = Lexicon("policy.personal-data.owed", [
        "outstanding", "still owe", "you owe", "unpaid", "owed", "owing", "settle", "pay off", "=المتبقية", "=المتبقي", "=المستحقة",
        "=المستحق", "=غير المسددة", "=سداد", "=سدد", "=تسدد", "=مديونيتك", "=ديونك", "=دينك",
    ])

    /// The state of someone's account or result: overdue, frozen, declined, «متأخرة».
    static let recordStatus = Lexicon("policy.personal-data.status", [
        "overdue", "missed", "frozen", "blocked", "declined", "bounced", "arrears", "late", "suspended", "rejected", "ending",
        "insufficient", "positive", "negative", "failed",
        "متأخرة", "متأخر", "=متأخرات", "مجمد", "مجمدة", "موقوف", "موقوفة", "مرفوض", "انرفض", "مرتجع", "ينتهي", "ما يكفي",
        "لا يكفي", "إيجابية", "سلبية", "متعثر",
    ])

    /// One person the reader already knows of, singled out without a name: "the gentleman
    /// in the video", "the father", «المشتكي». Not «الحاج» (any pilgrim in a Hajj health
    /// notice) nor «الوالدة» (the writer's own mother as often as anyone's). Not "his son": "every employee
    /// who enrols his son" is anyone. Beside a health or money fact
    /// they make it that person's record, as a name would.
    static let knownPerson = Lexicon("policy.personal-data.known-person", [
        "the gentleman", "this gentleman", "that gentleman", "the lady", "this lady", "that lady", "the elderly man", "the elderly woman",
        "the old man", "the father", "the mother", "the claimant", "the complainant", "the applicant",
        "=المدعي", "=المشتكي", "=المشتكية", "صاحب الشكوى",
        "صاحبة الشكوى", "صاحب الطلب",
    ] + relativesOfOfficeHolders)

    /// Someone known by whose relative they are: "the mayor's son", «ابن المحافظ», «زوجة
    /// الوزير». Everyone in town knows who that is, so the fact beside it is theirs.
    static let relativesOfOfficeHolders: [String] = {
        let offices = ["mayor", "minister", "governor", "ceo", "chairman", "president", "director", "ambassador", "judge", "senator",
                       "mp", "prince", "sheikh", "coach", "manager", "owner"]
        let relatives = ["son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "nephew", "niece"]
        let english = offices.flatMap { office in relatives.map { "the \(office)'s \($0)" } }
        let arabicOffices = ["المحافظ", "الوزير", "الأمير", "الشيخ", "الرئيس", "المدير", "السفير", "القاضي", "النائب", "المدرب", "المالك", "رئيس البلدية"]
        let arabicRelatives = ["=ابن", "=بنت", "=زوجة", "=زوج", "=شقيق", "=شقيقة", "=والد", "=والدة", "=أخو", "=أخت", "=ولد"]
        let arabic = arabicOffices.flatMap { office in arabicRelatives.map { "\($0) \(office)" } }
        return english + arabic
    }()

    /// Words that number a patient's room or bed: "the patient in room 4", «المريض في الغرفة ٤».
    static let roomWords: WordSet = WordSet(["room", "bed", "ward", "غرفه", "الغرفه", "سرير", "السرير"].map(TextNormalizer.normalize))
    /// Whether `range` numbers a room or a bed ("room 4", "bed no. 12", «الغرفة رقم ٤»): said
    /// of a patient or a guest (`dataSubjects` in the sentence) that is one person; a
    /// lecture "in room 4" is a place.
    static func numbersARoom(in range: Range<Int>, of tokens: [Token]) -> Bool {
        range.contains { index in
            guard roomWords.contains(tokens.text(at: index)) else { return false }
            let after = (index + 1)..<min(range.upperBound, index + 4)
            return after.first.map { first in
                tokens[first].kind == .number
                    || ["رقم", "no", "number", "#"].contains(tokens.text(at: first)) && after.dropFirst().contains { tokens[$0].kind == .number }
            } ?? false
        }
    }

    /// Words that make a health word part of a unit's name: «قسم العناية المركزة», "dialysis unit".
    static let unitWords: WordSet = WordSet(["قسم", "وحده", "مركز", "جناح", "department", "unit", "ward", "centre", "center", "clinic"])

    /// Words after a condition that make it a service or a cause: "cancer care", "diabetes
    /// research", "the cardiac unit". Nobody's record is told.
    static let serviceWords: WordSet = ["unit", "ward", "department", "centre", "center", "care", "research", "screening", "clinic",
                                        "clinics", "services", "treatment", "charity", "charities", "foundation", "fund"]

    /// Honorifics of office before a title: «معالي الدكتور», «سعادة الشيخ». The person is
    /// the minister or the official launching the campaign, not a patient.
    static let officeHonorifics: WordSet = ["معالي", "سعاده", "سمو", "فضيله", "صاحب"]

    /// Titles of a doctor, who opens a sentence as its speaker ("Dr X: …").
    static let speakerTitles: WordSet = ["الدكتور", "الدكتوره", "د", "dr", "doctor", "prof", "البروفيسور"]

    /// Titles of a private person, the ones that may open a sentence about them.
    static let privateTitles: WordSet = ["الاخ", "الاخت", "المواطن", "المواطنه"]

    /// Courtesy titles («الأستاذ محمود», «السيدة منى»): they open a sentence about a colleague
    /// or a customer as often as a speaker's line, so there they count before a given name
    /// and not before a colon («الأستاذ محمود الحارثي: …» is the speaker).
    static let courtesyTitles: WordSet = ["الاستاذ", "الاستاذه", "السيد", "السيده"]

    /// Words that introduce a named person in Arabic, where names are not capitalised.
    static let nameTitles: WordSet = ["السيد", "السيده", "الاخ", "الاخت", "المواطن", "المواطنه", "الشيخ", "الدكتور", "الاستاذ"]

    var lexicons: [Lexicon] {
        [Self.context, Self.records, SharedLexicons.secondPerson, Self.dataSubjects, Self.sensitiveFacts, Self.addressedRecords,
         Self.recordStatus, Self.consent, Self.onePatient, Self.clinicalCourse, Self.knownPerson, Self.privateChannel, Self.ownHealth,
         Self.amountOwed, Entity.currency, Entity.scaleWords, Self.countedPeople, Self.usage, Self.habit,
         Self.circulatingContent, Self.personShown, Self.healthHistory, Self.healthStatus]
    }

    /// One patient, singled out by the article: "the patient", «المريض». Exact, so "our
    /// patients" (everyone the hospital treats) is not one of them.
    static let onePatient = Lexicon("policy.personal-data.one-patient", [
        "=the patient", "=our patient", "=this patient", "=that patient", "=المريض", "=المريضة", "=مريضنا", "=مريضتنا", "=هذا المريض", "=هذه المريضة",
    ])
    /// How one patient's care went, which only their record holds: discharged, stable, the
    /// follow-up they were given.
    static let clinicalCourse = Lexicon("policy.personal-data.clinical-course", [
        "discharged him", "discharged her", "we discharged", "was stable", "stable on discharge", "his treatment", "her treatment",
        "his follow-up", "her follow-up", "follow-up advice", "his medication", "her medication", "his scan", "her scan", "admitted him",
        "admitted her", "treated him", "treated her", "operated on him", "operated on her", "his blood test", "her blood test",
        "=خروجه من المستشفى", "=خروجها من المستشفى", "=كان مستقرا", "=كان مستقراً", "=كانت مستقرة", "=علاجه", "=علاجها", "تعليمات المتابعة",
        "=أدويته", "=أدويتها", "=فحوصاته", "=فحوصاتها", "=أدخلناه", "=أدخلناها", "=عالجناه", "=عالجناها",
    ])

    /// How one patient's care went, told in public: "the patient was stable when we
    /// discharged him and ignored our follow-up advice". The article and the pronoun make
    /// them one person the reader can find (the claimant in the news); a crisis update
    /// ("2 colleagues are in hospital in stable condition") names no one patient.
    static func onePatientsCare(in post: PostAnalysis) -> PhraseMatcher.Hit? {
        guard !post.hits(onePatient).isEmpty, !hasConsent(in: post) else { return nil }
        return post.hits(clinicalCourse).first { care in
            let sentence = post.sentenceIndex(of: care)
            return post.hits(onePatient).contains { post.sentences(around: sentence).contains(post.sentenceIndex(of: $0)) }
                && !Modality.negates(care.firstToken, in: post)
                && Modality.of(sentence: sentence, in: post).isDisjoint(with: [.quotation, .question])
        }
    }

    /// Content about someone going round that the post answers: "the video circulating",
    /// «المقطع المتداول», «ما ورد في بعض الحسابات».
    static let circulatingContent = Lexicon("policy.personal-data.circulating", [
        "the video", "a video", "this video", "viral video", "video circulating", "circulating video", "the clip", "the footage",
        "circulating on social media", "shared on social media", "posts on social media", "what was circulated", "reports circulating",
        "=المقطع", "=مقطع", "=الفيديو", "=فيديو", "=المتداول", "=المتداولة", "=ما تم تداوله", "=ما يتم تداوله", "=تم تداوله",
        "=ما تداولته", "=ما ورد في بعض الحسابات", "=ما ورد في", "=مواقع التواصل", "=وسائل التواصل", "=ما أثير", "=ما نشر",
        // The filming itself: "filmed the patient", «وتصويره بهذا الوضع», «قبل القيام بالتصوير».
        "filmed", "filming", "=التصوير", "=بالتصوير", "=تصويره", "=وتصويره", "=تصويرها", "=وتصويرها", "=بتصوير",
    ])
    /// The one person such content shows, named by what they are in it: «السيدة», «المواطنة»,
    /// «المعنية بالأمر», "the woman", "the passenger".
    static let personShown = Lexicon("policy.personal-data.person-shown", [
        "=the woman", "=the man", "=the passenger", "=the student", "=the deceased", "=the child", "=the girl", "=the boy",
        "=السيدة", "=المواطنة", "=مواطنة", "=المواطن", "=المعنية", "=المعني", "=المعنية بالأمر", "=المعني بالأمر", "=المسنة", "=المسن",
        "=المتوفى", "=المتوفاة", "=الطفلة", "=الفتاة", "=الطالبة", "=المقيمة", "=الراكبة", "=الراكب",
    ])
    /// Their health as their record tells it: a history, an examination, a state of mind.
    static let healthHistory = Lexicon("policy.personal-data.health-history", [
        "chronic illness", "chronic illnesses", "chronic disease", "chronic diseases", "medical history", "mental state", "state of mind",
        "medical examination", "clinical examination", "history of mental", "psychological state", "no symptoms",
        "=الأمراض المزمنة", "=أمراض مزمنة", "=مرض مزمن", "=حالتها الصحية", "=حالته الصحية", "=حالتها النفسية", "=حالته النفسية",
        "=درجة وعي", "=الكشف الطبي", "=الفحص السريري", "=أعراض", "=الأعراض", "=تعاني من القلق", "=يعاني من القلق",
    ])

    /// Content about one person answered with that person's health: «بالنظر إلى ما ورد في بعض
    /// الحسابات… المريض كان يعاني من أحد الأمراض المزمنة», "the woman in the video has a
    /// history of mental illness". The video or the accounts that carry it make the person
    /// one the reader can find, as a name would; an authority that rebuts a clip with the
    /// patient's record discloses it. Consent, negation, a question or a quotation does not.
    func rebuttalWithTheirRecord(in post: PostAnalysis) -> PhraseMatcher.Hit? {
        guard !post.hits(Self.circulatingContent).isEmpty, !Self.hasConsent(in: post) else { return nil }
        let people = Array(post.hits(Self.onePatient)) + Array(post.hits(Self.personShown)) + Array(post.hits(Self.knownPerson))
        guard !people.isEmpty else { return nil }
        let facts = Array(post.hits(Self.healthHistory)) + Array(post.hits(Self.sensitiveFacts)) + Array(post.hits(Self.clinicalCourse))
        return facts.sortedIfNeeded { $0.firstToken < $1.firstToken }.first { fact in
            let sentence = post.sentenceIndex(of: fact)
            return !Modality.negates(fact.firstToken, in: post) && !post.sentence(sentence, has: Self.ownHealth)
                && !Self.namesACalamity(fact, in: post) && !isUnitName(fact, in: post)
                && Modality.of(sentence: sentence, in: post).isDisjoint(with: [.quotation, .question])
                && people.contains { post.sentences(around: sentence, window: 2).contains(post.sentenceIndex(of: $0)) }
        }
    }

    /// How someone is doing in hospital: "still critical", "discharged from the hospital",
    /// «في حالة حرجة», «غادر المستشفى».
    static let healthStatus = Lexicon("policy.personal-data.health-status", [
        "still critical", "critical condition", "condition is critical", "remains critical", "remain critical",
        "discharged from the hospital", "discharged from hospital", "=في حالة حرجة", "=غادر المستشفى", "=غادرت المستشفى",
        "=خرج من المستشفى", "=خرجت من المستشفى",
    ])
    /// Courtesy titles that make the next capitalised word a person's name: "Mr Sachin".
    static let latinTitles: WordSet = ["mr", "mrs", "ms", "miss", "dr"]

    /// A named person's hospital status in one clause: "the condition of Mr Sachin and Vishal
    /// is still critical", "Mrigank Yadav has already been discharged from the hospital". The
    /// name must come within six words before the status with no punctuation between:
    /// "we mourn our colleague Ahmed Al-Balushi, and two others remain in critical
    /// condition" gives the count of the injured, not a named person's record.
    static func namedHealthStatus(in post: PostAnalysis) -> PhraseMatcher.Hit? {
        let tokens = post.text.tokens
        guard !hasConsent(in: post) else { return nil }
        return post.hits(healthStatus).first { hit in
            let sentence = post.sentenceIndex(of: hit)
            guard !Modality.negates(hit.firstToken, in: post),
                  Modality.of(sentence: sentence, in: post).isDisjoint(with: [.quotation, .question, .negation]) else { return false }
            let start = max(post.text.sentences[sentence].lowerBound, hit.firstToken - 6)
            // The clause before the status, back to the nearest punctuation.
            var from = hit.firstToken
            while from > start, tokens[from - 1].kind != .punctuation { from -= 1 }
            return (from..<hit.firstToken).contains { i in
                PersonName.latinName(at: i, in: tokens) != nil || PersonName.arabicName(at: i, in: tokens) != nil
                    || (i + 1 < hit.firstToken && (latinTitles.contains(tokens.text(at: i)) || nameTitles.contains(tokens.text(at: i)))
                        && tokens[i + 1].kind == .word && (tokens[i + 1].isArabic || tokens[i + 1].isCapitalised))
            }
        }
    }

    /// Customers counted out of the company's own records: "the 3 subscribers in Al Khobar",
    /// «المشتركين الثلاثة».
    static let countedPeople = Lexicon("policy.personal-data.counted-people", [
        "people", "subscribers", "customers", "users", "listeners", "viewers", "members", "guests",
        "=المشتركين", "=مشتركين", "=العملاء", "=عملاء", "=المستخدمين", "=مستخدمين", "=أشخاص", "=الأشخاص", "=المستمعين", "=المشاهدين",
    ])
    /// What the records show they did: "watched", «تابعوا».
    static let usage = Lexicon("policy.personal-data.usage", [
        "watched", "have watched", "streamed", "listened to", "ordered", "played", "searched for", "binged", "re-watched",
        "=تابعوا", "=شاهدوا", "=طلبوا", "=استمعوا", "=اشتروا", "=بحثوا عن", "=لعبوا",
    ])
    /// …and how often, which only the records know: "every night for 18 nights", «كل ليلة».
    static let habit = Lexicon("policy.personal-data.habit", [
        "every day", "every night", "every single day", "every single night", "in a row", "straight", "nonstop", "for the past",
        "=كل ليلة", "=كل يوم", "=متواصلة", "=متواصل", "=متتالية", "=على التوالي",
    ])
    /// Small counts written as words.
    static let smallCounts: WordSet = WordSet(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "اثنين", "الاثنين",
                                               "ثلاثة", "الثلاثة", "ثلاث", "الثلاث", "أربعة", "الأربعة", "خمسة", "الخمسة", "ستة", "الستة",
                                               "سبعة", "السبعة", "عشرة", "العشرة"].map(TextNormalizer.normalize))

    /// A few customers singled out by what the company's records show they did, and how
    /// often: "to the 53 people who've watched A Christmas Prince every day for 18 days: who
    /// hurt you?", «إلى المشتركين الثلاثة اللي تابعوا المسلسل كل ليلة». A joke made of one
    /// household's viewing, orders or searches publishes it. Counts under a thousand, told
    /// with the habit, in one sentence; "5,000 customers ordered on launch day" is a total.
    static func recordsOfAFew(in post: PostAnalysis) -> PhraseMatcher.Hit? {
        let tokens = post.text.tokens
        func isSmallCount(_ i: Int) -> Bool {
            guard i >= 0, i < tokens.count else { return false }
            if tokens[i].kind == .number {
                let digits = tokens.text(at: i).filter(\.isNumber)
                return !digits.isEmpty && digits.count <= 3 && !tokens.text(at: i).contains(",")
            }
            return smallCounts.contains(tokens.text(at: i))
        }
        return post.hits(countedPeople).first { people in
            let sentence = post.sentenceIndex(of: people)
            let near = (people.firstToken - 2)..<(people.endToken + 2)
            return near.contains(where: isSmallCount)
                && post.sentence(sentence, has: usage) && post.sentence(sentence, has: habit)
                && !Modality.negates(people.firstToken, in: post)
                // Not a question that stands it aside: the joke usually ends in one ("…: who hurt you?"),
                // and asking whether three subscribers did it tells the same records.
                && !Modality.of(sentence: sentence, in: post).contains(.quotation)
        }
    }

    /// Words that make a capitalised pair an organisation or a place, not a person
    /// ("King Fahd Hospital", "Dubai Health Authority", "Sahl Capital").
    static let institutionWords: WordSet = [
        "hospital", "clinic", "authority", "ministry", "bank", "capital", "group", "company", "health", "centre", "center",
        "university", "college", "school", "council", "police", "court", "airport", "airways", "city", "foundation", "fund",
        "holding", "holdings", "insurance", "municipality", "branch", "office", "department", "medical", "services",
        // Days, months and campaigns named after a condition: "Breast Cancer Awareness Month", "World Diabetes Day".
        "awareness", "month", "day", "week", "campaign", "programme", "program", "society", "association", "unit", "screening",
        // Public bodies a notice sends readers to: "follow Civil Defence guidance", "the Red Crescent".
        "defence", "defense", "guard", "crescent", "cross", "agency", "commission", "directorate", "exchange",
        // A company named by its trade: "whether Rimal Developments will make it to the end of the
        // year… salaries went out" speaks of a payroll, not of a person's pay.
        "developments", "development", "logistics", "telecom", "telecoms", "petrochemicals", "petroleum", "cement", "properties",
        "industries", "investments", "airlines", "energy", "motors", "pharmaceuticals", "contracting", "construction", "trading",
        "realty", "resources", "ventures", "technologies", "systems", "solutions", "partners", "retail", "foods", "steel", "mining",
    ]

    /// The last word of a title of office: a capitalised run ending in one names a post.
    static let officeEnds: WordSet = ["officer", "director", "manager", "president", "chairman", "chair", "secretary", "minister",
                                      "governor", "head", "lead", "partner", "analyst", "engineer", "consultant"]

    /// Articles before a capitalised run: a person's name does not take one.
    static let articles: WordSet = ["the", "a", "an"]

    /// Teams a colleague is named by: "Yusuf from logistics".
    static let departments: WordSet = [
        "logistics", "finance", "accounts", "hr", "sales", "marketing", "it", "operations", "procurement", "legal", "compliance",
        "engineering", "maintenance", "security", "reception", "admin", "payroll", "warehouse", "dispatch", "customer",
    ]

    /// Words for the team a colleague works in: «فريق», «قسم», «إدارة».
    static let arabicTeams: WordSet = WordSet(["فريق", "قسم", "إدارة", "ادارة", "فرع", "وحدة"].map(TextNormalizer.normalize))

    /// Whether a word is a given name, alone or after the proclitic «ل» or «و» («لمريم», «ومنيرة»).
    static func isGivenName(_ word: String) -> Bool {
        if PersonName.givenNames.contains(word) { return true }
        guard let first = word.unicodeScalars.first, ["ل", "و"].contains(String(first)) else { return false }
        return PersonName.givenNames.contains(String(word.unicodeScalars.dropFirst()))
    }

    /// Whether a person is named in the sentence or beside it, without a "patient" or
    /// "customer" before the name: a full name mid-sentence ("Fatima Al-Harthy", "Khalid
    /// R.") that is not an institution, or an Arabic title before a name («يا أستاذ ناصر»).
    func namesSomeone(near sentence: Int, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        // Texts through `text(at:)`: `tokens[i].text` copied the whole token for each test,
        // and this reads every word of the sentences around a health or money fact.
        func capitalised(_ i: Int) -> Bool {
            tokens[i].kind == .word && !tokens[i].isArabic && post.text.scalars[tokens[i].start].properties.isUppercase
                && !Self.institutionWords.contains(tokens.text(at: i))
        }
        for index in post.sentences(around: sentence) {
            var range = post.text.sentences[index]
            // A doctor named before a colon is the speaker («الدكتور أحمد الحارثي: مرضى السكري…»,
            // "Dr Salma Al-Kindi: heatstroke can kill"): what follows is their advice, not their record.
            if Self.speakerTitles.contains(tokens.text(at: range.lowerBound)) || Self.courtesyTitles.contains(tokens.text(at: range.lowerBound)),
               let colon = range.prefix(6).first(where: { tokens.text(at: $0) == ":" }) {
                range = (colon + 1)..<range.upperBound
                if range.isEmpty { continue }
            }
            if PersonName.occurs(in: range, of: tokens) || PersonName.latinNameOccurs(in: range, of: tokens)
                || post.sentence(index, has: Self.knownPerson)
                || post.sentence(index, has: Self.dataSubjects) && Self.numbersARoom(in: range, of: tokens) { return true }
            for i in range where i + 1 < range.upperBound {
                // A private person's title may open the sentence («الأخ حمد، سلامات…»); a doctor's
                // or a sheikh's there is more often the speaker («الدكتور أحمد: مرضى السكري…»).
                // An official named by office («معالي الدكتور…») acts in the post; the fact is not theirs.
                let title = tokens.text(at: i)
                let opensSentence = i == range.lowerBound
                if opensSentence ? Self.privateTitles.contains(title) : Self.nameTitles.contains(title) || title == "استاذ",
                   tokens[i + 1].isArabic, tokens[i + 1].kind == .word,
                   opensSentence || !Self.officeHonorifics.contains(tokens.text(at: i - 1)) { return true }
                if opensSentence, Self.courtesyTitles.contains(title), PersonName.givenNames.contains(tokens.text(at: i + 1)) { return true }
                // What follows reads the word before.
                guard !opensSentence else { continue }
                // A man called by his eldest child's name, «أبو ناصر»; not the city «أبو ظبي».
                if title == "ابو", tokens[i + 1].isArabic, tokens[i + 1].kind == .word,
                   !["ظبي", "ظبى"].contains(tokens.text(at: i + 1)) { return true }
                // One name and where the person works: "Yusuf from logistics", "Mona in finance",
                // "Maryam from our Jeddah finance team" (the office's city may stand before the team).
                // The team in lower case: "Excellence in Finance" is a title, not a colleague.
                if capitalised(i), !capitalised(i - 1), i + 2 < range.upperBound, ["from", "in", "at"].contains(tokens.text(at: i + 1)) {
                    var team = i + 2
                    if team + 1 < range.upperBound, ["our", "the"].contains(tokens.text(at: team)) { team += 1 }
                    if team + 1 < range.upperBound, capitalised(team) { team += 1 }
                    if Self.departments.contains(tokens.text(at: team)), !post.text.scalars[tokens[team].start].properties.isUppercase { return true }
                }
                // The same in Arabic: a given name, then «من فريق المالية», «في قسم المبيعات».
                // The name may carry «ل» or «و» before it («كل التقدير لمريم من فريق المالية»).
                if tokens[i].isArabic, i + 2 < range.upperBound, ["من", "في"].contains(tokens.text(at: i + 1)),
                   Self.arabicTeams.contains(tokens.text(at: i + 2)), Self.isGivenName(tokens.text(at: i)) {
                    return true
                }
                // A title before a name, unless an institution follows ("Dr. Fakeeh Hospital").
                if Tokenizer.titleAbbreviations.contains(tokens.text(at: i)), tokens.text(at: i) != "vs" {
                    let name = capitalised(i + 1) ? i + 1 : i + 2
                    if name < range.upperBound, capitalised(name),
                       !(name + 1 ..< min(range.upperBound, name + 3)).contains(where: { Self.institutionWords.contains(tokens.text(at: $0)) }) {
                        return true
                    }
                }
                // Two or more capitalised words from the start of a run: a name, unless an
                // article opens it or an institution's word is in it or right after it ("the
                // Corniche Charity Run", "the Wage Protection System" name things).
                // The sentence's first word is capitalised whatever it is ("Dear Fatima Al-Harthy").
                guard capitalised(i), capitalised(i + 1), i - 1 == range.lowerBound || !capitalised(i - 1),
                      !Self.articles.contains(tokens.text(at: i - 1)) else { continue }
                var end = i + 2
                while end < range.upperBound, capitalised(end) { end += 1 }
                let run = i..<min(tokens.count, end + 1)
                // A run that ends in an office is a title: "Chief Investment Officer", "General Manager".
                if !run.contains(where: { Self.institutionWords.contains(tokens.text(at: $0)) }),
                   !Self.officeEnds.contains(tokens.text(at: end - 1)) { return true }
            }
        }
        return false
    }

    /// Feelings that make "announce" or "share" the post's own news: "proud to announce",
    /// «يسعدنا أن نعلن». Such a sentence publishes; it does not point to a publication.
    static let announcingFeelings: WordSet = WordSet(["proud", "pleased", "happy", "delighted", "thrilled", "excited", "glad",
                                                      "يسعدنا", "نفخر", "فخورون", "يسرنا", "سعداء"].map(TextNormalizer.normalize))

    /// Whether every publication word in sentence `sentence` is the post announcing its own
    /// news, with a feeling just before it.
    static func announcesItself(_ sentence: Int, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        let words = post.hits(SharedLexicons.publication, inSentence: sentence)
        return !words.isEmpty && words.allSatisfy { hit in
            (max(post.text.sentences[sentence].lowerBound, hit.firstToken - 3)..<hit.firstToken).contains {
                announcingFeelings.contains(tokens.text(at: $0))
            }
        }
    }

    /// The speaker telling of their own health: "I had surgery", «أجريت لي عملية», «أعاني».
    static let ownHealth = Lexicon("policy.personal-data.own-health", [
        // Not "I had" alone: "I had the honour of visiting Ahmed Al-Balushi after his stroke" tells his.
        "i had surgery", "i had an operation", "i've had surgery", "i have had surgery", "i underwent", "i am recovering", "i'm recovering",
        "my surgery", "my operation", "my diagnosis", "my treatment", "=أجريت لي", "=اجريت لي", "=أعاني", "=اعاني", "=خضعت", "=عمليتي",
        "=تشخيصي", "=علاجي", "=مرضي",
    ])

    /// A private channel: "DM us", «راسلنا على الخاص».
    static let privateChannel = Lexicon("policy.personal-data.private-channel", [
        "dm us", "dm me", "message us", "message me", "direct message", "send us a dm", "send me a dm", "in private", "privately",
        "inbox us", "على الخاص", "ع الخاص", "في الخاص", "برسالة خاصة", "رسالة خاصة", "الرسائل الخاصة", "=راسلنا", "=راسلونا", "=راسلني",
    ])

    /// Whether the sentence of a record asks the person to send it in private: a private
    /// channel ("DM us", «راسلنا») before the record. "Your file shows three warnings; DM us"
    /// states the record first, and still discloses it.
    static func isAskedForInPrivate(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        post.hits(privateChannel, inSentence: post.sentenceIndex(of: hit)).contains { $0.endToken <= hit.firstToken }
    }

    /// Whether a health word names a unit rather than a condition: «قسم العناية المركزة».
    func isUnitName(_ fact: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        let before = max(0, fact.firstToken - 2)..<fact.firstToken
        let after = fact.endToken..<min(tokens.count, fact.endToken + 1)
        return before.contains { Self.unitWords.contains(tokens[$0].text) || tokens[$0].text.hasSuffix("قسم") }
            || after.contains { Self.serviceWords.contains(tokens[$0].text) }
    }

    /// An IBAN: two letters, two check digits, then 10-30 letters or digits, written
    /// whole or in groups of four.
    static func ibanEnd(at index: Int, in post: PostAnalysis) -> Int? {
        let tokens = post.text.tokens
        guard opensIBAN(start: tokens[index].start, end: tokens[index].end, in: post.text.scalars) else { return nil }
        func original(_ i: Int) -> String { post.text.excerpt(tokens[i].start, tokens[i].end) }
        var text = original(index)
        var end = index + 1
        while end < tokens.count, text.count < 34, tokens[end].start - tokens[end - 1].end <= 1,
              tokens[end].kind == .number || tokens[end].kind == .word,
              original(end).unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains(Character($0)) }) {
            text += original(end)
            end += 1
        }
        let digits = text.filter(\.isNumber).count
        guard (15...34).contains(text.count), digits >= 10,
              text.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains(Character($0))) })
        else { return nil }
        return end
    }

    /// Whether the token from `start` to `end` begins as an IBAN does: two ASCII letters and
    /// two digits as written. Read in place with nothing built, and asked by `check` before
    /// it calls `ibanEnd`: this runs for every token of every post, and nearly all fail it.
    @inline(__always)
    static func opensIBAN(start: Int, end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard end - start >= 4 else { return false }
        func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        return isLetter(scalars[start]) && isLetter(scalars[start + 1]) && isDigit(scalars[start + 2]) && isDigit(scalars[start + 3])
    }

    /// What comes before the "@" of an address: `address.split(separator: "@").first`, read
    /// as bytes when the address is plain printable ASCII (each byte one Character, so the
    /// same split), without splitting the whole address Character by Character.
    static func localPart(of address: String) -> String {
        var address = address
        let plain: String? = address.withUTF8 { bytes in
            guard bytes.allSatisfy({ (0x20..<0x7F).contains($0) }) else { return nil }
            let at = UInt8(ascii: "@")
            // `split` omits empty pieces: leading "@"s are skipped, and all "@" is nothing.
            guard let start = bytes.firstIndex(where: { $0 != at }) else { return "" }
            let end = bytes[start...].firstIndex(of: at) ?? bytes.endIndex
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        return plain ?? String(address.split(separator: "@").first ?? "")
    }

    /// `salim.alharthy@…` is a person; `care@`, `fraud@`, `ramp.roster@` are functions.
    static func isPersonalMailbox(_ local: String) -> Bool {
        // Plain printable ASCII (nearly every address) is one Character per byte, and its
        // only letters are A-Z and a-z: split, counted and tested as bytes, the same answers
        // without grapheme breaking. Anything else is read as Characters.
        let ascii = local.utf8.allSatisfy { (0x20..<0x7F).contains($0) }
        let parts = ascii
            ? local.utf8.split(whereSeparator: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") })
                .map { String(Substring($0)) }
            : local.split(whereSeparator: { $0 == "." || $0 == "_" || $0 == "-" }).map(String.init)
        if parts.contains(where: { roleMailboxes.contains($0) || functionWords.contains($0) }) { return false }
        func isLetterWord(_ part: String) -> Bool {
            guard ascii else { return part.count >= 2 && part.allSatisfy(\.isLetter) }
            return part.utf8.count >= 2 && part.utf8.allSatisfy { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
        }
        return parts.count >= 2 && parts.allSatisfy(isLetterWord)
    }

    static let functionWords: WordSet = [
        "roster", "desk", "fraud", "transfers", "people", "ops", "operations", "hotline", "reply", "noreply", "no", "admin",
        "accounts", "billing", "finance", "treasury", "board", "secretary", "corporate", "affairs", "relations", "public",
        "centre", "center", "unit", "dept", "department", "helpline", "claims", "refunds", "recruiting", "talent", "payroll",
        "benefits", "welfare", "wellbeing", "ethics", "compliance", "audit", "whistle", "speakup", "citizen", "licensing",
    ]

    func check(_ post: PostAnalysis) -> [Finding] {
        var findings: [Finding] = []
        let tokens = post.text.tokens
        let contextHits = post.hits(Self.context)
        let contextSentences = post.sentences(with: Self.context)
        // Health or HR details about someone the post addresses (@handle, "your").
        // A sentence that declines to discuss the record ("لن أخوض في ملفه") does not disclose it.
        // Nor does one that asks for it in private ("DM us your file reference", «أرسل لنا رقم ملفك على الخاص»).
        // "You" alone may be everyone: "test results are linked to your file automatically" tells the
        // public how a service works. Without an @handle the record needs its status ("your test result is positive").
        if let hit = post.hits(Self.records).first(where: { !post.declines(about: $0) && !Self.isAskedForInPrivate($0, in: post) }),
           post.text.hasToken(.mention)
            || !post.hits(SharedLexicons.secondPerson).isEmpty
                && (post.sentence(post.sentenceIndex(of: hit), has: Self.recordStatus) || namesSomeone(near: post.sentenceIndex(of: hit), in: post)) {
            findings.append(finding(Self.message1(post.feedbackLanguage, post.excerpt(hit)),
                                    tokens: hit.firstToken..<hit.endToken, in: post,
                                    suggestion: Self.suggestion1(post.feedbackLanguage)))
        }
        for index in tokens.indices where tokens[index].kind == .email {
            let token = tokens[index]
            let local = Self.localPart(of: token.text)
            if Self.isPersonalMailbox(local) || contextSentences.contains(token.sentence) {
                findings.append(finding(Self.message2(post.feedbackLanguage, post.text.excerpt(token.start, token.end)),
                                        tokens: index..<(index + 1), in: post,
                                        suggestion: Self.suggestion2(post.feedbackLanguage)))
            }
        }
        // A bank account in IBAN form, with or without the word "IBAN".
        let scalars = post.text.scalars
        var index = 0
        var ibanTokens = Set<Int>()
        while index < tokens.count {
            if Self.opensIBAN(start: tokens[index].start, end: tokens[index].end, in: scalars),
               let end = Self.ibanEnd(at: index, in: post) {
                ibanTokens.formUnion(index..<end)
                findings.append(finding(Self.message5(post.feedbackLanguage, post.text.excerpt(tokens[index].start, tokens[end - 1].end)),
                                        tokens: index..<end, in: post,
                                        suggestion: Self.suggestion5(post.feedbackLanguage)))
                index = end
            } else { index += 1 }
        }
        // The groups of an IBAN are no phone number.
        for range in post.evidence.phones where ibanTokens.isDisjoint(with: range) {
            let digits = tokens[range].filter { $0.kind == .number }.map(\.text).joined()
            let sentence = tokens[range.lowerBound].sentence
            if !Self.isServiceLine(digits),
               contextSentences.contains(sentence) || Self.isMobile(digits) && !Self.isGivenForEnquiries(range, in: post) {
                findings.append(finding(Self.message3(post.feedbackLanguage, post.text.excerpt(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)),
                                        tokens: range, in: post,
                                        suggestion: Self.suggestion3(post.feedbackLanguage)))
            }
        }
        // A patient, customer or member of staff named beside a diagnosis or a debt.
        let subjects = post.hits(Self.dataSubjects)
        // A story the person asked to have told names their condition with their consent.
        var facts = post.hits(Self.sensitiveFacts)
        if !facts.isEmpty && Self.hasConsent(in: post) { facts = HitList() }
        // Read only for a post with a fact to judge: most have none.
        let addressed = !facts.isEmpty && post.text.hasToken(.mention)
        var toldHealth = false
        for fact in facts {
            let sentence = post.sentenceIndex(of: fact)
            // The speaker's own health is theirs to share («أجريت لي عملية جراحية», "I had surgery").
            guard !Modality.negates(fact.firstToken, in: post), !isUnitName(fact, in: post), !post.sentence(sentence, has: Self.ownHealth),
                  !Self.namesAPolicy(fact, in: post), !Self.namesACalamity(fact, in: post),
                  case let modality = Modality.of(sentence: sentence, in: post),
                  modality.isDisjoint(with: [.negation, .quotation, .question]),
                  // Published elsewhere first, not announced by the post itself ("proud to announce that patient…").
                  !modality.contains(.published) || Self.announcesItself(sentence, in: post) else { continue }
            // A public reply that states the person's own account, bill or result, with its
            // status ("frozen", «متأخرة»): "you can split your instalments in the app" is help.
            let aboutTheirRecord = addressed && post.sentence(sentence, has: Self.recordStatus) && post.hits(Self.addressedRecords).contains { record in
                post.sentences(around: sentence).contains(post.sentenceIndex(of: record))
                    && !post.declines(about: record)
            }
            let named = subjects.contains { subject in
                guard post.sentenceIndex(of: subject) == sentence else { return false }
                // The name right after the word, or after a comma or a title ("the patient, Fatima",
                // "patient Mr Said"): "heart attack patients to Muscat" names a city.
                let following = subject.endToken..<min(tokens.count, subject.endToken + 2)
                return following.contains { i in
                    guard i == subject.endToken || tokens[i - 1].kind != .word || Self.nameTitles.contains(tokens.text(at: i - 1)) else { return false }
                    // A given name alone after the word names the person too: «زميلتنا منيرة».
                    return tokens[i].kind == .mention || Self.nameTitles.contains(tokens[i].text) || PersonName.arabicName(at: i, in: tokens) != nil
                        || tokens[i].isArabic && (PersonName.givenNames.contains(tokens[i].text)
                            || i == subject.endToken && PersonName.isNounNameAfterRole(tokens[i].text, roleSaysHas: Self.saysHas(subject, in: tokens)))
                        || (!tokens[i].isArabic && tokens[i].kind == .word
                            && post.text.scalars[tokens[i].start].properties.isUppercase)
                }
            }
            if named || aboutTheirRecord || namesSomeone(near: sentence, in: post) {
                findings.append(finding(Self.message6(post.feedbackLanguage, post.excerpt(fact)),
                                        tokens: fact.firstToken..<fact.endToken, in: post,
                                        suggestion: Self.suggestion6(post.feedbackLanguage)))
                toldHealth = true
                break
            }
        }
        // The other ways a post tells one person's record, in order; the first that applies is the finding.
        if !toldHealth {
            let language = post.feedbackLanguage
            if let owed = Self.amountOwedByAddressee(in: post) {
                findings.append(finding(Self.message6(language, post.excerpt(owed)), tokens: owed.firstToken..<owed.endToken, in: post,
                                        suggestion: Self.suggestion6(language)))
            } else if let few = Self.recordsOfAFew(in: post) {
                findings.append(finding(Self.message7(language, post.excerpt(few)), tokens: post.text.sentences[post.sentenceIndex(of: few)],
                                        in: post, suggestion: Self.suggestion7(language)))
            } else if let care = Self.onePatientsCare(in: post) ?? rebuttalWithTheirRecord(in: post) ?? Self.namedHealthStatus(in: post) {
                findings.append(finding(Self.message6(language, post.excerpt(care)), tokens: care.firstToken..<care.endToken, in: post,
                                        suggestion: Self.suggestion6(language)))
            }
        }
        // A long number right after "civil number", "رقم الملف", "IBAN"...
        // Whether a phone number holds the token, asked of its few ranges: a set of their
        // tokens cost a few thousand instructions whenever a context word was found.
        let phones = post.evidence.phones
        func inPhone(_ token: Int) -> Bool { phones.contains { $0.contains(token) } }
        for hit in contextHits {
            var next = hit.endToken
            while next < tokens.count, next < hit.endToken + 3, tokens[next].kind != .number { next += 1 }
            // An IBAN after "your account no." is reported once, as an IBAN.
            guard next < tokens.count, !inPhone(next), !ibanTokens.contains(next),
                  tokens[next].kind == .number || tokens[next].kind == .word else { continue }
            // A number written in groups ("0012-4471-889") counts whole.
            var last = next
            var digits = tokens[next].text.filter(\.isNumber).count
            while last + 2 < tokens.count, tokens[last + 1].text == "-", tokens[last + 2].kind == .number,
                  tokens[last + 1].start == tokens[last].end, tokens[last + 2].start == tokens[last + 1].end {
                last += 2
                digits += tokens[last].text.filter(\.isNumber).count
            }
            guard digits >= 5 else { continue }
            findings.append(finding(Self.message4(post.feedbackLanguage, post.text.excerpt(tokens[hit.firstToken].start, tokens[last].end)),
                                    tokens: hit.firstToken..<(last + 1), in: post,
                                    suggestion: Self.suggestion4(post.feedbackLanguage)))
        }
        return findings
    }

    /// The addressed person's own account said to owe an amount, in public: "@x settle the SAR
    /// 340,000 still outstanding on your credit card", «@x سدد ٣٤٠ ألف ريال المتبقية على
    /// بطاقتك». Needs the @handle (one person, not every reader), the account ("your card"),
    /// the debt and an amount in one sentence. Declining to discuss it, or asking for it in
    /// private, discloses nothing; a refund paid to "your card" owes nothing.
    static func amountOwedByAddressee(in post: PostAnalysis) -> PhraseMatcher.Hit? {
        guard post.text.hasToken(.mention) else { return nil }
        return post.hits(Self.addressedRecords).first { record in
            let sentence = post.sentenceIndex(of: record)
            return post.sentence(sentence, has: Self.amountOwed) && Entity.amount.occurs(in: sentence, of: post)
                && !post.declines(about: record) && !Self.isAskedForInPrivate(record, in: post)
                && Modality.of(sentence: sentence, in: post).isDisjoint(with: [.negation, .quotation, .question])
        }
    }

    /// Words between "for enquiries" and the number it gives: "call us on", «التواصل على الرقم».
    static let lineWords = WordSet(["on", "at", "via", "number", "no", "tel", "phone", "line", "us", "رقم", "الرقم", "على", "عبر", "معنا", "بنا",
                                    "هاتف", "الهاتف", "هاتفيا", "هاتفياً"].map(TextNormalizer.normalize))

    /// Whether the organisation gives the number for people to call: it comes right after
    /// "contact us", «للاستفسار التواصل على», with at most a few line words between, so no
    /// one else is named on the way ("contact our engineer Salim on …" still names him).
    static func isGivenForEnquiries(_ range: Range<Int>, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        var before = range.lowerBound
        while before > 0, range.lowerBound - before < 5,
              tokens[before - 1].kind == .punctuation || lineWords.contains(tokens.text(at: before - 1)) { before -= 1 }
        return post.hits(EvidenceLexicons.contactWords).contains { (before...range.lowerBound).contains($0.endToken) }
    }

    /// Whether a number is an organisation's own line, which is published to be called:
    /// a Gulf toll-free number (800 and three to seven digits) or a Saudi unified number
    /// (920 and six digits). "Call us on ٨٠٠١٢٣٤ about your account" names no person.
    static func isServiceLine(_ digits: String) -> Bool {
        (digits.hasPrefix("800") && (6...10).contains(digits.count)) || (digits.hasPrefix("920") && digits.count == 9)
    }

    /// Gulf mobile numbers: Oman 9x/7x, Saudi 05x, UAE 05x, Qatar 3/5/6/7, Kuwait 5/6/9, Bahrain 3x.
    static func isMobile(_ digits: String) -> Bool {
        var number = digits
        for prefix in ["00968", "968"] where number.hasPrefix(prefix) && number.count == prefix.count + 8 {
            number = String(number.dropFirst(prefix.count))
            return number.hasPrefix("9") || number.hasPrefix("7")
        }
        for prefix in ["00966", "966", "00971", "971"] where number.hasPrefix(prefix) {
            return number.dropFirst(prefix.count).hasPrefix("5")
        }
        for prefix in ["00974", "974", "00965", "965", "00973", "973"] where number.hasPrefix(prefix) && number.count == prefix.count + 8 {
            let first = number.dropFirst(prefix.count).first
            return ["3", "5", "6", "7", "9"].contains(first)
        }
        if number.count == 10, number.hasPrefix("05") { return true }
        if number.count == 8, number.hasPrefix("9") || number.hasPrefix("7") { return true }
        return false
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension PersonalDataRule {
    static let message1 = Localized(en: "'{1}' discloses someone's health or employment record in public.",
                                    ar: "«{1}» يكشف السجل الصحي أو الوظيفي لشخص على الملأ.")
    static let suggestion1 = Localized(en: "Never discuss a person's records in public; offer to talk privately.",
                                       ar: "لا تناقش سجلات أي شخص علناً؛ واعرض الحديث على الخاص.")
    static let message2 = Localized(en: "'{1}' looks like a person's own e-mail address.",
                                    ar: "«{1}» يبدو بريداً إلكترونياً شخصياً.")
    static let suggestion2 = Localized(en: "Use a function mailbox (care@, press@, ir@) or ask the person to send a direct message.",
                                       ar: "استخدم بريد جهة (care@ أو press@ أو ir@)، أو اطلب من الشخص مراسلتك على الخاص.")
    static let message3 = Localized(en: "'{1}' is a personal phone or ID number.",
                                    ar: "«{1}» رقم هاتف أو هوية شخصي.")
    static let suggestion3 = Localized(en: "Publish only official lines (toll-free or switchboard) and move personal details to a private message.",
                                       ar: "انشر الأرقام الرسمية فقط (المجاني أو السنترال)، وانقل التفاصيل الشخصية إلى رسالة خاصة.")
    static let message4 = Localized(en: "'{1}' publishes an identifying number.",
                                    ar: "«{1}» ينشر رقماً يكشف هوية صاحبه.")
    static let suggestion4 = Localized(en: "Never post ID, record or account numbers; ask the person to write to you privately.",
                                       ar: "لا تنشر أرقام الهويات أو السجلات أو الحسابات؛ واطلب من الشخص مراسلتك على الخاص.")
    static let message5 = Localized(en: "'{1}' is a bank account number (IBAN).",
                                    ar: "«{1}» رقم حساب مصرفي (آيبان).")
    static let suggestion5 = Localized(en: "Never post account numbers; confirm payments to the person privately.",
                                       ar: "لا تنشر أرقام الحسابات أبداً؛ وأكّد الدفعات لصاحبها على الخاص.")
    static let message7 = Localized(en: "'{1}' singles out a few customers by what your records show they did.",
                                    ar: "«{1}» يميّز عدداً قليلاً من العملاء بما تكشفه سجلاتكم عن نشاطهم.")
    static let suggestion7 = Localized(en: "Never joke with customers' viewing, order or search records; speak of trends across everyone, without counts that single a few out.",
                                       ar: "لا تمزح بسجلات المشاهدة أو الطلبات أو البحث لعملائك؛ تحدّث عن اتجاهات عامة بلا أعداد تميّز قلة منهم.")
    static let message6 = Localized(en: "'{1}' discloses a named person's health or financial situation.",
                                    ar: "«{1}» يكشف الحالة الصحية أو المالية لشخص مسمّى.")
    static let suggestion6 = Localized(en: "Never name a patient, customer or colleague with their health or finances; speak about numbers, not people.",
                                       ar: "لا تذكر اسم مريض أو عميل أو زميل مع حالته الصحية أو المالية؛ تحدّث بالأرقام لا بالأشخاص.")
}
