import Foundation
import MinbarCLI
import MinbarTerminal

// A write past `ulimit -f` fails with EFBIG and is reported, instead of killing the
// program in the middle of a session.
signal(SIGXFSZ, SIG_IGN)
RawTerminal.installSignalHandlers()

let context = ProgramContext(
    environment: ProcessInfo.processInfo.environment,
    standardOutput: FileDescriptorSink(STDOUT_FILENO),
    standardError: FileDescriptorSink(STDERR_FILENO),
    standardInput: StandardInputLines(),
    currentDirectory: FileManager.default.currentDirectoryPath,
    outputIsTerminal: isatty(STDOUT_FILENO) == 1,
    inputIsTerminal: isatty(STDIN_FILENO) == 1,
    errorIsTerminal: isatty(STDERR_FILENO) == 1
)
exit(MinbarApp.run(Array(CommandLine.arguments.dropFirst()), in: context))
