extension CodeBook {
    /// Everything about one ICD-10-CM code: title, chapter and block, parents, children,
    /// notes inherited from its category, block and chapter, 7th characters, billable, CC/MCC.
    /// Nil when the code set has no such code.
    public func show(_ code: String) -> CodeDetail? {
        let bare = CodeFormat.dotless(code.hasPrefix("cm:") ? String(code.dropFirst(3)) : code)
        let check = validateCM(bare, token: code)
        guard check.exists, let base = tabularBase(bare) else { return nil }
        let chain = chain(base)
        let chapter = sections.find(base.chapter)
        let block = sections.find(base.block)
        var notesList: [CodeDetail.Note] = []
        for step in chain {
            for n in notes(of: "c:\(step.code)") {
                notesList.append(.init(holder: CodeFormat.dotted(step.code), type: n.type, text: n.text))
            }
        }
        for n in notes(of: "b:\(base.block)") { notesList.append(.init(holder: base.block, type: n.type, text: n.text)) }
        for n in notes(of: "h:\(base.chapter)") { notesList.append(.init(holder: "chapter \(base.chapter)", type: n.type, text: n.text)) }
        let cc = ccList.find(bare)
        return CodeDetail(
            code: CodeFormat.dotted(bare), title: check.title ?? base.title, billable: check.reportable, message: check.message,
            chapter: .init(code: base.chapter, title: chapter?[2] ?? ""), block: .init(code: base.block, title: block?[2] ?? ""),
            parents: chain.dropFirst().reversed().map { .init(code: CodeFormat.dotted($0.code), title: $0.title) }
                + (bare == base.code ? [] : [.init(code: CodeFormat.dotted(base.code), title: base.title)]),
            children: bare == base.code ? children(of: bare).map { .init(code: CodeFormat.dotted($0.code), title: $0.title) } : [],
            notes: notesList,
            sevenths: base.seventhOwner.isEmpty ? [] : sevenths(of: base.seventhOwner),
            severity: cc?[1], exclusionCollection: (cc?[2]).flatMap { $0.isEmpty ? nil : $0 },
            onlyIfDischargedAlive: cc?[3] == "A")
    }
}
