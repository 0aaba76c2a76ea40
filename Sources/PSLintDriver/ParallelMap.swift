import Foundation

/// Maps `items` with at most `jobs` threads; results keep the input order.
/// Each worker takes the next item when it finishes one, so at most `jobs` documents are in
/// memory at once, whatever the number of files.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
    guard items.count > 1, jobs > 1 else { return items.map(transform) }
    let state = ParallelMapState<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
        while let index = state.take() {
            state.store(transform(items[index]), at: index)
        }
    }
    return state.results.map { $0! }
}

/// The shared work queue and results of `parallelMap`, behind a lock.
private final class ParallelMapState<R: Sendable>: @unchecked Sendable {
    let lock = NSLock()
    var next = 0
    var results: [R?]
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func take() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < results.count else { return nil }
        next += 1
        return next - 1
    }
    func store(_ value: R, at index: Int) {
        lock.lock(); results[index] = value; lock.unlock()
    }
}
