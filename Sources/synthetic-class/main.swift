// synthetic-class: writes the demonstration class (`ClassReportsDemo.SyntheticClass`) as progress
// files, for `chartdrill report --progress DIR` to report on like any other class folder.
// Tests/Scripts/check-html-report.sh renders its HTML report; the `chartdrill` binary does not
// carry this demonstration data.
// Usage: synthetic-class TRAINEES DIR   (DIR new or empty)
import ClassReportsDemo
import Foundation

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("synthetic-class: \(message)\n".utf8))
    exit(status)
}

let arguments = CommandLine.arguments
guard arguments.count == 3, let trainees = Int(arguments[1]), trainees >= 1 else {
    fail("usage: synthetic-class TRAINEES DIR (at least 1 trainee; DIR new or empty)", status: 64)
}
let folder = URL(fileURLWithPath: arguments[2], isDirectory: true)
let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
guard !existing.contains(where: { $0.hasSuffix(".json") || $0.hasSuffix(".journal") }) else {
    fail(
        "\(folder.path): already holds progress files; a synthetic class is written only into a new or empty folder.",
        status: 1)
}
do {
    let files = try SyntheticClass(trainees: trainees).write(to: folder)
    FileHandle.standardError.write(Data("Wrote a synthetic class of \(files.count) trainees to \(folder.path)\n".utf8))
} catch {
    fail("\(folder.path): \(error.localizedDescription)", status: 1)
}
