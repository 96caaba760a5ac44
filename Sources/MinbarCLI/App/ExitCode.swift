/// What the program's exit status means; scripts rely on these.
public enum ExitCode: Int32 {
    /// Done, nothing wrong.
    case success = 0
    /// The command ran, and what it checked failed (errors in files, a blocked post).
    case failure = 1
    /// The command was called wrongly, or its input could not be read.
    case usage = 2
}
