#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a signal handler needs to put the terminal back: plain globals, since a handler
/// may not take locks or allocate.
enum SignalRestore {
    /// Signals that end the program: the handler puts the terminal back and exits 128 + n.
    static let endings: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]
    /// Crashes (a Swift trap is SIGILL on x86-64 and SIGTRAP on arm64): the handler puts
    /// the terminal back, then hands the signal to whoever handled it before (the default,
    /// or the Swift runtime's backtracer), so the crash is still reported as a crash.
    static let crashes: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]
    nonisolated(unsafe) static var descriptor: Int32 = STDIN_FILENO
    /// The settings as found, for the shell.
    nonisolated(unsafe) static var original = termios()
    /// The settings of the current mode (raw or holding), put back after Ctrl-Z and `fg`.
    nonisolated(unsafe) static var current = termios()
    /// Whether the terminal is not as found (raw or holding).
    nonisolated(unsafe) static var isChanged: sig_atomic_t = 0
    /// The crash handlers found at start-up, by signal number; allocated once, before any
    /// handler can run, since a handler may not allocate.
    nonisolated(unsafe) static var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    /// Whether bracketed paste is on, and where to write the sequence that turns it off.
    nonisolated(unsafe) static var pasteOn: sig_atomic_t = 0
    nonisolated(unsafe) static var pasteDescriptor: Int32 = STDOUT_FILENO

    /// Turns bracketed paste off (`ESC [ ? 2004 l`) if it is on; async-signal-safe.
    static func pasteOff() { writePasteMode(0x6C) }

    /// Turns bracketed paste back on (`ESC [ ? 2004 h`) after `fg`, if it was on; async-signal-safe.
    static func pasteAgain() { writePasteMode(0x68) }

    /// Writes `ESC [ ? 2004` and `final` ("h" on, "l" off) when paste mode was asked for,
    /// from a tuple on the stack: a signal handler may not allocate.
    private static func writePasteMode(_ final: UInt8) {
        guard pasteOn != 0 else { return }
        var bytes: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0x1B, 0x5B, 0x3F, 0x32, 0x30, 0x30, 0x34, final)
        _ = withUnsafeBytes(of: &bytes) { write(pasteDescriptor, $0.baseAddress, 8) }
    }
}

/// Puts a terminal in raw mode (bytes as typed, no echo, no signals from Ctrl-C), or holds
/// it between two lines, and puts it back exactly as it was, even when the program leaves
/// by an error path, a signal or a crash.
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
    /// Where the terminal's output goes: bracketed paste is turned on and off there.
    private let outputDescriptor: Int32
    /// Turn on bracketed paste with raw mode: the terminal then marks pasted text
    /// (`ESC [ 200 ~` … `ESC [ 201 ~`), so a pasted line break is part of the draft, not
    /// Enter. It stays on between lines (a paste typed ahead is still marked) and goes off
    /// wherever the terminal is put back: `disable()`, a signal, a crash, Ctrl-Z (on
    /// again after `fg`). A terminal without it ignores the request.
    public var bracketedPaste = false
    public private(set) var mode = Mode.cooked
    public var isRaw: Bool { mode == .raw }

    public init(descriptor: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        self.descriptor = descriptor
        self.outputDescriptor = output
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
        SignalRestore.current = raw
        SignalRestore.isChanged = 1
        mode = .raw
        if bracketedPaste, SignalRestore.pasteOn == 0, isatty(outputDescriptor) == 1 {
            SignalRestore.pasteDescriptor = outputDescriptor
            SignalRestore.pasteOn = 1
            SignalRestore.pasteAgain()
        }
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
        SignalRestore.current = held
        SignalRestore.isChanged = 1
        mode = .holding
    }

    /// Puts the terminal back as it was found.
    public func disable() {
        guard mode != .cooked else { return }
        SignalRestore.pasteOff()
        SignalRestore.pasteOn = 0
        tcsetattr(descriptor, TCSADRAIN, &original)
        SignalRestore.isChanged = 0
        mode = .cooked
    }

    /// Installs the handlers that keep the terminal usable whatever happens while it is
    /// raw or held (see `SignalRestore`; the signals are also unblocked, since a parent may
    /// have started Minbar with them blocked):
    /// - SIGTERM, SIGHUP, SIGINT and SIGQUIT put it back as found and end the program with
    ///   the conventional status 128 + the signal's number (for SIGQUIT, instead of a crash
    ///   report);
    /// - a crash puts it back, then is handed on, so it still ends as that crash;
    /// - Ctrl-Z (SIGTSTP) puts it back before the program stops, and `fg` (SIGCONT) sets
    ///   the current mode again.
    public static func installSignalHandlers() {
        var unblock = sigset_t()
        sigemptyset(&unblock)
        func install(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handler
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_ONSTACK
            sigaction(signal, &action, nil)
            sigaddset(&unblock, signal)
        }
        // Only async-signal-safe calls in the handlers: tcsetattr, sigaction, sigprocmask,
        // raise and _exit.
        for signal in SignalRestore.endings {
            install(signal) { number in
                SignalRestore.pasteOff()
                if SignalRestore.isChanged != 0 { tcsetattr(SignalRestore.descriptor, TCSAFLUSH, &SignalRestore.original) }
                _exit(128 + number)
            }
        }
        for signal in SignalRestore.crashes {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { number, info, _ in
                SignalRestore.pasteOff()
                if SignalRestore.isChanged != 0 { tcsetattr(SignalRestore.descriptor, TCSANOW, &SignalRestore.original) }
                sigaction(number, SignalRestore.previous + Int(number), nil)
                // A fault (si_code > 0) happens again when this handler returns, and reaches
                // the previous handler with its own address and context. A signal sent by a
                // process or by abort() is sent again: it waits, blocked, until this
                // handler returns.
                if (info?.pointee.si_code ?? 0) <= 0 { raise(number) }
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            sigaction(signal, &action, SignalRestore.previous + Int(signal))
            sigaddset(&unblock, signal)
        }
        // A parent that ignores SIGTSTP (a shell without job control) keeps it ignored, as
        // a shell's own children do; Ctrl-Z then only redraws the line.
        var found = sigaction()
        sigaction(SIGTSTP, nil, &found)
        let ignored = unsafeBitCast(found.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
        if !ignored {
            install(SIGTSTP) { _ in
                SignalRestore.pasteOff()
                if SignalRestore.isChanged != 0 { tcsetattr(SignalRestore.descriptor, TCSANOW, &SignalRestore.original) }
                // Stop for real: the default action, delivered once the signal is unblocked.
                var stop = sigaction()
                stop.__sigaction_handler.sa_handler = SIG_DFL
                sigemptyset(&stop.sa_mask)
                var previous = sigaction()
                sigaction(SIGTSTP, &stop, &previous)
                raise(SIGTSTP)
                var tstp = sigset_t()
                sigemptyset(&tstp)
                sigaddset(&tstp, SIGTSTP)
                sigprocmask(SIG_UNBLOCK, &tstp, nil)
                // Stopped here until SIGCONT.
                sigaction(SIGTSTP, &previous, nil)
                if SignalRestore.isChanged != 0 { tcsetattr(SignalRestore.descriptor, TCSANOW, &SignalRestore.current) }
                SignalRestore.pasteAgain()
            }
        }
        // Also after a SIGSTOP, which cannot be caught: the shell may have reset the terminal.
        install(SIGCONT) { _ in
            if SignalRestore.isChanged != 0 { tcsetattr(SignalRestore.descriptor, TCSANOW, &SignalRestore.current) }
            SignalRestore.pasteAgain()
        }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        installAlternateStack()
    }

    /// Gives the handlers a stack of their own (SA_ONSTACK) when nobody has (the Swift
    /// runtime's backtracer may have), so a crash by stack overflow still puts the terminal
    /// back.
    private static func installAlternateStack() {
        var existing = stack_t()
        guard sigaltstack(nil, &existing) == 0, existing.ss_flags & Int32(SS_DISABLE) != 0 else { return }
        let size = 64 * 1024
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
    }

    /// Stops the program as Ctrl-Z does in a shell (the line editor reads Ctrl-Z as a key,
    /// since raw mode turns signals off); the SIGTSTP handler puts the terminal back first
    /// and sets the current mode again on `fg`.
    public static func suspend() {
        raise(SIGTSTP)
    }

    /// Whether bytes are waiting to be read now (a paste still arriving, keys typed
    /// ahead): the editor reads them all before it draws the line again.
    public func hasInput() -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while true {
            let ready = poll(&request, 1, 0)
            if ready < 0 && errno == EINTR { continue }
            return ready > 0 && request.revents & Int16(POLLIN) != 0
        }
    }

    /// Reads what is available (blocking for at least one byte); empty at end of input.
    public func read() -> [UInt8] {
        let size = 16 * 1024
        var buffer = [UInt8](repeating: 0, count: size)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, size) }
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
