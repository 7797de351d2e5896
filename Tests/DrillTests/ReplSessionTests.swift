import Testing
@testable import Drill

@Suite struct ReplCommandLoopTests {
    @Test func helpListsEveryCommand() {
        let session = ReplSession()
        let text = session.handle("help")
        for command in ReplSession.commands { #expect(text.contains(command.name)) }
    }

    @Test func unknownCommandSuggestsTheNearest() {
        let session = ReplSession()
        #expect(session.handle("hlep").contains("Did you mean 'help'"))
        #expect(!session.isFinished)
    }

    @Test func quitAndItsAliasesFinishTheSession() {
        for word in ["quit", "exit", "q", "QUIT"] {
            let session = ReplSession()
            _ = session.handle(word)
            #expect(session.isFinished, "\(word) should leave")
        }
    }

    @Test func blankLinesDoNothing() {
        let session = ReplSession()
        #expect(session.handle("   ").isEmpty)
        #expect(!session.isFinished)
    }

    @Test func commandsCompleteFromTheirPrefix() {
        let session = ReplSession()
        #expect(session.completions(before: "he") == ["help"])
        #expect(session.completions(before: "help q") == ["quit"])
    }
}
