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
    /// Counted in bytes, the unit file systems limit names by (a letter with 200
    /// combining marks is one character and 401 bytes).
    static let maximumProfileNameBytes = 64

    static func isValidProfileName(_ name: String) -> Bool {
        let canonical = canonicalProfileName(name)
        return !canonical.isEmpty && canonical.utf8.count <= maximumProfileNameBytes && canonical.first != "." && canonical.first != "-"
            && canonical.unicodeScalars.allSatisfy {
                ($0.properties.isAlphabetic || $0.properties.numericType == .decimal || $0 == "-" || $0 == "_" || $0 == ".")
                    && $0.properties.generalCategory != .nonspacingMark && $0.properties.generalCategory != .enclosingMark
            }
    }

    /// The folder name for a profile: compatibility-normalised (NFKC), and a Latin name
    /// with Greek or Cyrillic look-alikes among its letters spelled in Latin, so names
    /// that look the same (full-width letters, ligatures, composed or decomposed accents,
    /// `hudа` with a Cyrillic `а`) are one profile, not several.
    static func canonicalProfileName(_ name: String) -> String {
        Confusables.latinSpelling(ofMixedScriptName: name.precomposedStringWithCompatibilityMapping)
    }

    /// The log, line by line with a limit per line. Lines that cannot be read stay in
    /// the log untouched; one copy of just those lines is kept beside it
    /// (`attempts.jsonl.damaged`), replaced rather than added to, so a damaged log costs
    /// its damaged bytes once however many times it is opened.
    func loadAttempts() -> [AttemptRecord] {
        damagedLines = 0
        guard let reader = Self.logReader(attemptsFile) else { return [] }
        var records: [AttemptRecord] = []
        var damaged: [UInt8] = []
        while let (bytes, _) = reader.nextBytes(limit: InputLimit.storeLine) {
            guard let bytes else { damagedLines += 1; continue }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            if let record = try? AttemptRecord.decode(line: String(decoding: bytes, as: UTF8.self)) {
                records.append(record)
            } else {
                damagedLines += 1
                if damaged.count + bytes.count <= InputLimit.storeLine {
                    damaged += bytes
                    damaged.append(0x0A)
                }
            }
        }
        if damagedLines > 0 {
            let copy = directory.appendingPathComponent("attempts.jsonl.damaged")
            if BoundedFile.contents(copy.path, limit: InputLimit.storeLine).map(Array.init) != damaged {
                try? OutputFile.write(damaged, toAbsolute: copy.path)
            }
            damagedCopy = copy
        }
        return records
    }

    /// A reader for one of the store's logs, or nil when there is none. Only a regular
    /// file (after links) is read: a log that is a link to a device such as `/dev/zero`
    /// or `/dev/full` would otherwise be read for ever.
    static func logReader(_ file: URL) -> BoundedLineReader? {
        var status = stat()
        guard stat(file.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return BoundedLineReader(path: file.path)
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
        guard let reader = Self.logReader(facilitatorFile) else { return [] }
        var events: [FacilitatorEvent] = []
        while let line = reader.next(limit: InputLimit.storeLine) {
            if case .text(let text) = line, let event = try? FacilitatorEvent.decode(line: text) { events.append(event) }
        }
        return events
    }

    /// History lines longer than this are not kept (a pasted document is not a command
    /// worth recalling), and the file is cut back to its last `historyLimit` lines when it
    /// grows past `historyFileLimit` bytes.
    static let historyLineLimit = 16 << 10
    static let historyLimit = 500
    static let historyFileLimit = 1 << 20

    func appendHistory(_ line: String) {
        guard line.utf8.count <= Self.historyLineLimit else { return }
        try? appendSynced(line.replacingOccurrences(of: "\n", with: " ") + "\n", to: historyFile, sync: false)
        var status = stat()
        if stat(historyFile.path, &status) == 0, Int(status.st_size) > Self.historyFileLimit {
            let kept = loadHistory().joined(separator: "\n") + "\n"
            try? OutputFile.write(Array(kept.utf8), toAbsolute: historyFile.path)
        }
    }

    func loadHistory(limit: Int = ProgressStore.historyLimit) -> [String] {
        guard let reader = Self.logReader(historyFile) else { return [] }
        var lines: [String] = []
        while let line = reader.next(limit: Self.historyLineLimit) {
            guard case .text(let text) = line, !text.isEmpty else { continue }
            lines.append(text)
            if lines.count > 2 * limit { lines.removeFirst(lines.count - limit) }
        }
        return Array(lines.suffix(limit))
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
    /// session's lines, and is on disk before the attempt is shown as saved. A log whose
    /// last line was cut short (a full disk, a killed writer) first gets its line end, so
    /// the torn fragment stays a damaged line of its own and the new attempt is whole.
    /// A write cut short says why (no space, file too large) in the system's words.
    private func appendSynced(_ text: String, to file: URL, sync: Bool = true) throws(Failure) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory.path, reason: error.localizedDescription)
        }
        let descriptor = open(file.path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotWrite(path: file.path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var bytes = Array(text.utf8)
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_size > 0 {
            var last: UInt8 = 0
            if pread(descriptor, &last, 1, status.st_size - 1) == 1, last != 0x0A { bytes.insert(0x0A, at: 0) }
        }
        if let error = OutputFile.writeAll(bytes, to: descriptor) {
            throw .cannotWrite(path: file.path, reason: String(cString: strerror(error)))
        }
        if sync, fsync(descriptor) != 0, errno != EINVAL {
            throw .cannotWrite(path: file.path, reason: String(cString: strerror(errno)))
        }
    }
}
