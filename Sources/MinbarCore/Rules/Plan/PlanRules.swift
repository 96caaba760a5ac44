/// Small plan-facing examples for the plan rules' own tests.
enum PlanExamples {
    static let plan = """
        # Sadeem Logistics communication plan
        id: sadeem-example
        organisation: Sadeem Logistics
        type: listed

        ## Objective sustainability: Show the sustainability strategy to shareholders
        audience: shareholders
        window: 2027-01-01 to 2027-06-30
        posts: 6
        cues: emissions, sustainability, الاستدامة, الانبعاثات

        ## Figures
        - emissions per unit down 18% since 2021 | value: 18% | as-of: 2026-12-31 | source: 2026 sustainability report | public: yes | cues: emissions, الانبعاثات
        - Q4 revenue +12% | value: 12% | as-of: 2026-12-31 | public: no | cues: revenue, الإيرادات
        - 2027 capital budget, OMR million | value: 65 | as-of: 2026-11-15 | public: no | cues: capital budget, capex, الميزانية الرأسمالية

        ## Certificates
        - ISO 14001 | issuer: BSI | awarded: 2022-03-01 | expires: 2025-03-01

        ## Ratings
        - MSCI ESG: A | date: 2026-11-01
        """
}
