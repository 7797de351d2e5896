import Foundation

/// The system's wall clock.
public struct SystemClock: DrillClock {
    public init() {}
    public func now() -> Double { Date().timeIntervalSince1970 }
}

/// A clock that moves only when told: for tests of timers and schedules.
public final class ManualClock: DrillClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Double

    public init(_ start: Double = 1_790_000_000) { current = start }

    public func now() -> Double {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Moves the clock forward by `seconds`.
    public func advance(_ seconds: Double) {
        lock.lock()
        current += seconds
        lock.unlock()
    }
}
