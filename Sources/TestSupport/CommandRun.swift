import Foundation

/// The result of running a built executable to its end.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs a built executable with arguments, standard input and environment, and waits.
/// - Parameters:
///   - name: the product name, e.g. `chartdrill`.
///   - arguments: its arguments.
///   - input: what to write to its standard input (then closed).
///   - environment: added to (and overriding) the current environment.
///   - directory: the working folder.
public func runProduct(
    _ name: String, _ arguments: [String] = [], input: String = "", environment: [String: String] = [:],
    directory: URL? = nil
) throws -> CommandResult {
    try runProcess(BuiltProducts.executable(name), arguments, input: input, environment: environment, directory: directory)
}

/// Runs any executable with arguments, standard input and environment, and waits.
public func runProcess(
    _ executable: URL, _ arguments: [String] = [], input: String = "", environment: [String: String] = [:],
    directory: URL? = nil
) throws -> CommandResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    if let directory { process.currentDirectoryURL = directory }
    let stdinPipe = Pipe(), stdoutPipe = Pipe(), stderrPipe = Pipe()
    process.standardInput = stdinPipe
    process.standardOutput = stdoutPipe
    process.standardError = stderrPipe
    try process.run()
    // Read both streams while the process runs so a full pipe never blocks it.
    let group = DispatchGroup()
    nonisolated(unsafe) var out = Data(), err = Data()
    group.enter()
    DispatchQueue.global().async { out = stdoutPipe.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    group.enter()
    DispatchQueue.global().async { err = stderrPipe.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    stdinPipe.fileHandleForWriting.write(Data(input.utf8))
    try? stdinPipe.fileHandleForWriting.close()
    process.waitUntilExit()
    group.wait()
    return CommandResult(
        status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
        stderr: String(decoding: err, as: UTF8.self))
}

/// A fresh temporary folder, removed by the caller with `FileManager.removeItem` when done.
public func makeTemporaryFolder(_ label: String = "chartdrill") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
