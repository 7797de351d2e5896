import CodingScore
import Foundation

/// Every pack and chart ChartDrill can see, loaded from disk, with every problem found on the way.
///
/// Packs come from pack sources: the bundled `Exercises/`, `$CHARTDRILL_HOME/packs`, any
/// `--packs DIR`, or paths given to `chartdrill lint`. A source is a `pack.yaml` file, a pack
/// folder (holding `pack.yaml`), or a folder of pack folders; a folder with no pack in it is
/// read as a folder of charts. Charts come from the chart libraries (`Content/charts/`, every
/// `.md` file but `README.md`, in any sub-folder) and from each pack's own `charts/` folder.
///
/// Loading never throws and never stops at a bad file: a malformed pack or chart is reported
/// in `diagnostics` with its place, and everything else still loads.
public struct PackLibrary: Sendable {
    /// The packs that loaded, in the order found; a pack whose id was already taken is left out.
    public private(set) var packs: [Pack] = []
    /// Every chart loaded: the libraries' and the packs' own.
    public private(set) var charts: [Chart] = []
    /// Problems found while loading, in the order found.
    public private(set) var diagnostics: [Diagnostic] = []

    /// The packs a trainee may practise: those with no error in their own file or in the
    /// file of a chart they use. A pack that `lint` rejects is rejected here too.
    /// The errors that keep `pack` from being used: its own file's and its charts' (what
    /// `lint` reports for it), in file:line:column form through `Diagnostic.description`.
    public func errors(of pack: Pack) -> [Diagnostic] {
        let files = Set([pack.sourceFile] + pack.items.compactMap { $0.chart?.sourceFile })
        return diagnostics.filter { $0.severity == .error && files.contains($0.location.file) }
    }

    public var usablePacks: [Pack] {
        let broken = Set(diagnostics.filter { $0.severity == .error }.map(\.location.file))
        return packs.filter { pack in
            !broken.contains(pack.sourceFile) && !pack.items.contains { $0.chart.map { broken.contains($0.sourceFile) } ?? false }
        }
    }

    /// Library charts by id.
    private var libraryChartsByID: [String: Chart] = [:]
    /// Every loaded chart by its resolved file path.
    private var chartsByPath: [String: Chart] = [:]
    /// Resolved chart library folders, each ending in "/".
    private var chartRootPrefixes: [String] = []

    /// Biggest file read: anything larger is not a pack or a chart.
    static let maximumFileBytes = 4 << 20

    /// An empty library.
    public init() {}

    /// Loads the packs of `packSources` and the charts of `chartLibraries` (missing library
    /// folders are skipped; a missing pack source is reported).
    public static func load(
        packSources: [URL], chartLibraries: [URL], catalog: (any CodeCatalog)? = nil
    ) -> PackLibrary {
        var library = PackLibrary()
        var extraChartFiles: [URL] = []
        var packFolders: [URL] = []
        var chartFolders = chartLibraries.filter { isDirectory($0) }
        for source in packSources {
            let path = source.standardizedFileURL
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder) else {
                library.diagnostics.append(Diagnostic(.error, .start(of: displayPath(path)),
                    "no such file or folder", fixIt: "give a pack folder, a pack.yaml, a folder of packs or a chart"))
                continue
            }
            if !isFolder.boolValue {
                if path.pathExtension == "md" {
                    extraChartFiles.append(path)
                } else {
                    packFolders.append(path.deletingLastPathComponent())
                }
            } else if FileManager.default.fileExists(atPath: path.appendingPathComponent("pack.yaml").path) {
                packFolders.append(path)
            } else {
                let children = ((try? FileManager.default.contentsOfDirectory(atPath: path.path)) ?? []).sorted()
                let packs = children.map { path.appendingPathComponent($0) }
                    .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("pack.yaml").path) }
                if packs.isEmpty {
                    if !chartFolders.contains(where: { $0.standardizedFileURL.path == path.path }) { chartFolders.append(path) }
                } else {
                    packFolders += packs
                }
            }
        }
        library.chartRootPrefixes = chartFolders.map { resolved($0).path + "/" }
        let givenFolders = Set(chartFolders.map(\.standardizedFileURL.path))
            .subtracting(chartLibraries.map(\.standardizedFileURL.path))
        var chartFiles: [URL] = []
        for folder in chartFolders {
            // A folder given as a source may hold other Markdown (FORMAT.md): only files that
            // open with a front matter are charts there. In a chart library every file is one.
            let strict = !givenFolders.contains(folder.standardizedFileURL.path)
            chartFiles += markdownFiles(under: folder).filter { strict || startsWithFrontMatter($0) }
        }
        chartFiles += extraChartFiles.filter { file in !chartFiles.contains { resolved($0).path == resolved(file).path } }
        for read in concurrentMap(chartFiles, { readChartFile($0) }) { library.addLibraryChart(read) }
        var seenFolders = Set<String>()
        let uniqueFolders = packFolders.filter { seenFolders.insert(resolved($0).path).inserted }
        let snapshot = library
        for load in concurrentMap(uniqueFolders, { loadPack(folder: $0, library: snapshot, catalog: catalog) }) {
            library.merge(load)
        }
        return library
    }

    /// Every file and folder `load` may read for these sources and libraries (a superset):
    /// a pack file's whole folder, each folder source and each chart library. A cache of what
    /// loading found is keyed by their `FileFingerprint`.
    public static func inputs(packSources: [URL], chartLibraries: [URL]) -> [URL] {
        let sources = packSources.map { source -> URL in
            let path = source.standardizedFileURL
            let file = !isDirectory(path) && path.pathExtension != "md" && FileManager.default.fileExists(atPath: path.path)
            return file ? path.deletingLastPathComponent() : path
        }
        return sources + chartLibraries.map(\.standardizedFileURL)
    }

    /// The pack with `id`.
    public func pack(_ id: String) -> Pack? { packs.first { $0.id == id } }

    /// The library chart with `id` (pack-local charts are reached through their items).
    public func chart(_ id: String) -> Chart? { libraryChartsByID[id] }

    /// How many items all packs hold together.
    public var itemCount: Int { packs.reduce(0) { $0 + $1.items.count } }

    /// Adds a problem found outside loading (for callers that check more).
    public mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    // MARK: - Charts

    /// Reads and parses one chart file; pure, so that files can be read in parallel.
    static func readChartFile(_ file: URL) -> (chart: Chart?, diagnostics: [Diagnostic], path: String) {
        var diagnostics: [Diagnostic] = []
        let path = resolved(file).path
        guard let text = readText(file, into: &diagnostics) else { return (nil, diagnostics, path) }
        let (chart, found) = ChartParser.parse(text, file: displayPath(file))
        return (chart, diagnostics + found, path)
    }

    private mutating func addLibraryChart(_ read: (chart: Chart?, diagnostics: [Diagnostic], path: String)) {
        diagnostics += read.diagnostics
        guard let chart = read.chart else { return }
        charts.append(chart)
        chartsByPath[read.path] = chart
        if let first = libraryChartsByID[chart.id] {
            diagnostics.append(Diagnostic(.error, .start(of: chart.sourceFile),
                "chart id '\(chart.id)' is already used by \(first.sourceFile)", fixIt: "give each chart its own id"))
        } else {
            libraryChartsByID[chart.id] = chart
        }
    }

    // MARK: - Packs

    /// What loading one pack folder found.
    private struct PackLoad: Sendable {
        var pack: Pack?
        var diagnostics: [Diagnostic] = []
        var charts: [(path: String, chart: Chart)] = []
    }

    /// Loads one pack folder against the library's charts; pure, so that packs load in parallel.
    private static func loadPack(folder: URL, library snapshot: PackLibrary, catalog: (any CodeCatalog)?) -> PackLoad {
        var load = PackLoad()
        let packFile = folder.appendingPathComponent("pack.yaml")
        var localByID: [String: Chart] = [:]
        let insidePack = resolved(folder).path + "/"
        for file in markdownFiles(under: folder.appendingPathComponent("charts")) {
            let target = resolved(file).path
            guard target.hasPrefix(insidePack) || snapshot.chartRootPrefixes.contains(where: { target.hasPrefix($0) }) else {
                load.diagnostics.append(Diagnostic(.error, .start(of: displayPath(file)),
                    "this chart links to a file outside the pack's folder and the chart library; it is not loaded",
                    fixIt: "copy the chart into the pack instead of linking to it"))
                continue
            }
            let read = readChartFile(file)
            load.diagnostics += read.diagnostics
            guard let chart = read.chart else { continue }
            if let first = localByID[chart.id] {
                load.diagnostics.append(Diagnostic(.error, .start(of: chart.sourceFile),
                    "chart id '\(chart.id)' is already used by \(first.sourceFile) in this pack"))
                continue
            }
            if let shadowed = snapshot.libraryChartsByID[chart.id] {
                load.diagnostics.append(Diagnostic(.warning, .start(of: chart.sourceFile),
                    "chart id '\(chart.id)' is also the id of library chart \(shadowed.sourceFile); this pack uses its own",
                    fixIt: "rename one of them"))
            }
            localByID[chart.id] = chart
            load.charts.append((read.path, chart))
        }
        guard let text = readText(packFile, into: &load.diagnostics) else { return load }
        var onDemand: [Diagnostic] = []
        var loadedOnDemand: [(path: String, chart: Chart)] = []
        let parser = PackParser(catalog: catalog) { reference, _ in
            if reference.contains("/") || reference.hasSuffix(".md") {
                let target = resolved(URL(fileURLWithPath: reference, relativeTo: folder))
                let allowed = ([insidePack] + snapshot.chartRootPrefixes).contains { target.path.hasPrefix($0) }
                guard allowed else {
                    return .failed(
                        message: "chart path '\(reference)' leaves the pack's folder and the chart library",
                        fixIt: "copy the chart into this pack's charts/ folder, or name a library chart by its id")
                }
                if let chart = snapshot.chartsByPath[target.path]
                    ?? load.charts.first(where: { $0.path == target.path })?.chart
                    ?? loadedOnDemand.first(where: { $0.path == target.path })?.chart
                {
                    return .found(chart)
                }
                guard FileManager.default.fileExists(atPath: target.path) else {
                    return .failed(message: "no chart file at '\(reference)'", fixIt: "check the path, relative to the pack's folder")
                }
                let read = readChartFile(target)
                onDemand += read.diagnostics
                guard let chart = read.chart else {
                    return .failed(message: "the chart '\(reference)' cannot be used (see its own errors)", fixIt: nil)
                }
                loadedOnDemand.append((read.path, chart))
                return .found(chart)
            }
            if let chart = localByID[reference] ?? snapshot.libraryChartsByID[reference] { return .found(chart) }
            let known = Array(localByID.keys) + Array(snapshot.libraryChartsByID.keys)
            let suggestion = Suggestion.nearest(to: reference, in: known)
            return .failed(
                message: "no chart with id '\(reference)'\(suggestion.map { " (did you mean '\($0)'?)" } ?? "")",
                fixIt: suggestion.map { "write '\($0)'" } ?? "create it with 'chartdrill new chart \(reference)'")
        }
        var (pack, found) = parser.parse(text, file: displayPath(packFile), folder: folder.path)
        load.diagnostics += onDemand + found
        load.charts += loadedOnDemand
        let blueprintFile = folder.appendingPathComponent(ExamBlueprint.fileName)
        if FileManager.default.fileExists(atPath: blueprintFile.path), pack != nil,
            let text = readText(blueprintFile, into: &load.diagnostics)
        {
            let (blueprint, problems) = ExamBlueprint.parse(text, file: displayPath(blueprintFile))
            load.diagnostics += problems
            pack?.blueprint = blueprint
            if let blueprint, let loaded = pack { load.diagnostics += blueprint.diagnostics(for: loaded) }
        } else if let loaded = pack, loaded.mode == .exam {
            load.diagnostics.append(Diagnostic(.warning, .start(of: loaded.sourceFile),
                "exam pack '\(loaded.id)' has no \(ExamBlueprint.fileName): its sections and readiness cannot follow the real exam",
                fixIt: "add \(ExamBlueprint.fileName) beside pack.yaml (see Exercises/FORMAT.md)"))
        }
        load.pack = pack
        return load
    }

    private mutating func merge(_ load: PackLoad) {
        diagnostics += load.diagnostics
        for (path, chart) in load.charts where chartsByPath[path] == nil {
            charts.append(chart)
            chartsByPath[path] = chart
        }
        guard let pack = load.pack else { return }
        if let first = packs.first(where: { $0.id == pack.id }) {
            diagnostics.append(Diagnostic(.error, .start(of: pack.sourceFile),
                "pack id '\(pack.id)' is already used by \(first.sourceFile); this one is not loaded",
                fixIt: "give the pack another id (and folder name)"))
            return
        }
        packs.append(pack)
    }

    /// `transform` over `items` on every core, results in order.
    static func concurrentMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values
    }

    // MARK: - Files

    /// `.md` files under `folder`, any depth, but `README.md`; sorted.
    static func markdownFiles(under folder: URL) -> [URL] {
        guard isDirectory(folder),
            let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator
        where url.pathExtension == "md" && url.lastPathComponent.lowercased() != "readme.md" {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }

    static func startsWithFrontMatter(_ file: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 8)) ?? Data()
        return head.starts(with: Data("---".utf8)) || head.starts(with: Data("\u{FEFF}---".utf8))
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }

    static func resolved(_ url: URL) -> URL { url.standardizedFileURL.resolvingSymlinksInPath() }

    /// Reads a UTF-8 file, reporting why it cannot be read.
    static func readText(_ file: URL, into diagnostics: inout [Diagnostic]) -> String? {
        let place = SourceLocation.start(of: displayPath(file))
        guard let data = FileManager.default.contents(atPath: file.path) else {
            diagnostics.append(Diagnostic(.error, place, "cannot read the file", fixIt: "check that it exists and is readable"))
            return nil
        }
        guard data.count <= maximumFileBytes else {
            diagnostics.append(Diagnostic(.error, place, "the file is \(data.count / 1024) KiB; packs and charts are far smaller"))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(Diagnostic(.error, place, "the file is not UTF-8 text", fixIt: "save it as UTF-8"))
            return nil
        }
        return text
    }

    /// A path as a user would write it: relative to the current folder when inside it.
    public static func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let current = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}

/// Slots that concurrent workers fill, each index once.
final class ResultSlots<R: Sendable>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [R] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
