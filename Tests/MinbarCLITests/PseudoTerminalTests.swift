import Foundation
import Testing
import MinbarCore

/// Drives the real `minbar` binary through a pseudo-terminal, as a person at a keyboard
/// would: raw-mode line editing, Arabic input, Backspace, Ctrl-D.
final class PseudoTerminal: @unchecked Sendable {
    let master: Int32
    let process = Process()
    private let lock = NSLock()
    private var buffer = Data()

    init(arguments: [String], environment: [String: String] = ["NO_COLOR": "1"]) throws {
        // posix_openpt and ptsname are not in Swift's Glibc module; on Linux they are
        // /dev/ptmx plus two ioctls: unlock the pair (TIOCSPTLCK), learn its number (TIOCGPTN).
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        let TIOCSPTLCK: UInt = 0x4004_5431, TIOCGPTN: UInt = 0x8004_5430
        guard master >= 0, ioctl(master, TIOCSPTLCK, &unlock) == 0, ioctl(master, TIOCGPTN, &number) == 0 else {
            throw POSIXError(.ENODEV)
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw POSIXError(.ENODEV) }
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("minbar")
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ["TERM": "xterm-256color", "HOME": NSTemporaryDirectory()].merging(environment) { $1 }
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        close(slave)
        let master = self.master
        Thread.detachNewThread { [self] in
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(master, &chunk, chunk.count)
                if count <= 0 { break }
                lock.lock(); buffer.append(contentsOf: chunk[0..<count]); lock.unlock()
            }
        }
    }

    var output: String {
        lock.lock(); defer { lock.unlock() }
        return String(decoding: buffer, as: UTF8.self)
    }

    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits (up to 20 s, a guard against a hang, not a timing assertion) for text to appear.
    func waitFor(_ text: String, seconds: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if output.contains(text) { return true }
            usleep(20_000)
        }
        return false
    }

    /// Waits (a guard against a hang) until the terminal's echo is on or off.
    func waitForEcho(on: Bool) -> Bool {
        var attributes = termios()
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            tcgetattr(master, &attributes)
            if (attributes.c_lflag & tcflag_t(ECHO) != 0) == on { return true }
            usleep(20_000)
        }
        return false
    }

    /// Waits (a guard against a hang) until the process is in a state of /proc/PID/stat
    /// ("T": stopped).
    func waitForState(_ state: Character) -> Bool {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let stat = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
               let close = stat.lastIndex(of: ")"), stat[stat.index(close, offsetBy: 2)] == state { return true }
            usleep(20_000)
        }
        return false
    }

    /// Waits (up to 20 s) for the program to end; false when it had to be killed, so the
    /// process's termination status can always be read afterwards.
    func waitForExit() -> Bool {
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if !process.isRunning { return true }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return false
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }
}

@Suite struct PseudoTerminalTests {
    @Test func typingArabicWithBackspaceInARealTerminal() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-pty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let terminal = try PseudoTerminal(arguments: ["--data", data.path])
        #expect(terminal.waitFor("minbar› "), "the prompt appears: \(terminal.output)")
        // Tab completes the scenario id.
        terminal.type("/open investor-q3-marg\t\r")
        #expect(terminal.waitFor("Analyst asks about margins after Q3"), "\(terminal.output.suffix(400))")
        #expect(terminal.waitFor("minbar investor-q3-margins› "))
        // An Arabic post with a stray letter, removed by Backspace before Enter.
        terminal.type("نعتذرُ عن الهامش ٣٧٪x")
        terminal.type("\u{7F}\r")
        #expect(terminal.waitFor("↳ "), "\(terminal.output.suffix(600))")
        terminal.type("\u{04}")  // Ctrl-D quits
        #expect(terminal.waitForExit())
        #expect(terminal.process.terminationStatus == 0)
        let log = try String(contentsOf: data.appendingPathComponent("profiles/default/attempts.jsonl"), encoding: .utf8)
        #expect(log.contains("\"post\":\"نعتذرُ عن الهامش ٣٧٪\""), "\(log)")
        #expect(log.contains("\"language\":\"ar\""))
    }

    /// At 60 columns Tab's choices were one line the terminal wrapped inside ids
    /// ("crisis-warehous" / "e-fire"); they are columns that fit, each id whole, and the
    /// prompt of the open scenario is short enough to leave half the line for typing.
    @Test func tabChoicesAndThePromptFitANarrowTerminal() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-pty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let terminal = try PseudoTerminal(arguments: ["--data", data.path])
        var size = winsize(ws_row: 40, ws_col: 60, ws_xpixel: 0, ws_ypixel: 0)
        let TIOCSWINSZ: UInt = 0x5414
        #expect(ioctl(terminal.master, TIOCSWINSZ, &size) == 0)
        #expect(terminal.waitFor("minbar› "), "the prompt appears: \(terminal.output)")
        terminal.type("/open crisis-\t")
        #expect(terminal.waitFor("crisis-water-outage-ar"), "\(terminal.output.suffix(600))")
        #expect(terminal.waitFor("\r\n\r\u{1B}[Kminbar› /open crisis-"), "the line is drawn again under the choices")
        let shown = terminal.output
        let typed = try #require(shown.range(of: "/open crisis-"))
        let choices = shown[typed.upperBound...].components(separatedBy: "\r\n").dropFirst()
            .prefix { !$0.contains("minbar›") }
        #expect(choices.count > 1, "columns, not one line: \(choices)")
        for line in choices { #expect(line.terminalColumns < 60, "'\(line)' is \(line.terminalColumns) columns") }
        #expect(choices.joined(separator: " ").split(separator: " ").contains("crisis-warehouse-fire"))
        terminal.type("overbooked-flight\r")
        #expect(terminal.waitFor("\u{1B}[Kt0 T+0› "), "\(terminal.output.suffix(400))")
        terminal.type("\u{04}")
        #expect(terminal.waitForExit())
    }

    /// A draft wider than the terminal scrolls while it is typed; on Enter it is written
    /// whole, so the post the feedback quotes stays in the scrollback.
    @Test(arguments: [
        "Thank you for asking. Our Q3 gross margin was 37%, down from 41%, as our published results show; freight costs drove it and our plan cuts them by June.",
        "شكراً على سؤالك. بلغ هامشنا الإجمالي ٣٧٪ في الربع الثالث بعد ٤١٪، كما تبين نتائجنا المنشورة؛ والسبب تكاليف الشحن، وخطتنا تخفضها قبل يونيو.",
    ])
    func aLongDraftIsShownWholeOnceSubmitted(_ draft: String) throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-pty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let terminal = try PseudoTerminal(arguments: ["--data", data.path, "--open", "investor-q3-margins"])
        #expect(terminal.waitFor("minbar investor-q3-margins› "))
        terminal.type(draft)
        #expect(!terminal.waitFor(draft, seconds: 1), "while typing, the line scrolls")
        terminal.type("\r")
        #expect(terminal.waitFor("minbar investor-q3-margins› " + draft + "\r\n"), "\(terminal.output.suffix(400).debugDescription)")
        terminal.type("\u{04}")
        #expect(terminal.waitForExit())
    }

    /// Keys typed ahead are kept: a post, Enter and Ctrl-D in one burst (a paste, or a user
    /// typing while the last post is scored) score the post and then quit. Flushing the
    /// terminal's input when raw mode was switched, and dropping the keys read after Enter,
    /// lost the Ctrl-D, and the session waited for a key that had already been typed.
    @Test func keysTypedAheadOfTheFeedbackAreKept() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-pty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let terminal = try PseudoTerminal(arguments: ["--data", data.path, "--open", "investor-q3-margins"])
        #expect(terminal.waitFor("minbar investor-q3-margins› "))
        terminal.type("Our Q3 gross margin was 37%, as published today.\r/progress\r\u{04}")
        #expect(terminal.waitForExit(), "\(terminal.output.suffix(600))")
        #expect(terminal.process.terminationStatus == 0)
        let log = try String(contentsOf: data.appendingPathComponent("profiles/default/attempts.jsonl"), encoding: .utf8)
        #expect(log.contains("Our Q3 gross margin was 37%, as published today."), "\(log)")
    }

    /// A long paste from a terminal without bracketed paste (or `tmux send-keys`) is read
    /// in bursts and drawn once a burst: the line was drawn again after every character,
    /// each time measured whole, and 800 characters took 20 s of CPU, 4,800 never ended.
    @Test func aLongLineIsDrawnOnceABurstNotOnceACharacter() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-pty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let terminal = try PseudoTerminal(arguments: ["--data", data.path, "--open", "investor-q3-margins"])
        #expect(terminal.waitFor("minbar investor-q3-margins› "))
        let unit = "Our Q3 margin was 37%. نعتذر عن التأخير في النشر. "
        let draft = String(repeating: unit, count: 12)
        let before = terminal.output.components(separatedBy: "\r\u{1B}[K").count
        terminal.type(draft + "\r")
        #expect(terminal.waitFor("Verdict"), "\(terminal.output.suffix(300))")
        let redraws = terminal.output.components(separatedBy: "\r\u{1B}[K").count - before
        #expect(redraws < 40, "\(draft.count) characters drawn \(redraws) times")
        terminal.type("\u{04}")
        #expect(terminal.waitForExit())
        let log = try String(contentsOf: data.appendingPathComponent("profiles/default/attempts.jsonl"), encoding: .utf8)
        #expect(log.contains(draft.trimmingCharacters(in: .whitespaces)), "the post is kept whole")
    }

    /// Bracketed paste is turned on with the editor and off when the session ends; a
    /// pasted post of several lines is one draft, line breaks kept, scored once on Enter
    /// (each line was scored as a post of its own and moved the story on).
    @Test func aPastedPostOfSeveralLinesIsOneDraft() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-pty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let terminal = try PseudoTerminal(arguments: ["--data", data.path, "--open", "investor-q3-margins"])
        #expect(terminal.waitFor("minbar investor-q3-margins› "))
        #expect(terminal.output.contains("\u{1B}[?2004h"), "bracketed paste is asked for")
        terminal.type("\u{1B}[200~Our Q3 gross margin was 37%.\r\nنعتذر عن التأخير.\r\u{1B}[201~")
        #expect(terminal.waitFor("نعتذر عن التأخير.↵"), "\(terminal.output.suffix(300).debugDescription)")
        terminal.type("\r")
        #expect(terminal.waitFor("Verdict"), "\(terminal.output.suffix(300))")
        terminal.type("\u{04}")
        #expect(terminal.waitForExit())
        let log = try String(contentsOf: data.appendingPathComponent("profiles/default/attempts.jsonl"), encoding: .utf8)
        #expect(log.split(separator: "\n").count == 1, "one post: \(log)")
        #expect(log.contains(#""post":"Our Q3 gross margin was 37%.\nنعتذر عن التأخير.\n""#), "\(log)")
        let shown = terminal.output
        let on = try #require(shown.range(of: "\u{1B}[?2004h", options: .backwards))
        let off = try #require(shown.range(of: "\u{1B}[?2004l", options: .backwards), "turned off at the end")
        #expect(on.lowerBound < off.lowerBound)
    }

    /// Ctrl-D inside `/long` drops the draft, with a word, and the session goes on: it
    /// sent the lines typed so far as a post.
    @Test func controlDInsideLongDropsTheDraft() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-pty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let terminal = try PseudoTerminal(arguments: ["--data", data.path, "--open", "investor-q3-margins"])
        #expect(terminal.waitFor("minbar investor-q3-margins› "))
        terminal.type("/long\r")
        #expect(terminal.waitFor("… "))
        terminal.type("Our Q3 margin was 37%,\r")
        terminal.type("\u{04}")
        #expect(terminal.waitFor("Post dropped: it ended without a line"), "\(terminal.output.suffix(300))")
        terminal.type("/quit\r")
        #expect(terminal.waitForExit())
        #expect(terminal.process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("profiles/default/attempts.jsonl").path), "nothing scored")
    }

    /// Between lines the terminal is held without echo (see `RawTerminal.hold()`); when the
    /// session ends, by /quit or by Ctrl-D, echo and line mode are back for the shell.
    @Test(arguments: ["/quit\r", "\u{04}"])
    func theTerminalIsPutBackWhenTheSessionEnds(_ ending: String) throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-pty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let terminal = try PseudoTerminal(arguments: ["--data", data.path, "--open", "investor-q3-margins"])
        #expect(terminal.waitFor("minbar investor-q3-margins› "))
        terminal.type("Our Q3 gross margin was 37%, as published today.\r")
        #expect(terminal.waitFor("Verdict"), "\(terminal.output.suffix(300))")
        terminal.type(ending)
        #expect(terminal.waitForExit())
        var attributes = termios()
        tcgetattr(terminal.master, &attributes)
        #expect(attributes.c_lflag & tcflag_t(ECHO) != 0, "echo is back")
        #expect(attributes.c_lflag & tcflag_t(ICANON) != 0, "line mode is back")
    }

    @Test func controlCDropsTheLineAndTheSessionGoesOn() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-pty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let terminal = try PseudoTerminal(arguments: ["--data", data.path, "--open", "investor-q3-margins"])
        #expect(terminal.waitFor("minbar investor-q3-margins› "))
        terminal.type("a half-written post\u{03}")
        #expect(terminal.waitFor("^C"))
        terminal.type("/quit\r")
        #expect(terminal.waitForExit())
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("profiles/default/attempts.jsonl").path))
    }

    /// With colour on, the prompt carries escape sequences; the cursor must still sit
    /// right after the typed text (the prompt's width counts only what shows).
    @Test(arguments: ["draft", "نعتذرُ"])
    func theCursorEndsWhereTheTypedTextEndsWithColourOn(_ typed: String) throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-pty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let terminal = try PseudoTerminal(arguments: ["--data", data.path, "--open", "investor-q3-margins"], environment: ["MINBAR_LANG": "en"])
        #expect(terminal.waitFor("investor-q3-margins\u{1B}[0m› "), "the prompt is painted: \(terminal.output.suffix(300))")
        terminal.type(typed)
        let visiblePrompt = "minbar investor-q3-margins› "
        let column = visiblePrompt.count + typed.terminalColumns
        // Each redraw ends by returning to column 0 and moving right to the cursor.
        #expect(terminal.waitFor(typed + "\r\u{1B}[\(column)C"), "cursor at \(column): \(terminal.output.suffix(200).debugDescription)")
        terminal.type("\u{15}\u{04}")  // Ctrl-U empties the line, Ctrl-D quits
        #expect(terminal.waitForExit())
    }
}

/// A signal sent to the REPL while the terminal is raw puts the terminal back (echo and
/// line mode on) and ends with 128 + the signal's number (issue 16, item 10).
@Suite struct SignalRestoreTests {
    @Test(arguments: [SIGTERM, SIGHUP, SIGINT, SIGQUIT])
    func aSignalRestoresTheTerminal(signal: Int32) throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-signal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let terminal = try PseudoTerminal(arguments: ["--data", data.path])
        #expect(terminal.waitFor("›"))
        // The prompt is drawn in raw mode; wait until echo is really off before the signal.
        var attributes = termios()
        let deadline = Date().addingTimeInterval(20)
        repeat { usleep(20_000); tcgetattr(terminal.master, &attributes) } while attributes.c_lflag & tcflag_t(ECHO) != 0 && Date() < deadline
        #expect(attributes.c_lflag & tcflag_t(ECHO) == 0, "raw mode was on")
        kill(terminal.process.processIdentifier, signal)
        #expect(terminal.waitForExit())
        #expect(terminal.process.terminationReason == .exit)
        #expect(terminal.process.terminationStatus == 128 + signal)
        #expect(terminal.waitFor("\u{1B}[?2004l"), "bracketed paste is turned off")
        tcgetattr(terminal.master, &attributes)
        #expect(attributes.c_lflag & tcflag_t(ECHO) != 0, "echo is back")
        #expect(attributes.c_lflag & tcflag_t(ICANON) != 0, "line mode is back")
    }
}

/// A crash while the terminal is raw or held puts it back, and still ends as the crash it
/// was (killed by that signal), not as a normal exit that would hide it.
@Suite struct CrashRestoreTests {
    @Test(arguments: [SIGSEGV, SIGABRT, SIGILL, SIGBUS, SIGTRAP, SIGFPE])
    func aCrashPutsTheTerminalBackAndStillEndsAsACrash(signal: Int32) throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-crash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        // Without the runtime's backtracer: a crash signal sent from outside is no fault,
        // and the backtracer, once it has reported it, lets the program go on. (A real
        // fault was checked by hand: the report is printed, then the program ends.)
        // And no core file in the working directory.
        var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
        setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &noCore)
        let terminal = try PseudoTerminal(arguments: ["--data", data.path], environment: ["NO_COLOR": "1", "SWIFT_BACKTRACE": "enable=no"])
        #expect(terminal.waitFor("›"))
        #expect(terminal.waitForEcho(on: false), "raw mode was on")
        kill(terminal.process.processIdentifier, signal)
        #expect(terminal.waitForExit(), "the crash ended the program")
        #expect(terminal.process.terminationReason == .uncaughtSignal)
        #expect(terminal.process.terminationStatus == signal)
        var attributes = termios()
        tcgetattr(terminal.master, &attributes)
        #expect(attributes.c_lflag & tcflag_t(ECHO) != 0, "echo is back")
        #expect(attributes.c_lflag & tcflag_t(ICANON) != 0, "line mode is back")
    }
}

/// Ctrl-Z at the prompt stops Minbar with the terminal as the shell needs it; `fg`
/// (SIGCONT) sets raw mode again and redraws the line being typed, which is kept.
/// Serialized: one test changes this process's SIGTSTP, which a child inherits.
@Suite(.serialized) struct SuspendTests {
    /// Started with SIGTSTP ignored (a shell without job control), Ctrl-Z does not stop
    /// Minbar; the line goes on being edited.
    @Test func controlZIsIgnoredWhereTheParentIgnoresIt() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-suspend-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        signal(SIGTSTP, SIG_IGN)
        let started = Result { try PseudoTerminal(arguments: ["--data", data.path, "--open", "investor-q3-margins"]) }
        signal(SIGTSTP, SIG_DFL)
        let terminal = try started.get()
        #expect(terminal.waitFor("minbar investor-q3-margins› "))
        terminal.type("draft\u{1A} more")
        #expect(terminal.waitFor("draft more"), "\(terminal.output.suffix(200).debugDescription)")
        terminal.type("\u{15}\u{04}")
        #expect(terminal.waitForExit())
        #expect(terminal.process.terminationStatus == 0)
    }

    @Test func controlZStopsWithTheTerminalBackAndResumesTheLine() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-suspend-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let terminal = try PseudoTerminal(arguments: ["--data", data.path, "--open", "investor-q3-margins"])
        let prompt = "minbar investor-q3-margins› "
        #expect(terminal.waitFor(prompt))
        terminal.type("نعتذر عن")
        #expect(terminal.waitFor("نعتذر عن"))
        terminal.type("\u{1A}")
        #expect(terminal.waitForState("T"), "stopped")
        #expect(terminal.waitForEcho(on: true), "echo is back while stopped")
        #expect(terminal.waitFor("\u{1B}[?2004l"), "bracketed paste is off while stopped")
        let before = terminal.output.count
        kill(terminal.process.processIdentifier, SIGCONT)
        #expect(terminal.waitForEcho(on: false), "raw mode again")
        let deadline = Date().addingTimeInterval(20)
        while !String(terminal.output.dropFirst(before)).contains(prompt + "نعتذر عن"), Date() < deadline { usleep(20_000) }
        #expect(String(terminal.output.dropFirst(before)).contains(prompt + "نعتذر عن"), "the line is redrawn")
        #expect(String(terminal.output.dropFirst(before)).contains("\u{1B}[?2004h"), "bracketed paste is on again")
        terminal.type(" التأخير.\r")
        #expect(terminal.waitFor("Verdict") || terminal.waitFor("الحكم"), "\(terminal.output.suffix(300))")
        terminal.type("\u{04}")
        #expect(terminal.waitForExit())
        #expect(terminal.process.terminationStatus == 0)
        let log = try String(contentsOf: data.appendingPathComponent("profiles/default/attempts.jsonl"), encoding: .utf8)
        #expect(log.contains("نعتذر عن التأخير."), "\(log)")
    }
}

