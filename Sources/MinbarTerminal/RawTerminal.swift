#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a signal handler needs to put the terminal back: plain globals, since a handler
/// may not take locks or allocate.
enum SignalRestore {
    static let signals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]
    nonisolated(unsafe) static var descriptor: Int32 = STDIN_FILENO
    nonisolated(unsafe) static var original = termios()
    nonisolated(unsafe) static var isRaw: sig_atomic_t = 0
}

/// Puts a terminal in raw mode (bytes as typed, no echo, no signals from Ctrl-C) and
/// puts it back exactly as it was, even when the program leaves by an error path.
public final class RawTerminal {
    /// How the terminal is set.
    public enum Mode: Sendable {
        /// As it was found.
        case cooked
        /// Bytes as typed, for the line editor.
        case raw
        /// Between two lines (see `hold()`).
        case holding
    }

    private let descriptor: Int32
    private var original = termios()
    public private(set) var mode = Mode.cooked
    public var isRaw: Bool { mode == .raw }

    public init(descriptor: Int32 = STDIN_FILENO) {
        self.descriptor = descriptor
    }

    /// Reads the terminal's settings as found, once: raw and holding modes are set from
    /// them, and `disable()` puts them back.
    private func saveOriginal() -> Bool {
        if mode != .cooked { return true }
        guard isatty(descriptor) == 1, tcgetattr(descriptor, &original) == 0 else { return false }
        // Saved where a signal handler can reach it before raw mode starts.
        SignalRestore.descriptor = descriptor
        SignalRestore.original = original
        return true
    }

    /// Enters raw mode; false when the descriptor is not a terminal.
    @discardableResult
    public func enable() -> Bool {
        guard mode != .raw else { return true }
        guard saveOriginal() else { return false }
        var raw = original
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_oflag &= ~tcflag_t(OPOST)
        raw.c_cflag |= tcflag_t(CS8)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        // TCSADRAIN, not TCSAFLUSH: flushing would throw away what was typed ahead while the
        // program worked (the next line, a Ctrl-D), and a pasted second line with it.
        guard tcsetattr(descriptor, TCSADRAIN, &raw) == 0 else { return false }
        SignalRestore.isRaw = 1
        mode = .raw
        return true
    }

    /// Holds the terminal between two lines, while the program works on the last one:
    /// no echo and no line discipline, so keys typed meanwhile wait as bytes for the line
    /// editor, and a Ctrl-D among them is a key rather than the end of a cooked line, which
    /// the line discipline swallowed when raw mode came back (the session then waited for a
    /// key already typed). Output is processed and Ctrl-C interrupts, as when cooked.
    public func hold() {
        guard mode != .holding, saveOriginal() else { return }
        var held = original
        held.c_lflag &= ~tcflag_t(ECHO | ICANON)
        withUnsafeMutableBytes(of: &held.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        guard tcsetattr(descriptor, TCSADRAIN, &held) == 0 else { return }
        SignalRestore.isRaw = 1
        mode = .holding
    }

    /// Puts the terminal back as it was found.
    public func disable() {
        guard mode != .cooked else { return }
        tcsetattr(descriptor, TCSADRAIN, &original)
        SignalRestore.isRaw = 0
        mode = .cooked
    }

    /// Makes SIGTERM, SIGHUP, SIGINT and SIGQUIT put the terminal back as it was (when raw
    /// mode is on) and end the program with the conventional status 128 + the signal's
    /// number, instead of leaving the terminal without echo or line editing (or, for
    /// SIGQUIT, printing a crash report). The signals are also unblocked, since a parent
    /// may have started Minbar with them blocked.
    public static func installSignalHandlers() {
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in SignalRestore.signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                // Only async-signal-safe calls here: tcsetattr and _exit.
                if SignalRestore.isRaw != 0 { tcsetattr(SignalRestore.descriptor, TCSAFLUSH, &SignalRestore.original) }
                _exit(128 + number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
            sigaddset(&unblock, signal)
        }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
    }

    /// Reads what is available (blocking for at least one byte); empty at end of input.
    public func read() -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, 256) }
            if count < 0 && errno == EINTR { continue }
            return count <= 0 ? [] : Array(buffer[0..<count])
        }
    }

    /// The terminal's width in columns, if it says.
    public static func width(of descriptor: Int32 = STDOUT_FILENO) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    deinit { disable() }
}
