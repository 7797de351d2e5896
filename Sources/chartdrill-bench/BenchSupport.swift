import Foundation

/// A named group of measurements.
struct BenchSuite {
    var name: String
    var run: () throws -> [BenchLine]
}

/// One measured figure, with the target it is held to.
struct BenchLine {
    var label: String
    var value: Double
    var unit: String
    /// The target in words ("< 15 ms"), if there is one.
    var target: String?
    /// Whether the target was met; nil when the line is a figure only.
    var met: Bool?

    var formatted: String {
        let figure = value >= 100 ? String(format: "%.0f", value) : String(format: "%.3g", value)
        var text = "  \(label): \(figure) \(unit)"
        if let target { text += "  (target \(target): \(met == true ? "met" : "MISSED"))" }
        return text
    }
}

/// Monotonic seconds.
func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Runs `body` `times` times and returns the median duration in seconds.
func medianSeconds(times: Int, _ body: () throws -> Void) rethrows -> Double {
    var samples: [Double] = []
    for _ in 0..<times {
        let start = now()
        try body()
        samples.append(now() - start)
    }
    samples.sort()
    return samples[samples.count / 2]
}

/// Peak resident memory of this process so far, in MiB.
func peakResidentMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// The folder the bench runs from: the repository root (where `make bench` runs).
let repositoryRoot = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
