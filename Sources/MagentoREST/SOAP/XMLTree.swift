import Foundation
import FoundationXML

/// An element of a parsed SOAP request: local name, namespace, attributes, children and text.
struct XMLTree: Sendable {
    var name: String
    var namespace: String?
    var attributes: [String: String]
    var children: [XMLTree] = []
    var text = ""

    /// The first child with this local name.
    func child(_ name: String) -> XMLTree? {
        children.first { $0.name == name }
    }

    /// `xsi:nil="true"`.
    var isNil: Bool {
        attributes["nil"] == "true" || attributes["nil"] == "1"
    }
}

/// Parses a request body with FoundationXML (libxml2) into an ``XMLTree``, refusing what a
/// hostile body could use: a DOCTYPE (so no entity is ever declared, let alone expanded),
/// external entities, and nesting deeper than `maximumDepth`.
enum XMLTreeParser {
    enum Failure: Error, Equatable {
        case doctype
        case malformed
    }

    static let maximumDepth = 64

    static func parse(_ bytes: [UInt8]) throws -> XMLTree {
        guard !bytes.isEmpty else { throw Failure.malformed }
        if containsDoctype(bytes) { throw Failure.doctype }
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let builder = TreeBuilder(maximumDepth: maximumDepth)
        parser.delegate = builder
        guard parser.parse(), !builder.refused, let root = builder.root else { throw Failure.malformed }
        return root
    }

    /// Magento refuses any DOCTYPE before looking further (`Server::_checkRequest`).
    static func containsDoctype(_ bytes: [UInt8]) -> Bool {
        let marker = Array("<!doctype".utf8)
        guard bytes.count >= marker.count else { return false }
        for start in 0...(bytes.count - marker.count) where bytes[start] == UInt8(ascii: "<") {
            if (0..<marker.count).allSatisfy({ bytes[start + $0] | 0x20 == marker[$0] | 0x20 }) { return true }
        }
        return false
    }
}

/// Collects elements into a tree; aborts past the depth limit or on any entity declaration.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    let maximumDepth: Int
    var stack: [XMLTree] = []
    var root: XMLTree?
    var refused = false

    init(maximumDepth: Int) {
        self.maximumDepth = maximumDepth
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard stack.count < maximumDepth else {
            refused = true
            parser.abortParsing()
            return
        }
        var local: [String: String] = [:]
        for (key, value) in attributes { local[String(key.split(separator: ":").last ?? Substring(key))] = value }
        stack.append(XMLTree(name: elementName, namespace: namespaceURI, attributes: local))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let finished = stack.popLast() else { return }
        if stack.isEmpty {
            root = finished
        } else {
            stack[stack.count - 1].children.append(finished)
        }
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        refused = true
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        refused = true
        parser.abortParsing()
    }
}
