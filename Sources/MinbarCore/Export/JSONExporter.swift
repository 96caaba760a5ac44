import Foundation

/// The full record: every attempt with a `schemaVersion`, stable field names (documented
/// in the README), read back by `minbar import`.
public enum JSONExporter {
    public static let schemaVersion = 1

    public struct Document: Codable, Equatable, Sendable {
        public var schemaVersion: Int
        public var profile: String
        public var generated: Date
        public var attempts: [AttemptRecord]
        /// What a facilitator did during the practice (absent in older exports).
        public var events: [FacilitatorEvent]?
    }

    public enum ImportError: Error, Equatable {
        /// The file stops being JSON at this place (a CSV or Markdown export at 1:1).
        case notJSON(SourceLocation)
        /// A field an export always has is missing, `within` a place in the file's own terms
        /// (`attempts[0]`, "the top level"), which starts at `location` in the file.
        case missingField(String, within: String, location: SourceLocation?)
        /// A value of the wrong kind at a place (`attempts[0].time`), which starts at `location`.
        case wrongType(at: String, location: SourceLocation?)
        /// JSON that the decoder refused for another reason, in its words.
        case unreadable(String)
        case unsupportedSchema(Int)
        /// An attempt holds a value Minbar could not have written (see `ImportValidation`).
        case invalid(ImportValidation.Problem)
    }

    public static func render(_ transcript: Transcript) throws -> String {
        let document = Document(schemaVersion: schemaVersion, profile: transcript.profile, generated: transcript.generated,
                                attempts: transcript.attempts, events: transcript.events.isEmpty ? nil : transcript.events)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    /// The place `describe` gives the document itself.
    public static let topLevel = "the top level"

    /// Where in the document a decoding error stands, as a reader of the file would say it:
    /// `attempts[0].scores`, or "the top level" ("at attempts.Index 0" was Swift's own).
    static func describe(_ path: [any CodingKey]) -> String {
        guard !path.isEmpty else { return topLevel }
        var text = ""
        for key in path {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return text
    }

    /// Where the value a decoding error names starts in the file (see `JSONSyntax.location(ofValueAt:in:)`).
    static func locate(_ path: [any CodingKey], in data: Data) -> SourceLocation? {
        JSONSyntax.location(ofValueAt: path.map { $0.intValue.map(JSONSyntax.PathStep.index) ?? .key($0.stringValue) }, in: data)
    }

    public static func read(_ data: Data) throws(ImportError) -> Document {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
           let version = object["schemaVersion"] as? Int, version != schemaVersion {
            throw .unsupportedSchema(version)
        }
        let document: Document
        do {
            document = try decoder.decode(Document.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            if let place = JSONSyntax.firstError(in: data) { throw .notJSON(place) }
            throw .unreadable(context.codingPath.isEmpty ? context.debugDescription : "\(context.debugDescription) at \(describe(context.codingPath))")
        } catch let DecodingError.keyNotFound(key, context) {
            throw .missingField(key.stringValue, within: describe(context.codingPath), location: locate(context.codingPath, in: data))
        } catch let DecodingError.typeMismatch(_, context) {
            throw .wrongType(at: describe(context.codingPath), location: locate(context.codingPath, in: data))
        } catch let DecodingError.valueNotFound(_, context) {
            throw .wrongType(at: describe(context.codingPath), location: locate(context.codingPath, in: data))
        } catch {
            if let place = JSONSyntax.firstError(in: data) { throw .notJSON(place) }
            throw .unreadable("\(error)")
        }
        if let problem = ImportValidation.firstProblem(in: document.attempts) { throw .invalid(problem) }
        return document
    }
}
