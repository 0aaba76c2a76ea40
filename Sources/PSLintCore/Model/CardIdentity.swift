/// The identity of a card used by waivers and fingerprints: standard code (or normalised title
/// when the code is empty) + normalised card name + level as printed + occurrence ordinal.
/// Never the printed card number, which is exactly what editors get wrong.
public struct CardIdentity: Hashable, Sendable, CustomStringConvertible {
    public var standard: String
    public var name: String
    public var level: String
    public var occurrence: Int

    public var description: String { "\(standard)|\(name)|\(level)|\(occurrence)" }

    /// The key naming the standard: its code, or its normalised title when the code is empty.
    public static func standardKey(_ standard: Standard) -> String {
        if let code = standard.code?.value.trimmingWhitespace, !code.isEmpty {
            return ComparisonKey.make(code).uppercased()
        }
        return ComparisonKey.make(standard.title?.value ?? "")
    }

    /// Identities of every card of `standard`, in card order.
    public static func identities(of standard: Standard) -> [CardIdentity] {
        let key = standardKey(standard)
        var seen: [String: Int] = [:]
        return standard.cards.map { card in
            let name = ComparisonKey.make(card.displayName)
            let level = card.orkLevel?.value.trimmingWhitespace ?? ""
            let base = "\(name)|\(level)"
            seen[base, default: 0] += 1
            return CardIdentity(standard: key, name: name, level: level, occurrence: seen[base]!)
        }
    }
}
