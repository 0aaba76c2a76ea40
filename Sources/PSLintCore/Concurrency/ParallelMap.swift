import Dispatch

/// Maps `items` with at most `jobs` threads; the results keep the input order, so the output
/// never depends on `jobs`. Each worker takes the next item when it finishes one (big and small
/// items balance out), and with `jobs` 1 or a single item everything runs on the calling thread.
public func parallelMap<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
    guard items.count > 1, jobs > 1 else { return items.map(transform) }
    let state = ParallelMapState<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
        while let index = state.take() {
            state.store(transform(items[index]), at: index)
        }
    }
    return state.results.map { $0! }
}

/// The work queue and results of `parallelMap`, behind a semaphore used as a lock.
private final class ParallelMapState<R: Sendable>: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var next = 0
    private(set) var results: [R?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func take() -> Int? {
        lock.wait(); defer { lock.signal() }
        guard next < results.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ value: R, at index: Int) {
        lock.wait(); results[index] = value; lock.signal()
    }
}
