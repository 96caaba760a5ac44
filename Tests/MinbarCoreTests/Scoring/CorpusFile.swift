import Foundation

/// The labelled corpora in Tests/MinbarCoreTests/Corpus, one JSON object per line. Every
/// corpus test reads its file through here; a line that does not parse is skipped, and
/// each test checks the counts it needs, so a damaged file fails loudly there.
enum CorpusFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")

    /// The JSON objects of `name`, in file order; empty when the file cannot be read.
    static func objects(_ name: String) -> [[String: Any]] {
        guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        }
    }
}
