/// Names of the model's values as people read them, in either language (the ids in files
/// and JSON stay English).
extension EvidenceNeed {
    public func label(_ language: Language) -> String { describe(language == .ar ? .ar : .en).what }
}

extension ScenarioKind {
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (_, .en): rawValue
        case (.investor, .ar): "المستثمرون"
        case (.employee, .ar): "الموظفون"
        case (.media, .ar): "الإعلام"
        case (.community, .ar): "المجتمع"
        case (.crisis, .ar): "الأزمات"
        }
    }
}
