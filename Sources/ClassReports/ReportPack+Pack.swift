import ExercisePacks

extension ReportPack {
    /// What a report needs of a loaded pack: its items' kinds, keys, tags, points and its pass mark.
    public init(_ pack: Pack) {
        self.init(
            id: pack.id, title: pack.title, version: pack.version, passMark: pack.passMark,
            items: pack.items.map { item in
                let kind: ReportItem.Kind
                switch item.kind {
                case .coding: kind = .coding
                case .multipleChoice(_, let options, let key): kind = .multipleChoice(options: options.map(\.letter), answer: key.answer)
                }
                return ReportItem(id: item.id, kind: kind, tags: item.tags, points: item.points)
            })
    }
}
