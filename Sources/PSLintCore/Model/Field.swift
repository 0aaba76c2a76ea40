/// A value as printed in the document, with where it was printed.
///
/// An absent field is `nil` (`Field?`); a field that is present but empty has `value == ""`.
public struct Field: Hashable, Sendable {
    public var value: String
    public var location: Location

    public init(value: String, location: Location) {
        self.value = value
        self.location = location
    }

    /// Nothing but white space (no copy made: the parser asks this of every value).
    public var isEmpty: Bool {
        // On bytes: an ASCII byte other than white space, or the lead byte of a Cyrillic letter
        // (U+0400–U+04FF, never white space), answers at once; other scalars ask Unicode.
        for byte in value.utf8 {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0x00...0x7F, 0xD0...0xD3: return false
            default: return Field.isWhitespaceOnly(value)
            }
        }
        return true
    }

    static func isWhitespaceOnly(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace { return false }
        return true
    }
}

/// An ORK level as printed (`"6"`, `"5-6"`, `""`) and, when it is one integer, that integer.
public struct LevelField: Hashable, Sendable {
    public var field: Field
    public var parsed: Int?

    public init(field: Field) {
        self.field = field
        self.parsed = LevelField.parse(field.value)
    }

    public var value: String { field.value }
    public var location: Location { field.location }

    /// The integer of a level written as one number, possibly with a trailing dot or words
    /// around it (`"6"`, `"6."`, `"6 уровень"`); nil for ranges (`"5-6"`), empty or other text.
    public static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace
        var digits = ""
        var sawOther = false
        for scalar in trimmed.unicodeScalars {
            if scalar.properties.numericType != nil, ("0"..."9").contains(scalar) {
                if sawOther && !digits.isEmpty { return nil }
                digits.unicodeScalars.append(scalar)
            } else if scalar == "-" || scalar == "–" || scalar == "—" || scalar == "," || scalar == "/" {
                if !digits.isEmpty { sawOther = true }
            } else if !digits.isEmpty {
                sawOther = true
            }
        }
        guard !digits.isEmpty, digits.count <= 2 else { return nil }
        return Int(digits)
    }
}
