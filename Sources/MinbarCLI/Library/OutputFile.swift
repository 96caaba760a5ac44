import Foundation
import MinbarCore

/// Writes a whole document to the path the user named with `--out`, without ever
/// replacing something that is not a plain file: a device or a FIFO is written into
/// directly, a symbolic link is followed to its target, and `-` means standard output.
/// A plain file is written whole to a temporary file beside it and renamed, so a crash
/// never leaves half a file; it gets the store's permissions (0600), since an export
/// holds the same posts the store does.
enum OutputFile {
    /// Why a document could not be written, in the words shown to the user.
    enum Failure: Error, Equatable {
        case isFolder(String)
        case isSocket(String)
        case tooManyLinks(String)
        /// A system call failed with `code` (`errno`).
        case system(String, code: Int32)

        var path: String {
            switch self {
            case .isFolder(let path), .isSocket(let path), .tooManyLinks(let path), .system(let path, _): path
            }
        }

        /// The reason in the interface's language. The system's own text (`strerror`) is
        /// English; the failures a user meets when naming an output path are said in Arabic.
        func reason(_ language: Language) -> String {
            let arabic = language == .ar
            switch self {
            case .isFolder: return arabic ? "تعذّرت الكتابة: المسار مجلد" : "cannot write: it is a folder"
            case .isSocket: return arabic ? "تعذّرت الكتابة: المسار مقبس اتصال" : "cannot write: it is a socket"
            case .tooManyLinks: return arabic ? "تعذّرت الكتابة: روابط رمزية متداخلة أكثر مما ينبغي" : "cannot write: too many levels of symbolic links"
            case .system(_, let code):
                if arabic, let said = Self.arabicReasons[code] { return "تعذّرت الكتابة: " + said }
                return "cannot write: " + String(cString: strerror(code))
            }
        }

        /// The system failures a user meets when naming a file, in Arabic.
        static let arabicReasons: [Int32: String] = [
            ENOENT: "المجلد غير موجود", EACCES: "لا إذن بالكتابة هنا", EPERM: "لا إذن بالكتابة هنا", ENOSPC: "لا مساحة كافية على القرص",
            EROFS: "القرص للقراءة فقط", ENOTDIR: "جزء من المسار ليس مجلداً", EISDIR: "المسار مجلد", ENAMETOOLONG: "اسم الملف أطول من المسموح",
        ]
    }

    /// Writes `text` to `path` (as given by the user; `-` is standard output).
    static func write(_ text: String, to path: String, in context: ProgramContext) throws(UsageError) {
        if path == "-" {
            context.standardOutput.write(context.outputIsTerminal ? text.terminalSafe : text)
            return
        }
        do {
            try write(Array(text.utf8), toAbsolute: context.absolutePath(path))
        } catch {
            throw .unreadable(path, reason: error.reason(context.language))
        }
    }

    /// Writes `bytes` to an absolute path, following links and honouring special files.
    static func write(_ bytes: [UInt8], toAbsolute path: String) throws(Failure) {
        let target = try resolveLinks(path)
        var status = stat()
        if lstat(target, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw .isFolder(target)
            case S_IFSOCK: throw .isSocket(target)
            default:
                // A device or a FIFO: its contents are whatever it does with what is written.
                try writeDirectly(bytes, to: target)
                return
            }
        }
        try replaceAtomically(bytes, at: target)
    }

    /// The path a chain of symbolic links ends at (which may not exist yet).
    static func resolveLinks(_ path: String) throws(Failure) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw .system(current, code: errno) }
            let destination = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/")
                ? destination
                : (current as NSString).deletingLastPathComponent + "/" + destination
        }
        throw .tooManyLinks(path)
    }

    private static func writeDirectly(_ bytes: [UInt8], to path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw .system(path, code: errno) }
        defer { close(descriptor) }
        if let error = writeAll(bytes, to: descriptor) { throw .system(path, code: error) }
    }

    private static func replaceAtomically(_ bytes: [UInt8], at path: String) throws(Failure) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).minbar-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .system(path, code: errno) }
        var failure = writeAll(bytes, to: descriptor)
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw .system(path, code: failure)
        }
    }

    /// Writes every byte, retrying short writes (a short write under a file-size limit
    /// is followed by the write that says why); the errno of the failure, or nil.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
    }

    /// `writeAll(_:to:)` of bytes in place.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            offset += written
        }
        return nil
    }
}
