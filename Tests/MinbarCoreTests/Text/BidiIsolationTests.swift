import Testing
@testable import MinbarCore

@Suite struct BidiIsolationTests {
    @Test func anArabicQuoteInAnEnglishSentenceIsIsolatedWithoutItsPunctuation() {
        let message = "'خارج عن إرادتنا' shifts blame; audiences judge the response (٣ مرات)."
        #expect(BidiIsolation.baseDirection(of: message) == .leftToRight)
        let isolated = BidiIsolation.runs(message, base: .leftToRight).filter(\.isolated).map { String($0.text) }
        #expect(isolated == ["خارج عن إرادتنا", "٣ مرات"])
        let terminal = BidiIsolation.isolatedForTerminal(message)
        #expect(terminal.hasPrefix("'\u{2068}خارج عن إرادتنا\u{2069}' shifts"))
        #expect(terminal.unicodeScalars.filter { $0.value == 0x2068 || $0.value == 0x2069 }.count == 4)
        #expect(terminal.terminalColumns == message.terminalColumns, "isolates take no column")
    }

    @Test func eachQuotedOrListedItemIsItsOwnRun() {
        let message = "The post does not address the goal, for example with 'انقطاع', 'انقطاع المياه', 'كسر'. For السكان, الإعلام, the post lacks a step."
        let isolated = BidiIsolation.runs(message, base: .leftToRight).filter(\.isolated).map { String($0.text) }
        #expect(isolated == ["انقطاع", "انقطاع المياه", "كسر", "السكان", "الإعلام"])
    }

    @Test func englishIdsInAnArabicSentenceAreIsolated() {
        let message = "عبارة «policy.mnpi» تكشف معلومات داخلية: Q4 revenue لم تُنشر بعد."
        #expect(BidiIsolation.baseDirection(of: message) == .rightToLeft)
        let isolated = BidiIsolation.runs(message, base: .rightToLeft).filter(\.isolated).map { String($0.text) }
        #expect(isolated == ["policy.mnpi", "Q4 revenue"])
        #expect(BidiIsolation.isolatedForTerminal("Plain English only.") == "Plain English only.")
    }

    @Test func htmlMessagesGetADirectionAndBdi() {
        let html = HTMLExporter.mixed("'خارج عن إرادتنا' shifts blame.")
        #expect(html == "<bdi dir=\"ltr\">&#39;<bdi>خارج عن إرادتنا</bdi>&#39; shifts blame.</bdi>")
        #expect(HTMLExporter.mixed("احذف \"هذا\" & ذاك") == "<bdi dir=\"rtl\">احذف &quot;هذا&quot; &amp; ذاك</bdi>")
    }

    @Test func chartsHaveTitlesAxesAndValues() {
        let svg = SVGCharts.line([55, 72, 90], title: "Overall over time")
        #expect(svg.contains("<title>Overall over time</title>"))
        for label in [">0<", ">50<", ">100<", ">55<", ">72<", ">90<", ">3<", ">attempt<"] { #expect(svg.contains(label), "\(label)") }
        let bars = SVGCharts.bars([("crisis", 64), ("investor", 81.5)], maximum: 100, title: "By kind", scaleLabel: "score")
        for label in ["<title>By kind</title>", ">64<", ">81.5<", ">crisis<", ">score<", ">100<"] { #expect(bars.contains(label), "\(label)") }
    }

    /// The first score's label is centred on its point: on the axis itself, a score near
    /// 100 wrote its digits over the axis's "100". The point must stand clear of the axis
    /// by half a three-digit label (about 8 pixels at size 9).
    @Test func theFirstScoreLabelStandsClearOfTheAxisLabels() throws {
        let svg = SVGCharts.line([100, 96, 98])
        let firstPoint = try #require(svg.firstRange(of: "<circle cx=\""))
        let x = try #require(Double(svg[firstPoint.upperBound...].prefix { $0 != "\"" }))
        #expect(x - 8 > 30, "the first point at x=\(x) puts its label on the y axis (at x=30)")
        let lastPoint = try #require(svg.ranges(of: "<circle cx=\"").last)
        let lastX = try #require(Double(svg[lastPoint.upperBound...].prefix { $0 != "\"" }))
        #expect(lastX + 8 < 320, "the last label runs off the chart")
    }

    /// An Arabic page (`dir="rtl"`) must not flip the charts' anchors: the SVG keeps a
    /// left-to-right geometry, and each Arabic label carries its own direction with the
    /// anchor swapped so it stays where it was placed (the axis label «المحاولة» had lost
    /// its first letters off the chart's edge, rule ids had shrunk to one letter).
    @Test func arabicChartsKeepTheirGeometryOnARightToLeftPage() {
        let svg = SVGCharts.line([40, 70], title: "الإجمالي عبر الزمن", xLabel: "المحاولة")
        #expect(svg.hasPrefix("<svg ") && svg.contains(" direction=\"ltr\""))
        // The title stands at the right edge (width 320 − 4), read from its right end.
        #expect(svg.contains("<text x=\"316.0\" y=\"14.0\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"start\" direction=\"rtl\""))
        // The axis label is placed by its right end at the chart's right margin.
        #expect(svg.contains("text-anchor=\"start\" direction=\"rtl\" fill=\"#666\">المحاولة</text>"))
        // Latin rule ids in an Arabic debrief stay left to right, right-aligned to the bars.
        let bars = SVGCharts.bars([("goal.audience-fit", 9)], maximum: 9, title: "الملاحظات لكل قاعدة", scaleLabel: "ملاحظات")
        #expect(bars.contains("text-anchor=\"end\" fill=\"#333\">goal.audience-fit</text>"))
        #expect(!bars.contains("direction=\"rtl\" fill=\"#333\">goal.audience-fit"))
        // English keeps its plain labels.
        let english = SVGCharts.line([40, 70], title: "Overall over time")
        #expect(english.contains("<text x=\"4.0\" y=\"14.0\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"start\">Overall over time</text>"))
    }
}
