import Foundation
import MinbarCore

/// A profile's saved practice on disk: `attempts.jsonl` (one attempt a line, appended
/// and synced to disk the moment it is scored, so a crash or a kill loses nothing and two
/// sessions on one profile never overwrite each other), `history` (typed lines) and
/// `profile.json`. Default place: `$XDG_DATA_HOME/minbar/profiles/NAME`, else
/// `~/.local/share/minbar/profiles/NAME`.
final class ProgressStore {
    enum Failure: Error {
        case cannotWrite(path: String, reason: String)
    }

    struct Profile: Codable, Equatable {
        var name: String
        var organisationType: String?
        /// The communication plan: a `.plan.md` path or a bundled plan id.
        var plan: String?
    }

    let directory: URL
    let profileName: String
    /// Lines of the log that could not be read when it was loaded (kept in the file).
    private(set) var damagedLines = 0
    /// Where a copy of a damaged log was put aside.
    private(set) var damagedCopy: URL?

    var attemptsFile: URL { directory.appendingPathComponent("attempts.jsonl") }
    var historyFile: URL { directory.appendingPathComponent("history") }
    /// A facilitator's jumps, injects, pauses and notes, one a line, saved as they happen.
    var facilitatorFile: URL { directory.appendingPathComponent("facilitator.jsonl") }
    var profileFile: URL { directory.appendingPathComponent("profile.json") }

    init(dataDirectory: URL, profile: String) {
        profileName = profile
        directory = dataDirectory.appendingPathComponent("profiles").appendingPathComponent(profile)
    }

    static func dataDirectory(option: String?, in context: ProgramContext) -> URL {
        if let option { return URL(fileURLWithPath: context.absolutePath(option)) }
        if let xdg = context.environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("minbar")
        }
        let home = context.environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/minbar")
    }

    /// Profile names become folder names, so they are kept to safe characters.
    static func isValidProfileName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && name.first != "." && name.first != "-"
            && name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }

    func loadAttempts() -> [AttemptRecord] {
        guard let data = FileManager.default.contents(atPath: attemptsFile.path) else { return [] }
        var records: [AttemptRecord] = []
        damagedLines = 0
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true) {
            if let record = try? AttemptRecord.decode(line: String(line)) { records.append(record) } else { damagedLines += 1 }
        }
        if damagedLines > 0 {
            // A copy is kept aside before anything else touches the file.
            let copy = directory.appendingPathComponent("attempts.jsonl.damaged-\(Int(Date().timeIntervalSince1970))")
            if !FileManager.default.fileExists(atPath: copy.path) { try? data.write(to: copy) }
            damagedCopy = copy
        }
        return records
    }

    func append(_ record: AttemptRecord) throws(Failure) {
        let line: String
        do { line = try record.jsonLine() + "\n" } catch { throw .cannotWrite(path: attemptsFile.path, reason: "\(error)") }
        try appendSynced(line, to: attemptsFile)
    }

    func append(_ event: FacilitatorEvent) throws(Failure) {
        let line: String
        do { line = try event.jsonLine() + "\n" } catch { throw .cannotWrite(path: facilitatorFile.path, reason: "\(error)") }
        try appendSynced(line, to: facilitatorFile)
    }

    /// The facilitator's events; a line that cannot be read is skipped (the file keeps it).
    func loadEvents() -> [FacilitatorEvent] {
        guard let data = FileManager.default.contents(atPath: facilitatorFile.path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { try? FacilitatorEvent.decode(line: String($0)) }
    }

    func appendHistory(_ line: String) {
        try? appendSynced(line.replacingOccurrences(of: "\n", with: " ") + "\n", to: historyFile, sync: false)
    }

    func loadHistory(limit: Int = 500) -> [String] {
        guard let data = FileManager.default.contents(atPath: historyFile.path) else { return [] }
        return Array(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).suffix(limit))
    }

    func loadProfile() -> Profile {
        guard let data = FileManager.default.contents(atPath: profileFile.path),
              let profile = try? JSONDecoder().decode(Profile.self, from: data) else {
            return Profile(name: profileName, organisationType: nil)
        }
        return profile
    }

    func save(_ profile: Profile) throws(Failure) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            // Written whole to a temporary file and renamed, so it is never half-written.
            try encoder.encode(profile).write(to: profileFile, options: .atomic)
        } catch {
            throw .cannotWrite(path: profileFile.path, reason: error.localizedDescription)
        }
    }

    /// One `write(2)` with O_APPEND, then fsync: the line lands whole, after any other
    /// session's lines, and is on disk before the attempt is shown as saved.
    private func appendSynced(_ text: String, to file: URL, sync: Bool = true) throws(Failure) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory.path, reason: error.localizedDescription)
        }
        let descriptor = open(file.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotWrite(path: file.path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw .cannotWrite(path: file.path, reason: String(cString: strerror(errno))) }
        if sync { fsync(descriptor) }
    }
}
