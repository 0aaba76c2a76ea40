import PSLintCore

/// How the items of the paragraph-8 list line up with the cards of chapter 3.
///
/// Items are paired with cards in four passes, each on what the earlier ones left: the same
/// name and a compatible level (equal, or not known on one side); the same name at another
/// level; a near-miss name (`NameMatcher.nearMiss`) at a compatible level; and, for what
/// remains, an item and a card at the same position with compatible levels (a renamed card).
public struct CardListMatch: Sendable {
    public enum Kind: Sendable, Hashable {
        case exact, otherLevel, nearName, position
    }

    public struct Pair: Sendable, Hashable {
        /// 0-based positions in `passport.cardList` and `cards`.
        public var item: Int
        public var card: Int
        public var kind: Kind
    }

    /// Whether paragraph 8 holds a list at all.
    public let hasList: Bool
    /// In item order.
    public let pairs: [Pair]
    public let unmatchedItems: [Int]
    public let unmatchedCards: [Int]

    /// The list and the cards agree on which cards exist (true when there is no list to disagree).
    public var agreesOnCards: Bool { unmatchedItems.isEmpty && unmatchedCards.isEmpty }

    /// The list item paired with the card at `cardPosition`.
    public func itemPosition(forCard cardPosition: Int) -> Int? {
        pairs.first { $0.card == cardPosition }?.item
    }

    /// The ORK level of the card at `cardPosition`, or when the card gives none, the level its
    /// list item gives.
    public func level(ofCardAt cardPosition: Int, in standard: Standard) -> Int? {
        guard standard.cards.indices.contains(cardPosition) else { return nil }
        if let level = standard.cards[cardPosition].orkLevel?.validLevel { return level }
        guard let item = itemPosition(forCard: cardPosition), let items = standard.passport.cardList, items.indices.contains(item) else { return nil }
        return items[item].level?.parsed
    }

    public init(_ standard: Standard) {
        guard let items = standard.passport.cardList else {
            hasList = false
            pairs = []
            unmatchedItems = []
            unmatchedCards = []
            return
        }
        hasList = true
        let cards = standard.cards
        var itemFree = Array(repeating: true, count: items.count)
        var cardFree = Array(repeating: true, count: cards.count)
        var found: [Pair] = []

        func pass(_ kind: Kind, _ accepts: (CardListItem, Card, Int, Int) -> Bool) {
            for i in items.indices where itemFree[i] {
                guard let c = cards.indices.first(where: { cardFree[$0] && accepts(items[i], cards[$0], i, $0) }) else { continue }
                itemFree[i] = false
                cardFree[c] = false
                found.append(Pair(item: i, card: c, kind: kind))
            }
        }
        // every name prepared once: the passes compare each item with each card
        let itemNames = items.map { NameMatcher.Name($0.name.value) }
        let cardNames = cards.map { CardListMatch.names(of: $0).map(NameMatcher.Name.init) }
        func sameName(_ i: Int, _ c: Int) -> Bool { cardNames[c].contains { NameMatcher.same(itemNames[i], $0) } }
        func nearName(_ i: Int, _ c: Int) -> Bool { cardNames[c].contains { NameMatcher.nearMiss(itemNames[i], $0) } }
        pass(.exact) { item, card, i, c in sameName(i, c) && CardListMatch.compatibleLevels(item, card) }
        pass(.otherLevel) { _, _, i, c in sameName(i, c) }
        pass(.nearName) { item, card, i, c in nearName(i, c) && CardListMatch.compatibleLevels(item, card) }
        pass(.position) { item, card, i, c in i == c && CardListMatch.compatibleLevels(item, card) && !item.name.isEmpty }

        pairs = found.sorted { $0.item < $1.item }
        unmatchedItems = items.indices.filter { itemFree[$0] }
        unmatchedCards = cards.indices.filter { cardFree[$0] }
    }

    /// The names a card goes by: its name field and its heading name.
    static func names(of card: Card) -> [String] {
        [card.name?.value, card.headingName?.value].compactMap { $0 }.filter { !$0.trimmingWhitespace.isEmpty }
    }

    /// Equal levels, or a level that is not known on one side.
    static func compatibleLevels(_ item: CardListItem, _ card: Card) -> Bool {
        guard let a = item.level?.parsed, let b = card.orkLevel?.validLevel else { return true }
        return a == b
    }
}
