import CodingScore

/// What the pack list shows of a pack: enough to list it without its items.
public struct DrillPackListing: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var mode: DrillPack.Mode
    public var itemCount: Int
    /// The pack's own time limit in seconds and pass mark in percent, when it sets them.
    public var timeLimit: Double?
    public var passMark: Double?

    /// The exam's time limit in seconds, as `DrillPack.examTimeLimit` gives it.
    public var examTimeLimit: Double { timeLimit ?? ExamDefaults.timeLimit(questions: itemCount) }
    /// The exam's pass mark in percent, as `DrillPack.examPassMark` gives it.
    public var examPassMark: Double { passMark ?? ExamDefaults.passMark }
}

extension DrillPack {
    /// The pack as the pack list shows it.
    public var listing: DrillPackListing {
        DrillPackListing(
            id: id, title: title, mode: mode, itemCount: items.count, timeLimit: timeLimit, passMark: passMark)
    }
}

extension DrillPack.Mode: Codable {}

/// The packs of a session: loaded, or listed from a start cache and loaded when first needed
/// (opening a pack, completing its id), so that a start shows the list without reading every
/// pack and chart.
public final class PackShelf {
    private let load: () -> [DrillPack]
    private var loaded: [DrillPack]?
    /// The list from the start cache, until the packs are loaded.
    private var listed: [DrillPackListing]?
    /// Whether the packs, when loaded, differed from the list last shown.
    private var changed = false

    /// Packs already loaded.
    public init(_ packs: [DrillPack]) {
        loaded = packs
        load = { packs }
    }

    /// Packs listed as `listing` (what loading found when the files were as they are now),
    /// loaded by `load` when first needed.
    public init(listing: [DrillPackListing], load: @escaping () -> [DrillPack]) {
        listed = listing
        self.load = load
    }

    /// Every pack, loaded on first use.
    public var packs: [DrillPack] {
        if let loaded { return loaded }
        let packs = load()
        loaded = packs
        if let listed { changed = packs.map(\.listing) != listed }
        listed = nil
        return packs
    }

    /// What the pack list shows (reading it counts as showing it).
    public var listing: [DrillPackListing] {
        if let listed { return listed }
        changed = false
        return packs.map(\.listing)
    }

    /// Whether the packs differ from the list last shown (a pack file was changed after the
    /// start), so that a pack number typed may mean another pack. Loads the packs.
    public func changedSinceListed() -> Bool {
        _ = packs
        return changed
    }
}
