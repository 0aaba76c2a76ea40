import CLibXML2
import PSLintCore

/// Drives libxml2's HTML parser (SAX, no tree) over a UTF-8 buffer and forwards its events to
/// an `HTMLDocumentBuilder`, with the line and column of every character.
///
/// Options: `HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER`
/// (malformed markup is repaired the way libxml2 repairs it; its messages are dropped, nothing
/// reaches stderr), plus `HTML_PARSE_IGNORE_ENC` because the buffer is already UTF-8.
/// Entities are decoded by libxml2 (HTML's named entities, not XML entity expansion).
///
/// Positions: libxml2 reports where its input cursor is when it hands over a piece of text.
/// Text copied from the page is found again in the buffer right before that point (checked
/// byte for byte), so its positions are exact; a decoded entity is placed at its `&`.
final class HTMLSAXParser {
    private let buffer: UnsafeBufferPointer<UInt8>
    private var positions: SourcePositions
    let builder = HTMLDocumentBuilder()
    private var context: htmlParserCtxtPtr?

    private init(buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
        self.positions = SourcePositions(buffer)
    }

    /// Parses `bytes` (UTF-8, LF line ends) into blocks.
    static func parse(_ bytes: [UInt8]) throws(InputError) -> [Block] {
        let (blocks, overBudget) = run(bytes)
        if overBudget { throw InputError(TableAssembly.overBudgetMessage) }
        return blocks
    }

    private static func run(_ bytes: [UInt8]) -> ([Block], Bool) {
        LibXML.ensureInitialised()
        return bytes.withUnsafeBufferPointer { buffer -> ([Block], Bool) in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return ([], false) }
            let parser = HTMLSAXParser(buffer: buffer)
            let raw = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let context = htmlCreateMemoryParserCtxt(raw, Int32(buffer.count)) else { return ([], false) }
            parser.context = context
            // Without this libxml2 takes an undeclared page for ISO-8859-1; the buffer is UTF-8
            // (no converter is installed: offsets stay those of the buffer).
            context.pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
            defer {
                if let document = context.pointee.myDoc { xmlFreeDoc(document) }
                context.pointee.myDoc = nil
                htmlFreeParserCtxt(context)
            }
            var handler = htmlSAXHandler()
            handler.initialized = 1
            handler.startElement = HTMLSAXParser.startElement
            handler.endElement = HTMLSAXParser.endElement
            handler.characters = HTMLSAXParser.characters
            handler.ignorableWhitespace = HTMLSAXParser.characters
            handler.cdataBlock = { _, _, _ in }  // script and style bodies
            context.pointee.sax.pointee = handler
            context.pointee.userData = UnsafeMutableRawPointer(context)
            context.pointee._private = Unmanaged.passUnretained(parser).toOpaque()
            let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                                | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
            _ = htmlCtxtUseOptions(context, options)
            _ = htmlParseDocument(context)
            let blocks = parser.builder.finish()
            return (blocks, parser.builder.overBudget)
        }
    }

    private static func parser(_ context: UnsafeMutableRawPointer?) -> HTMLSAXParser? {
        guard let context else { return nil }
        let parserContext = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let opaque = parserContext.pointee._private else { return nil }
        return Unmanaged<HTMLSAXParser>.fromOpaque(opaque).takeUnretainedValue()
    }

    private static let startElement: startElementSAXFunc = { context, name, attributes in
        guard let parser = parser(context), let name else { return }
        var values: [String: String] = [:]
        if var cursor = attributes {
            while let key = cursor.pointee {
                let value = (cursor + 1).pointee
                values[String(cString: key).lowercased()] = value.map { String(cString: $0) } ?? ""
                cursor += 2
            }
        }
        parser.builder.startElement(String(cString: name), attributes: values)
        parser.stopWhenOverBudget()
    }

    private static let endElement: endElementSAXFunc = { context, name in
        guard let parser = parser(context), let name else { return }
        parser.builder.endElement(String(cString: name))
        parser.stopWhenOverBudget()
    }

    private static let characters: charactersSAXFunc = { context, text, length in
        guard let parser = parser(context), let text, length > 0 else { return }
        parser.characters(UnsafeBufferPointer(start: text, count: Int(length)))
    }

    private func stopWhenOverBudget() {
        if builder.overBudget, let context { xmlStopParser(context) }
    }

    /// Byte offset of libxml2's input cursor in the buffer.
    private var inputOffset: Int {
        guard let input = context?.pointee.input, let current = input.pointee.cur, let base = input.pointee.base else { return 0 }
        return Int(input.pointee.consumed) + (current - base)
    }

    private func characters(_ chunk: UnsafeBufferPointer<UInt8>) {
        let (start, verbatim) = locate(chunk)
        let (line, column) = positions.position(of: start)
        builder.characters(chunk, line: line, column: column, verbatim: verbatim)
    }

    private func matches(_ chunk: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        for index in 0..<chunk.count where buffer[offset + index] != chunk[index] { return false }
        return true
    }

    /// Where `chunk` starts in the buffer, and whether it is a verbatim copy of the page.
    private func locate(_ chunk: UnsafeBufferPointer<UInt8>) -> (Int, Bool) {
        let cursor = inputOffset
        let count = chunk.count
        for delta in [0, 1, 2, 3, 4, -1, -2, -3, -4] {
            let end = cursor + delta
            guard end - count >= 0, end <= buffer.count else { continue }
            if matches(chunk, at: end - count) { return (end - count, true) }
        }
        // A decoded entity or character reference: it starts at the '&' before the cursor.
        var position = min(cursor, buffer.count) - 1
        let lowest = max(0, cursor - 64)
        while position >= lowest {
            if buffer[position] == 0x26 { return (position, false) }
            position -= 1
        }
        return (max(0, min(cursor, buffer.count) - count), false)
    }
}
