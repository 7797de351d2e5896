// `make bench`: every performance target of the product brief, measured in one run.
// Each area adds a file with a `BenchSuite` and one line to `suites` below.
// Usage: chartdrill-bench [SUITE...]   (no argument: all suites)
import Foundation

let suites: [BenchSuite] = [
    lookupSuite,
    lintSuite,
    scoringSuite,
    progressSuite,
    replSuite,
    reportSuite,
    drgSuite,
    phiSuite,
    longAnswerSuite,
]

let wanted = Set(CommandLine.arguments.dropFirst())
var failures = 0
for suite in suites where wanted.isEmpty || wanted.contains(suite.name) {
    print("== \(suite.name)")
    do {
        for line in try suite.run() {
            print(line.formatted)
            if line.met == false { failures += 1 }
        }
    } catch {
        print("  error: \(error)")
        failures += 1
    }
}
print(failures == 0 ? "all targets met" : "\(failures) target(s) missed")
