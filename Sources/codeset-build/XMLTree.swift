import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small element tree read with `XMLParser`: enough for the release files, which are plain
/// element nesting with text.
final class XMLTree: NSObject, XMLParserDelegate {
    /// One element: its name, attributes, child elements and its own (direct) text.
    final class Node {
        let name: String
        let attributes: [String: String]
        var children: [Node] = []
        var text = ""
        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }
        /// Child elements named `name`.
        func all(_ name: String) -> [Node] { children.filter { $0.name == name } }
        /// The first child element named `name`.
        func first(_ name: String) -> Node? { children.first { $0.name == name } }
        /// The direct text, whitespace collapsed.
        var clean: String { text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
    }

    private var stack: [Node] = []
    private(set) var root: Node?
    private var failure: String?

    /// Parses the file at `path` into a tree.
    static func read(_ path: String) throws -> Node {
        guard let parser = XMLParser(contentsOf: URL(fileURLWithPath: path)) else {
            throw BuildError("\(path): cannot open")
        }
        let tree = XMLTree()
        parser.delegate = tree
        guard parser.parse(), let root = tree.root else {
            throw BuildError("\(path):\(parser.lineNumber): XML error: \(parser.parserError.map { "\($0)" } ?? tree.failure ?? "unknown")")
        }
        return root
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        let node = Node(name: elementName, attributes: attributeDict)
        stack.last?.children.append(node)
        if stack.isEmpty { root = node }
        stack.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        failure = "\(parseError)"
    }
}

/// A build failure with the file, line and what went wrong.
struct BuildError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
