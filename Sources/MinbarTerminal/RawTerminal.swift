#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a terminal in raw mode (bytes as typed, no echo, no signals from Ctrl-C) and
/// puts it back exactly as it was, even when the program leaves by an error path.
public final class RawTerminal {
    private let descriptor: Int32
    private var original = termios()
    public private(set) var isRaw = false

    public init(descriptor: Int32 = STDIN_FILENO) {
        self.descriptor = descriptor
    }

    /// Enters raw mode; false when the descriptor is not a terminal.
    @discardableResult
    public func enable() -> Bool {
        guard !isRaw, isatty(descriptor) == 1, tcgetattr(descriptor, &original) == 0 else { return isRaw }
        var raw = original
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_oflag &= ~tcflag_t(OPOST)
        raw.c_cflag |= tcflag_t(CS8)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        guard tcsetattr(descriptor, TCSAFLUSH, &raw) == 0 else { return false }
        isRaw = true
        return true
    }

    public func disable() {
        guard isRaw else { return }
        tcsetattr(descriptor, TCSAFLUSH, &original)
        isRaw = false
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
