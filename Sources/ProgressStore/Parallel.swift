import Dispatch
import Foundation

/// Maps over a few large, independent pieces of work on every core, keeping their order.
enum Parallel {
    /// Results of `transform` for each element, in order; the first error thrown is rethrown.
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) throws -> Result
    ) throws -> [Result] {
        if elements.count <= 1 { return try elements.map(transform) }
        let box = Box<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            do {
                box.set(index, .success(try transform(elements[index])))
            } catch {
                box.set(index, .failure(error))
            }
        }
        return try box.results.map { try $0!.get() }
    }

    private final class Box<Result: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        var results: [Swift.Result<Result, Error>?]

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Swift.Result<Result, Error>) {
            lock.lock()
            results[index] = value
            lock.unlock()
        }
    }
}
