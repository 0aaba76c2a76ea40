import PSLintCore

/// Finds the paragraph (пункт) a location sits in: the last numbered paragraph that starts at
/// or before it, unless a chapter heading comes in between.
struct ClauseIndex: Sendable {
    private struct Mark: Sendable {
        var position: Position
        var clause: String?
    }
    private typealias Position = Location.DocumentPosition
    private let marks: [Mark]

    init(_ standard: Standard) {
        var marks: [Mark] = []
        for paragraph in standard.paragraphs {
            if let position = paragraph.number.location.documentPosition {
                marks.append(Mark(position: position, clause: paragraph.number.value.trimmingWhitespace))
            }
        }
        for chapter in standard.chapters {
            if let position = chapter.location.documentPosition { marks.append(Mark(position: position, clause: nil)) }
        }
        marks.sort { $0.position < $1.position }
        self.marks = marks
    }

    func clause(at location: Location) -> String? {
        guard let position = location.documentPosition else { return nil }
        var low = 0, high = marks.count - 1, found: Int?
        while low <= high {
            let mid = (low + high) / 2
            if !(position < marks[mid].position) {
                found = mid
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        return found.flatMap { marks[$0].clause }
    }
}
