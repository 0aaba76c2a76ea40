/// Writes a unified diff (`diff -u` format, 3 lines of context).
///
/// Fixes replace number tokens and never add or remove lines, so the two versions usually have
/// the same number of lines and line i of one matches line i of the other. When the counts
/// differ, the common head and tail are matched and the middle is shown as one replaced block:
/// a correct diff, if not always the shortest one.
public enum UnifiedDiff {
    public static func render(_ lines: DiffLines, oldLabel: String, newLabel: String, context: Int = 3) -> String {
        let a = lines.before, b = lines.after
        // Pairs of (old index, new index) that are equal, in order; everything else changed.
        var changes: [(oldStart: Int, oldEnd: Int, newStart: Int, newEnd: Int)] = []
        if a.count == b.count {
            var i = 0
            while i < a.count {
                if a[i] == b[i] && !(i == a.count - 1 && lines.beforeEndsWithNewline != lines.afterEndsWithNewline) { i += 1; continue }
                let start = i
                while i < a.count, a[i] != b[i] || (i == a.count - 1 && lines.beforeEndsWithNewline != lines.afterEndsWithNewline) { i += 1 }
                changes.append((start, i, start, i))
            }
        } else {
            var head = 0
            while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
            var tail = 0
            while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
            changes.append((head, a.count - tail, head, b.count - tail))
        }
        guard !changes.isEmpty else { return "" }

        var out = "--- \(oldLabel)\n+++ \(newLabel)\n"
        var index = 0
        while index < changes.count {
            // Group changes whose context windows touch into one hunk.
            var last = index
            while last + 1 < changes.count, changes[last + 1].oldStart - changes[last].oldEnd <= 2 * context { last += 1 }
            let first = changes[index]
            let final = changes[last]
            let oldStart = max(0, first.oldStart - context)
            let newStart = max(0, first.newStart - context)
            let oldEnd = min(a.count, final.oldEnd + context)
            let newEnd = min(b.count, final.newEnd + context)
            out += "@@ -\(range(oldStart, oldEnd)) +\(range(newStart, newEnd)) @@\n"
            var cursor = oldStart
            for change in changes[index...last] {
                for k in cursor..<change.oldStart { out += line(" ", a, k, a.count, lines.beforeEndsWithNewline) }
                for k in change.oldStart..<change.oldEnd { out += line("-", a, k, a.count, lines.beforeEndsWithNewline) }
                for k in change.newStart..<change.newEnd { out += line("+", b, k, b.count, lines.afterEndsWithNewline) }
                cursor = change.oldEnd
            }
            for k in cursor..<oldEnd { out += line(" ", a, k, a.count, lines.beforeEndsWithNewline) }
            index = last + 1
        }
        return out
    }

    /// `start,count` as diff writes it (1-based; `start` is the line before when count is 0).
    private static func range(_ start: Int, _ end: Int) -> String {
        let count = end - start
        if count == 0 { return "\(start),0" }
        if count == 1 { return "\(start + 1)" }
        return "\(start + 1),\(count)"
    }

    private static func line(_ mark: String, _ lines: [String], _ index: Int, _ count: Int, _ endsWithNewline: Bool) -> String {
        var text = mark + lines[index] + "\n"
        if index == count - 1 && !endsWithNewline { text += "\\ No newline at end of file\n" }
        return text
    }
}
