import PSLintCore

/// Four-digit years in free text (`версия 3, 2025 г.`, `05.12.2027 ж.`).
enum Years {
    /// The last run of exactly four digits between 1900 and 2199.
    static func last(in text: String) -> Int? {
        var result: Int?
        var run = 0, value = 0
        func close() {
            if run == 4, (1900...2199).contains(value) { result = value }
            run = 0
            value = 0
        }
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                run += 1
                value = value * 10 + Int(byte - 0x30)
            } else {
                close()
            }
        }
        close()
        return result
    }
}
