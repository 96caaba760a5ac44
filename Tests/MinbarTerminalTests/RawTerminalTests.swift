import Foundation
import Testing
@testable import MinbarTerminal

/// The terminal modes, read back from a real pseudo-terminal: what the line editor and the
/// time between two lines each need, and the settings put back exactly.
@Suite struct RawTerminalTests {
    /// A pseudo-terminal pair opened in process (see `PseudoTerminal` in the CLI tests for
    /// why /dev/ptmx and two ioctls).
    private static func openPair() throws -> (master: Int32, slave: Int32) {
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        let TIOCSPTLCK: UInt = 0x4004_5431, TIOCGPTN: UInt = 0x8004_5430
        guard master >= 0, ioctl(master, TIOCSPTLCK, &unlock) == 0, ioctl(master, TIOCGPTN, &number) == 0 else {
            throw POSIXError(.ENODEV)
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw POSIXError(.ENODEV) }
        return (master, slave)
    }

    private static func flags(_ descriptor: Int32) -> termios {
        var attributes = termios()
        tcgetattr(descriptor, &attributes)
        return attributes
    }

    /// Between two lines, a key typed while the last post is scored must wait as a byte:
    /// no echo over the feedback, no line discipline to turn Ctrl-D into the end of a line;
    /// output is still processed and Ctrl-C still interrupts.
    @Test func holdingQueuesKeysAsBytesAndKeepsOutputAndSignals() throws {
        let (master, slave) = try Self.openPair()
        defer { close(master); close(slave) }
        let found = Self.flags(slave)
        let terminal = RawTerminal(descriptor: slave)
        #expect(terminal.enable())
        terminal.hold()
        #expect(terminal.mode == .holding)
        let held = Self.flags(slave)
        #expect(held.c_lflag & tcflag_t(ECHO) == 0)
        #expect(held.c_lflag & tcflag_t(ICANON) == 0)
        #expect(held.c_lflag & tcflag_t(ISIG) == found.c_lflag & tcflag_t(ISIG))
        #expect(held.c_oflag == found.c_oflag)
        // Ctrl-D typed now reaches the program as the byte 4.
        var key: UInt8 = 4
        #expect(write(master, &key, 1) == 1)
        #expect(terminal.read() == [4])
        terminal.disable()
        let restored = Self.flags(slave)
        #expect(restored.c_lflag == found.c_lflag && restored.c_iflag == found.c_iflag && restored.c_oflag == found.c_oflag)
        #expect(terminal.mode == .cooked)
    }

    /// Raw mode entered from holding is still set from the settings as found, and leaving
    /// it puts those back, not the held ones.
    @Test func rawAfterHoldingRestoresWhatWasFound() throws {
        let (master, slave) = try Self.openPair()
        defer { close(master); close(slave) }
        let found = Self.flags(slave)
        let terminal = RawTerminal(descriptor: slave)
        terminal.hold()
        #expect(terminal.enable())
        #expect(terminal.isRaw)
        #expect(Self.flags(slave).c_oflag & tcflag_t(OPOST) == 0)
        terminal.disable()
        let restored = Self.flags(slave)
        #expect(restored.c_lflag == found.c_lflag && restored.c_oflag == found.c_oflag)
    }

    @Test func aPipeIsNeitherRawNorHeld() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        let terminal = RawTerminal(descriptor: ends[0])
        #expect(!terminal.enable())
        terminal.hold()
        #expect(terminal.mode == .cooked)
    }
}
