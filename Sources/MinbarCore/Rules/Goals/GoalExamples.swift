/// Small scenarios the alignment rules' examples run against.
enum GoalExamples {
    static let english = """
        # Warehouse fire
        id: example-fire
        kind: crisis
        audience: public, employees
        platform: x
        language: en
        difficulty: 1

        ## Situation
        A fire broke out at the Sohar warehouse this morning. Six workers were treated.

        ## Goals
        - care: workers, injured, families | move: answer
        - facts: fire, warehouse | needs: figure
        - next: update, investigation | move: commit | needs: date, contact

        ## Avoid
        - speculation: arson, sabotage

        ## Confidential
        - the insurer's early estimate: loss adjusters, early estimate, the insurer's estimate

        ## Facts
        - injured workers: 6 | cues: injured, workers
        - homes near the site without water: 38,000 | cues: homes
        - lot of the burnt stock: LOT-0417 | cues: lot
        """

    static let arabic = """
        # حريق المستودع
        id: example-fire-ar
        kind: crisis
        audience: الجمهور
        platform: x
        language: ar
        difficulty: 1

        ## Situation
        اندلع حريق في مستودع صحار صباح اليوم، وأصيب ستة عمال.

        ## Goals
        - الاطمئنان: العمال، المصابين، الأسر | move: answer
        - الحقائق: حريق، المستودع | needs: figure
        - الخطوات: تحديث، التحقيق | move: commit | needs: date, contact

        ## Avoid
        - التكهن: متعمد، تخريب

        ## Confidential
        - تقدير شركة التأمين الأولي: التقدير الأولي، خبراء التأمين

        ## Facts
        - العمال المصابون: ٦ | cues: المصابين، أصيب
        - المنازل المجاورة بلا مياه: 38,000 | cues: منزل، منزلاً
        - دفعة المخزون المحترق: LOT-0417 | cues: الدفعة، دفعة
        """
}

extension PreparedBeat {
    /// Each goal's share of the alignment score: 100 split evenly, the remainder to the first goals.
    func weight(ofGoal index: Int) -> Int {
        let count = beat.goals.count
        guard count > 0 else { return 0 }
        return 100 / count + (index < 100 % count ? 1 : 0)
    }

    /// Whether the post contains one of goal `index`'s cue terms, and where (a topic
    /// mention; whether the goal is met is `PostAnalysis.goals`).
    func cueHit(forGoal index: Int, in post: PostAnalysis) -> PhraseMatcher.Hit? {
        post.hits(PreparedBeat.goalLexicon(index).lexicon).first
    }
}
