import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a built executable on the slave side of a pseudo-terminal, so that it sees a real
/// terminal (libedit, completion, history), and lets a test type keys and read the screen.
/// Uses `openpty` and `Process` (not `forkpty`, which is unsafe in a threaded process).
public final class PseudoTerminal: @unchecked Sendable {
    private let master: Int32
    private let slave: Int32
    private let process = Process()
    private let lock = NSLock()
    private var buffer = Data()
    private var reader: Thread?

    /// Starts `product` with `arguments` on a new pseudo-terminal of `columns` x `rows`.
    public init(product: String, arguments: [String] = [], environment: [String: String] = [:],
                columns: UInt16 = 100, rows: UInt16 = 30, viaSetsid: Bool = false) throws {
        var masterFD: Int32 = -1, slaveFD: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&masterFD, &slaveFD, nil, nil, &size) == 0 else {
            throw NSError(domain: "PseudoTerminal", code: Int(errno), userInfo: [NSLocalizedDescriptionKey: "openpty failed"])
        }
        master = masterFD
        slave = slaveFD
        if viaSetsid {
            // A session of its own with this terminal as controlling terminal: Ctrl-C then
            // arrives as SIGINT, as in a real terminal.
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
            process.arguments = ["-c", "-w", BuiltProducts.executable(product).path] + arguments
        } else {
            process.executableURL = BuiltProducts.executable(product)
            process.arguments = arguments
        }
        // A variable given as "" is unset (swift test's own environment may carry NO_COLOR).
        var env = ProcessInfo.processInfo.environment.merging(environment) { $1 }.filter { !$0.value.isEmpty }
        env["TERM"] = env["TERM_FOR_TESTS"] ?? "xterm"
        process.environment = env
        let handle = FileHandle(fileDescriptor: slaveFD, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let thread = Thread { [weak self] in self?.readLoop() }
        reader = thread
        thread.start()
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
        close(slave)
    }

    private func readLoop() {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &chunk, chunk.count)
            if count <= 0 { return }
            lock.lock()
            buffer.append(contentsOf: chunk[0..<count])
            lock.unlock()
        }
    }

    /// Kills the program at once (SIGKILL), as a crash or a power cut would stop it.
    public func kill() {
        if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
    }

    /// Types `text` (use "\t" for Tab, "\r" for Enter, "\u{1B}[A" for Up, "\u{03}" for Ctrl-C).
    public func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
    }

    /// Everything the program wrote so far, raw.
    public var rawOutput: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Everything written so far, with terminal escape sequences and carriage returns removed.
    public var output: String { Self.stripEscapes(rawOutput) }

    /// Waits until the output after `offset` characters contains `text`; false after `seconds`.
    @discardableResult
    public func waitFor(_ text: String, after offset: Int = 0, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let current = output
            if current.count > offset, current.dropFirst(offset).contains(text) { return true }
            usleep(20_000)
        }
        return false
    }

    /// Waits for the program to end; returns its exit status, or nil if it is still running.
    public func waitForExit(seconds: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// Removes CSI/OSC escape sequences, bells and carriage returns.
    public static func stripEscapes(_ text: String) -> String {
        var result = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar {
            case "\u{1B}":
                guard let next = iterator.next() else { break }
                if next == "[" {
                    while let c = iterator.next(), !(c.value >= 0x40 && c.value <= 0x7E) {}
                } else if next == "]" {
                    while let c = iterator.next(), c != "\u{07}" {}
                }
            case "\r", "\u{07}":
                continue
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
