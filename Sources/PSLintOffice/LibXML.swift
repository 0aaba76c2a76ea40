import CLibXML2

/// libxml2 set-up shared by the readers.
enum LibXML {
    /// `xmlInitParser` is not reentrant: run it exactly once, before any parsing thread starts
    /// (a `static let` initialiser runs once, thread-safely).
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    static func ensureInitialised() {
        _ = initialised
    }
}

/// Collects the messages libxml2 raises while one document is parsed. It is fed by that
/// parser's own structured error handler (never a process-wide one), so parsers on other
/// threads are not affected and nothing reaches stderr.
final class XMLErrorSink {
    private(set) var firstError: String?
    private(set) var firstErrorLine: Int = 0

    func record(message: String, line: Int) {
        guard firstError == nil else { return }
        firstError = message
        firstErrorLine = line
    }

    /// "line 3: Opening and ending tag mismatch: p line 2 and body".
    var summary: String? {
        guard let firstError else { return nil }
        return firstErrorLine > 0 ? "line \(firstErrorLine): \(firstError)" : firstError
    }

    /// Records one of libxml2's structured errors (warnings are left out).
    func record(_ error: UnsafeMutablePointer<xmlError>) {
        guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
        record(message: XMLErrorSink.oneLine(message), line: Int(error.pointee.line))
    }

    /// Collapses white space (libxml2 messages end with a newline) into single spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == " " }).joined(separator: " ")
    }
}
